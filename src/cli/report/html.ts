import { CheckResult } from "../../core/check";
import { Finding, SEVERITIES } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { findingFigure } from "../../core/format";
import { countLine } from "./figures";
import { groupFindings } from "./groups";

/** Every text from a workbook goes through here: sheet names and labels are user input. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
body{font-family:"Segoe UI",system-ui,-apple-system,sans-serif;margin:2rem;color:#1b1b1b;background:#fff;line-height:1.4}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d1d1d1;padding-bottom:.25rem}
h3{font-size:1rem;margin:1rem 0 .4rem;font-weight:600}
.meta{color:#555;margin:.2rem 0}
.counts{display:flex;gap:.5rem;margin:1rem 0}
.badge{display:inline-block;border-radius:.75rem;padding:.05rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.error{background:#fde7e9;color:#a4262c;border:1px solid #a4262c}
.warning{background:#fff4ce;color:#8a5300;border:1px solid #8a5300}
.info{background:#e8f1fb;color:#0f548c;border:1px solid #0f548c}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #e0e0e0;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f5f5f5}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.cell{font-family:Consolas,monospace}
.none{color:#555;font-style:italic}
.related{color:#555;font-size:.8rem}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}th{background:#2b2b2b}th,td{border-color:#444}.meta,.none,.related{color:#bbb}}
`;

/** A self-contained HTML report (inline CSS, no scripts), grouped like the text report. */
export function renderHtml(file: string, result: CheckResult, lang: Lang, t: Translate): string {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${e(t("report.title"))} – ${e(file)}</title>\n<style>${CSS}</style>\n</head>\n<body>`);
  parts.push(`<h1>${e(t("report.title"))}</h1>`);
  parts.push(`<p class="meta">${e(t("report.file"))}: ${e(file)}</p>`);
  parts.push(`<p class="meta">${e(t("report.tables", { count: result.tables.length }))}</p>`);
  parts.push(`<div class="counts">${SEVERITIES.map((s) => `<span class="badge ${s}">${e(t(`count.${s}`, { n: result.summary[s] }))}</span>`).join("")}</div>`);
  for (const sheet of groupFindings(result)) {
    parts.push(`<section>\n<h2>${e(sheet.sheet || "—")}</h2>`);
    if (sheet.tables.length > 0) {
      parts.push(`<p class="meta">${sheet.tables.map((tb) => `${e(t(`table.${tb.kind}`))} ${e(tb.range)}`).join(" · ")}</p>`);
    }
    if (sheet.findingCount === 0) parts.push(`<p class="none">${e(t("report.noFindings"))}</p>`);
    for (const section of sheet.sections) {
      const title = section.table ? `${t(`table.${section.table.kind}`)} ${section.table.range}` : t("report.otherFindings");
      parts.push(`<h3>${e(title)}</h3>`);
      parts.push(findingTable(section.findings, lang, t));
    }
    parts.push(`</section>`);
  }
  parts.push(`<p class="meta">${e(t("report.total", { counts: countLine(result.summary, t) }))}</p>`);
  parts.push(`</body>\n</html>\n`);
  return parts.join("\n");
}

function findingTable(findings: readonly Finding[], lang: Lang, t: Translate): string {
  const e = escapeHtml;
  // A no-break space keeps `1 076 109` on one line.
  const fig = (v: string | undefined) => e(findingFigure(v, lang));
  const head = ["report.severity", "report.cell", "report.row", "report.column", "report.actual", "report.expected", "report.difference", "report.message"]
    .map((k) => `<th scope="col">${e(t(k))}</th>`)
    .join("");
  const rows = findings.map((f) => {
    const related = f.related.length > 0 ? `<div class="related">${e(t("report.related"))} ${e(f.related.join(", "))}</div>` : "";
    return [
      `<tr>`,
      `<td><span class="badge ${f.severity}">${e(t(`severity.${f.severity}`))}</span></td>`,
      `<td class="cell">${e(f.cell)}</td>`,
      `<td>${e(f.row ?? "")}</td>`,
      `<td>${e(f.column ?? "")}</td>`,
      `<td class="num">${fig(f.actual)}</td>`,
      `<td class="num">${fig(f.expected)}</td>`,
      `<td class="num">${fig(f.difference)}</td>`,
      `<td>${e(f.message)}${related}</td>`,
      `</tr>`,
    ].join("");
  });
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}
