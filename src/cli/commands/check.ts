import { checkWorkbook } from "../../core/check";
import { wordResult } from "../../i18n/render";
import { CHECK_OPTIONS, UsageError, checkOptionsFrom, parseArgs, parseJobs } from "../args";
import { CommandContext, fail } from "../context";
import { EXIT_FINDINGS, EXIT_OK } from "../io";
import { loadInput } from "../input";
import { sameFile } from "../paths";
import { renderText } from "../report/text";
import { renderJson } from "../report/json";
import { renderHtml } from "../report/html";
import { checkOutputTarget, writeOutput } from "../output";
import { isBatch } from "../batch/inputs";
import { runBatch } from "../batch/run";
import { Progress } from "../progress";

/**
 * `check FILE`: read, run the engine, report; exit 1 when errors are found (unless --exit-zero).
 * Several files or a folder are a batch (../batch/run.ts), checked in parallel.
 */
export async function runCheck(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, CHECK_OPTIONS);
  if (args.flags.has("--help")) {
    ctx.io.out(ctx.t("usage") + "\n");
    return EXIT_OK;
  }
  if (args.positionals.length === 0) throw new UsageError("error.fileCount", { count: "1" });
  const options = checkOptionsFrom(args);
  const workers = parseJobs(args);
  if (await isBatch(args.positionals)) return runBatch(args.positionals, args, options, ctx, { workers });
  const file = args.positionals[0];
  const htmlPath = args.values.get("--html")?.[0];
  if (htmlPath !== undefined && sameFile(htmlPath, file)) return fail(ctx, `${htmlPath}: ${ctx.t("error.outputIsInput")}`);
  const htmlOutput = { kind: "html" as const, force: args.flags.has("--force") };
  if (htmlPath !== undefined) await checkOutputTarget(htmlPath, htmlOutput);

  // What a big book's seconds of reading and checking are spent on, on a terminal; erased before
  // the report, or an error about the file, is written.
  const progress = new Progress(ctx.io);
  let result: ReturnType<typeof wordResult>;
  try {
    progress.show(ctx.t("progress.reading", { file }));
    const input = await loadInput(file);
    progress.show(ctx.t("progress.checking", { file, sheets: input.grids.length }));
    result = wordResult(checkWorkbook(input.grids, options), ctx.lang, "cli");
  } finally {
    progress.erase();
  }
  const json = args.flags.has("--json");
  const report = { notes: args.flags.has("--notes"), checkedAt: new Date() };
  ctx.io.out(json ? renderJson(file, result) : renderText(file, result, ctx.lang, ctx.t, report));
  if (htmlPath !== undefined) {
    // Atomic, and never over another kind of file; a refusal is one line from failFromError.
    await writeOutput(htmlPath, renderHtml(file, result, ctx.lang, ctx.t, report), htmlOutput);
    // Keep stdout pure JSON when JSON was asked for.
    (json ? ctx.io.err : ctx.io.out)(ctx.t("report.written", { path: htmlPath }) + "\n");
  }
  // A workbook in which nothing was recognised was not checked at all; passing it would mislead CI.
  if (result.tables.length === 0) return fail(ctx, `${file}: ${ctx.t("error.noTables")}`);
  if (result.summary.error > 0 && !args.flags.has("--exit-zero")) return EXIT_FINDINGS;
  return EXIT_OK;
}
