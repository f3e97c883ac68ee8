import * as path from "path";
import { checkWorkbook } from "../../core/check";
import { buildMaararahatSummary } from "../../core/summary";
import { summaryWords } from "../../i18n/sheetWords";
import { tablesOf } from "../../core/model";
import { addSheetData } from "../../hosts/xlsx";
import { HELP, UsageError, parseArgs, parseLang } from "../args";
import { CommandContext, fail } from "../context";
import { EXIT_OK } from "../io";
import { loadInput } from "../input";
import { sameFile } from "../paths";
import { checkOutputTarget, writeOutput } from "../output";

/**
 * `summary IN.xlsx OUT.xlsx`: a copy of IN with the määrärahat summary sheet (live formulas on
 * the käyttötalous totals) added. IN is only read.
 */
export async function runSummary(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, { ...HELP, "--lang": { value: true }, "--force": { value: false } });
  if (args.flags.has("--help")) {
    ctx.io.out(ctx.t("usage") + "\n");
    return EXIT_OK;
  }
  const lang = parseLang(args.values.get("--lang")?.[0]) ?? ctx.lang;
  if (args.positionals.length !== 2) throw new UsageError("error.fileCount", { count: "2" });
  const [inFile, outFile] = args.positionals;
  if (sameFile(inFile, outFile)) return fail(ctx, `${outFile}: ${ctx.t("error.outputIsInput")}`);
  if (path.extname(outFile).toLowerCase() !== ".xlsx") return fail(ctx, `${outFile}: ${ctx.t("error.outputNotXlsx")}`);
  const output = { kind: "xlsx" as const, force: args.flags.has("--force") };
  await checkOutputTarget(outFile, output);

  const input = await loadInput(inFile);
  if (input.kind !== "xlsx" || !input.workbook) return fail(ctx, `${inFile}: ${ctx.t("error.summaryNeedsXlsx")}`);
  const { model } = checkWorkbook(input.grids, { lang });
  const areas = model.sheets.reduce((n, s) => n + tablesOf(s, "kayttotalous").length, 0);
  if (areas === 0) return fail(ctx, `${inFile}: ${ctx.t("error.noKayttotalous")}`);

  const sheet = addSheetData(input.workbook, buildMaararahatSummary(model, summaryWords(lang)));
  // The whole workbook in memory first, then one atomic write: a failure leaves OUT as it was.
  const bytes = new Uint8Array(await input.workbook.xlsx.writeBuffer());
  await writeOutput(outFile, bytes, output);
  ctx.io.out(ctx.t("summary.written", { out: outFile, sheet, areas, in: inFile }) + "\n");
  return EXIT_OK;
}
