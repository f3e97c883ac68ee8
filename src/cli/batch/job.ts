import { CheckOptions, Lang } from "../../core/options";
import { checkWorkbook } from "../../core/check";
import { wordResult } from "../../i18n/render";
import { SeverityCounts } from "../../core/findings";
import { failFromError, makeContext } from "../context";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from "../io";
import { loadInput } from "../input";
import { renderText } from "../report/text";
import { renderJson } from "../report/json";
import { renderHtml } from "../report/html";

/** One file of a batch: what to check and which reports to render. Plain data (crosses threads). */
export interface FileJob {
  index: number;
  file: string;
  options: Partial<CheckOptions>;
  lang: Lang;
  exitZero: boolean;
  notes: boolean;
  text: boolean;
  json: boolean;
  html: boolean;
}

/** What checking one file gave: its exit code and its reports, or why it could not be read. */
export interface FileOutcome {
  index: number;
  file: string;
  code: number;
  summary?: SeverityCounts;
  tables?: number;
  text?: string;
  /** The DESIGN.md JSON report on one line (JSON Lines). */
  json?: string;
  html?: string;
  /** One line saying why the file was not checked (unreadable, no budget table). */
  problem?: string;
}

/**
 * Checks one file as `check FILE` would and renders the asked reports. Never throws: a bad file is
 * an outcome with exit code 2 and a one-line problem, so the other files of a batch go on.
 */
export async function checkFile(job: FileJob): Promise<FileOutcome> {
  let problem = "";
  const ctx = makeContext({ out: () => undefined, err: (s) => (problem += s) }, job.lang);
  const base = { index: job.index, file: job.file };
  try {
    const input = await loadInput(job.file);
    const result = wordResult(checkWorkbook(input.grids, job.options), ctx.lang, "cli");
    const out: FileOutcome = { ...base, code: EXIT_OK, summary: result.summary, tables: result.tables.length };
    if (job.text) out.text = renderText(job.file, result, ctx.lang, ctx.t, { notes: job.notes });
    if (job.json) out.json = renderJson(job.file, result, true);
    if (job.html) out.html = renderHtml(job.file, result, ctx.lang, ctx.t);
    if (result.tables.length === 0) {
      out.code = EXIT_UNUSABLE;
      out.problem = `${job.file}: ${ctx.t("error.noTables")}`;
    } else if (result.summary.error > 0 && !job.exitZero) out.code = EXIT_FINDINGS;
    return out;
  } catch (error) {
    failFromError(ctx, error);
    return { ...base, code: EXIT_UNUSABLE, problem: problem.replace(/^budjettitarkistin: /, "").trim() };
  }
}
