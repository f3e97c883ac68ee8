import * as path from "path";
import { SEVERITIES, Severity } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { escapeHtml } from "../report/html";
import { FileOutcome } from "./job";

/** Column heads of the index: counts per severity, in the plural as a table heads them. */
const COLUMN_HEADS: Record<Severity, string> = { error: "report.colErrors", warning: "report.colWarnings", info: "report.colNotes" };

/**
 * Report file names for a batch, one per input, in the report folder: the workbook's name with
 * `.html`, numbered when two workbooks in different folders share a name.
 */
export function reportNames(files: readonly string[]): string[] {
  const used = new Set<string>(["index.html"]);
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file)).replace(/[^\p{L}\p{N}._ -]+/gu, "_") || "raportti";
    let name = `${stem}.html`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}.html`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The batch's front page: one row per file with its counts and a link to its report. */
export function renderIndex(outcomes: readonly FileOutcome[], names: readonly string[], lang: Lang, t: Translate): string {
  const e = escapeHtml;
  const rows = outcomes.map((o) => {
    const file = e(o.file);
    const link = o.html !== undefined ? `<a href="${e(encodeURI(names[o.index]))}">${file}</a>` : file;
    if (!o.summary) return `<tr><td>${link}</td><td colspan="${SEVERITIES.length}">${e(t("batch.problem"))}: ${e(o.problem ?? "")}</td></tr>`;
    const counts = SEVERITIES.map((s) => `<td class="num ${o.summary && o.summary[s] > 0 ? s : ""}">${o.summary?.[s] ?? 0}</td>`).join("");
    const note = o.problem ? ` <span class="problem">(${e(o.problem)})</span>` : "";
    return `<tr><td>${link}${note}</td>${counts}</tr>`;
  });
  return [
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(t("batch.title"))}</title>`,
    `<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse}` +
      `th,td{border:1px solid #e0e0e0;padding:.3rem .6rem;text-align:left}td.num{text-align:right}` +
      `.error{color:#a4262c;font-weight:600}.warning{color:#8a5300}.problem{color:#a4262c}</style>\n</head>\n<body>`,
    `<h1>${e(t("batch.title"))}</h1>`,
    `<p>${e(t("batch.files", { n: outcomes.length }))}</p>`,
    `<table>\n<thead><tr><th>${e(t("report.file"))}</th>${SEVERITIES.map((s) => `<th>${e(t(COLUMN_HEADS[s]))}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</body>\n</html>\n`,
  ].join("\n");
}
