import { findingFigure } from "../../core/format";
import {
  NUMERIC_COLUMNS,
  REPORT_COLUMNS,
  ReportColumn,
  ReportInput,
  ReportRow,
  formatDateTime,
  rawValue,
  reportCounts,
  reportRows,
  reportTranslator,
} from "./report";
import { SheetGroup, groupBySheet, presentCounts } from "./overview";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

// The report is a file of its own, opened outside the add-in: system colours only (Canvas,
// CanvasText, GrayText), so it follows the reader's light or dark scheme and prints plainly.
const STYLE = `
:root{color-scheme:light dark}
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2em;background:Canvas;color:CanvasText}
table{border-collapse:collapse;width:100%;margin-bottom:2em;font-size:0.9em}
th,td{border:1px solid GrayText;padding:0.3em 0.5em;text-align:left;vertical-align:top}
th{font-weight:600}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.tiles{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:0.4em}
.tile{display:block;padding:0.2em 0.5em;border:1px solid GrayText;border-left-width:0.5em;color:inherit;text-decoration:none}
.tile.error{border-left-color:#c50f1f}.tile.warning{border-left-color:#bc4b09}.tile.info{border-left-color:#0f6cbd}
.tile b{display:block}
`.trim();

/** The report as a self-contained HTML page; every text from the workbook is escaped. */
export function renderHtml(input: ReportInput): string {
  const t = reportTranslator(input.lang);
  const rows = reportRows(input);
  const counts = reportCounts(input);
  const open = rows.filter((r) => r.status === "open");
  const explained = rows.filter((r) => r.status === "explained");
  // Open findings are listed under their sheet's heading, so the sheet column would only repeat it.
  const openColumns = REPORT_COLUMNS.filter((c) => c !== "status" && c !== "sheet" && c !== "explanation" && c !== "explainedAt");
  const explainedColumns = REPORT_COLUMNS.filter((c) => c !== "status");
  const groups = groupBySheet(open);
  const parts = [
    "<!DOCTYPE html>",
    `<html lang="${input.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(t("report.title"))}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(t("report.title"))}</h1>`,
    input.workbook ? `<p>${escapeHtml(t("report.workbook", { name: input.workbook }))}</p>` : "",
    `<p>${escapeHtml(t("report.generated", { date: formatDateTime(input.generatedAt, input.lang) }))}</p>`,
    `<p>${escapeHtml(t("report.summary", counts))}</p>`,
    open.length > 0 ? overview(t, groups) : "",
    `<h2>${escapeHtml(t("report.open"))} (${open.length})</h2>`,
    open.length === 0 ? table(t, input, open, openColumns) : groups.map((g) => `<h3 id="${g.anchor}">${escapeHtml(g.sheet)}</h3>\n${table(t, input, g.rows, openColumns)}`).join("\n"),
    `<h2>${escapeHtml(t("report.explained"))} (${explained.length})</h2>`,
    table(t, input, explained, explainedColumns),
    "</main>",
    "</body>",
    "</html>",
  ];
  return parts.filter((p) => p !== "").join("\n") + "\n";
}

/** Sheets × tables of the open findings, each coloured by its worst finding and linked to its sheet's list. */
function overview(t: ReturnType<typeof reportTranslator>, groups: readonly SheetGroup<ReportRow>[]): string {
  const rows = groups.map((g) => {
    const tiles = g.tables.map((tb) => {
      const name = tb.kind ? t(`table.${tb.kind}`) : t("report.noTable");
      return `<li><a class="tile ${tb.worst}" href="#${g.anchor}"><b>${escapeHtml(name)}</b>${escapeHtml(presentCounts(tb.counts, t))}</a></li>`;
    });
    return `<tr><th scope="row"><a href="#${g.anchor}">${escapeHtml(g.sheet)}</a></th><td><ul class="tiles">${tiles.join("")}</ul></td></tr>`;
  });
  return [
    `<h2>${escapeHtml(t("report.overview"))}</h2>`,
    `<p>${escapeHtml(t("report.overviewHint"))}</p>`,
    `<table>\n<thead><tr><th scope="col">${escapeHtml(t("report.col.sheet"))}</th><th scope="col">${escapeHtml(t("report.col.sheetTables"))}</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  ].join("\n");
}

function table(t: ReturnType<typeof reportTranslator>, input: ReportInput, rows: ReportRow[], columns: ReportColumn[]): string {
  if (rows.length === 0) return `<p>${escapeHtml(t("report.none"))}</p>`;
  const head = columns.map((c) => `<th scope="col">${escapeHtml(t(`report.col.${c}`))}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const raw = rawValue(t, input.lang, row, c);
        if (NUMERIC_COLUMNS.has(c)) return `<td class="num">${escapeHtml(findingFigure(raw, input.lang))}</td>`;
        return `<td>${escapeHtml(raw)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
