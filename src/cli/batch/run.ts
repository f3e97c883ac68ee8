import { promises as fs } from "fs";
import * as path from "path";
import { CheckOptions, Lang } from "../../core/options";
import { SeverityCounts } from "../../core/findings";
import { makeTranslator } from "../../i18n/translate";
import { ParsedArgs } from "../args";
import { CommandContext, fail } from "../context";
import { EXIT_OK } from "../io";
import { cliMessages } from "../messages";
import { checkOutputTarget, writeOutput } from "../output";
import { countLine } from "../report/figures";
import { inertLine } from "../outputText";
import { expandInputs } from "./inputs";
import { FileJob, FileOutcome } from "./job";
import { defaultWorkers, runJobs } from "./pool";
import { batchMessages } from "./messages";
import { renderIndex, reportNames } from "./htmlIndex";
import { Progress } from "../progress";
import { tierForBatch } from "../tiering";

export interface BatchSettings {
  /** Threads checking at once; `defaultWorkers()` unless --jobs, a test or a benchmark says otherwise. */
  workers?: number;
}

/**
 * `check A.xlsx B.xlsx KANSIO/`: every file checked on its own, in parallel on all cores. The
 * reports come out in the order of the command line whatever order the files finish in: text
 * reports one after another with a total for all files, `--json` one JSON report per line, `--html
 * DIR` one report per file and an index. A file that cannot be checked is reported and the others
 * go on; the exit code is the worst of all files.
 */
export async function runBatch(
  paths: readonly string[],
  args: ParsedArgs,
  options: Partial<CheckOptions>,
  ctx: CommandContext,
  settings: BatchSettings = {},
): Promise<number> {
  const lang: Lang = options.lang ?? ctx.lang;
  const t = makeTranslator(lang, {
    fi: { ...cliMessages.fi, ...batchMessages.fi },
    en: { ...cliMessages.en, ...batchMessages.en },
  });
  const files = await expandInputs(paths);
  if (files.length === 0) return fail(ctx, t("batch.noFiles"));
  const json = args.flags.has("--json");
  const force = args.flags.has("--force");
  const htmlDir = args.values.get("--html")?.[0];
  const names = reportNames(files);
  if (htmlDir !== undefined) {
    const stat = await fs.stat(htmlDir).catch(() => null);
    if (stat && !stat.isDirectory()) return fail(ctx, `${htmlDir}: ${t("batch.htmlNotDir")}`);
    // Refuse before any work, as a single check does, so a refusal costs nothing.
    for (const name of [...names, "index.html"]) await checkOutputTarget(path.join(htmlDir, name), { kind: "html", force });
    await fs.mkdir(htmlDir, { recursive: true });
  }

  const jobs: FileJob[] = files.map((file, index) => ({
    index,
    file,
    options,
    lang,
    exitZero: args.flags.has("--exit-zero"),
    notes: args.flags.has("--notes"),
    text: !json,
    json,
    html: htmlDir !== undefined,
  }));
  // Reports and problems are written through it, so that they erase the progress line first.
  const progress = new Progress(ctx.io);
  const { out, err } = progress;
  let done = 0;
  const outcomes: FileOutcome[] = [];
  const arrived = new Map<number, FileOutcome>();
  let printed = 0;
  const writes: Promise<void>[] = [];
  const print = (o: FileOutcome) => {
    if (json) {
      out((o.json ?? JSON.stringify({ file: o.file, error: o.problem ?? "" })) + "\n");
      if (o.problem && o.json) err(`budjettitarkistin: ${o.problem}\n`);
    } else {
      if (o.text) out((printed > 0 ? "\n" : "") + o.text);
      if (o.problem) err(`budjettitarkistin: ${inertLine(o.problem)}\n`);
    }
  };
  // Before any file is done: a large first file takes a while to read.
  progress.show(t("batch.progressStart", { files: t("batch.files", { n: files.length }) }));
  tierForBatch();
  await runJobs(jobs, settings.workers ?? defaultWorkers(), (o) => {
    outcomes[o.index] = o;
    if (htmlDir !== undefined && o.html !== undefined) {
      writes.push(writeOutput(path.join(htmlDir, names[o.index]), o.html, { kind: "html", force }));
    }
    // Print in command-line order: hold a file back until every one before it is out.
    arrived.set(o.index, o);
    while (arrived.has(printed)) {
      print(arrived.get(printed) as FileOutcome);
      arrived.delete(printed);
      printed++;
    }
    progress.show(t("batch.progress", { done: ++done, total: files.length, file: o.file }));
  });
  await Promise.all(writes);
  progress.erase();

  if (!json) {
    const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const o of outcomes) if (o.summary) for (const s of ["error", "warning", "info"] as const) total[s] += o.summary[s];
    const bad = outcomes.filter((o) => !o.summary).length;
    const line = t("batch.total", { files: t("batch.files", { n: outcomes.length }), counts: countLine(total, t) });
    ctx.io.out(`\n${line}${bad > 0 ? `; ${t("batch.notChecked", { n: bad })}` : ""}\n`);
  }
  if (htmlDir !== undefined) {
    for (const o of outcomes) delete o.text;
    await writeOutput(path.join(htmlDir, "index.html"), renderIndex(outcomes, names, lang, t), { kind: "html", force });
    const written = outcomes.filter((o) => o.html !== undefined).length;
    (json ? ctx.io.err : ctx.io.out)(t("batch.written", { n: written, path: path.join(htmlDir, "index.html") }) + "\n");
  }
  return outcomes.reduce((worst, o) => Math.max(worst, o.code), EXIT_OK);
}
