import { WordedResult } from "../../i18n/render";
import { WordedFinding, SEVERITIES, Severity, SeverityCounts, countBySeverity } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { ruleDescription, ruleLabel } from "../../i18n/rules";
import { formatDateTime } from "../../i18n/dates";
import { findingFigure } from "../../core/format";
import { countLine } from "./figures";
import { SheetSection, groupFindings } from "./groups";
import { ReportOptions, errorsBySheet, relatedKey, ruleTally, sectionTitle, splitNotes } from "./lines";
import { worstSeverity } from "./order";
import { causeCountText, causeHtml, findingNotes, foldedLine, isFolded } from "./causes";

/** Every text from a workbook goes through here: sheet names and labels are user input. */
export function escapeHtml(text: string): string {
  // Most texts hold none of the five: they are returned as they are, without a copy.
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => ENTITIES[c]) : text;
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const CSS = `
body{font-family:"Segoe UI",system-ui,-apple-system,sans-serif;margin:2rem;color:#1b1b1b;background:#fff;line-height:1.4}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d1d1d1;padding-bottom:.25rem}
h3{font-size:1rem;margin:1rem 0 .4rem;font-weight:600}
.meta{color:#555;margin:.2rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.badge{display:inline-block;border-radius:.75rem;padding:.05rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.error{background:#fde7e9;color:#a4262c;border:1px solid #a4262c}
.warning{background:#fff4ce;color:#8a5300;border:1px solid #8a5300}
.info{background:#e8f1fb;color:#0f548c;border:1px solid #0f548c}
.clean{background:#f1faf1;color:#0e700e;border:1px solid #0e700e}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #e0e0e0;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f5f5f5}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.cell{font-family:Consolas,monospace}
.none{color:#555;font-style:italic}
.related{color:#555;font-size:.8rem}
.tiles{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.tile{display:block;border-radius:.3rem;padding:.25rem .5rem;text-decoration:none;font-size:.85rem}
a.tile:hover,a.tile:focus{outline:2px solid currentColor;outline-offset:1px}
.tile-counts{display:block;font-weight:600}
details.notes{margin:.5rem 0}
.why{margin-top:.2rem;font-style:italic}
ul.causes>li{margin:.4rem 0}
details.notes>summary{cursor:pointer;color:#0f548c}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}th{background:#2b2b2b}th,td{border-color:#444}.meta,.none,.related{color:#bbb}}
`;

/**
 * A self-contained HTML report (inline CSS, no scripts): the file and the time it was checked, the
 * counts and where the errors are, an overview of sheets × tables coloured by their worst finding
 * and linked to their sections, then the findings of each table, errors first, notes folded.
 */
export function renderHtml(file: string, result: WordedResult, lang: Lang, t: Translate, options: ReportOptions = {}): string {
  const e = escapeHtml;
  const checkedAt = options.checkedAt ?? new Date();
  const sheets = groupFindings(result);
  const shared = new SharedCells(lang, t);
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${e(t("report.title"))} – ${e(file)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>`);
  parts.push(`<h1>${e(t("report.title"))}</h1>`);
  parts.push(`<p class="meta">${e(t("report.file"))}: <strong>${e(file)}</strong></p>`);
  parts.push(`<p class="meta">${e(t("report.checked"))}: <time datetime="${checkedAt.toISOString()}">${e(formatDateTime(checkedAt, lang))}</time></p>`);
  parts.push(`<p class="meta">${e(t("report.tables", { count: result.tables.length }))}</p>`);
  parts.push(`<div class="counts">${SEVERITIES.map((s) => `<span class="badge ${s}">${e(t(`count.${s}`, { n: result.summary[s] }))}</span>`).join("")}</div>`);
  const causeCounts = causeCountText(result.findings, lang);
  if (causeCounts) parts.push(`<p class="meta">${e(causeCounts)}</p>`);
  const where = errorsBySheet(sheets);
  if (where) parts.push(`<p class="meta">${e(t("report.errorsWhere", { where }))}</p>`);
  parts.push(overview(sheets, t));
  const causes = causeHtml(result, lang, t, e);
  if (causes) parts.push(causes);
  for (const sheet of sheets) {
    parts.push(`<section id="${sheet.anchor}">\n<h2>${e(sheet.sheet || "—")}</h2>`);
    if (sheet.tables.length > 0) {
      parts.push(`<p class="meta">${sheet.tables.map((tb) => `${e(t(`table.${tb.kind}`))} ${e(tb.range)}`).join(" · ")}</p>`);
    }
    if (sheet.findingCount === 0) parts.push(`<p class="none">${e(t("report.noFindings"))}</p>`);
    for (const section of sheet.sections) {
      if (section.findings.length === 0) continue;
      parts.push(`<h3 id="${section.anchor}">${e(sectionTitle(section, t))}</h3>`);
      const { listed, folded } = splitNotes(section.findings.filter((f) => !isFolded(f)), options.notes === true);
      if (listed.length > 0) parts.push(findingTable(listed, lang, shared));
      const underCauses = foldedLine(section.findings, lang);
      if (underCauses) parts.push(`<p class="meta"><a href="#causes">${e(underCauses)}</a></p>`);
      if (folded.length > 0) {
        const summary = t("report.notesSummary", { count: folded.length, rules: ruleTally(folded, t) });
        parts.push(`<details class="notes">\n<summary>${e(summary)}</summary>\n${findingTable(folded, lang, shared)}\n</details>`);
      }
    }
    parts.push(`</section>`);
  }
  parts.push(`<p class="meta">${e(t("report.total", { counts: countLine(result.summary, t) }))}</p>`);
  parts.push(`</main>\n</body>\n</html>\n`);
  return parts.join("\n");
}

/** Only the severities present: `2 virhettä, 1 huomio`; "" when there are none. */
function presentCounts(counts: SeverityCounts, t: Translate): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => t(`count.${s}`, { n: counts[s] }))
    .join(", ");
}

/** Sheets × tables, each tile coloured by its worst finding and linked to its findings. */
function overview(sheets: readonly SheetSection[], t: Translate): string {
  const e = escapeHtml;
  const rows = sheets.map((sheet) => {
    const tiles = sheet.sections.map((section) => {
      const worst = worstSeverity(section.findings);
      const name = `<span class="tile-name">${e(sectionTitle(section, t))}</span>`;
      if (!worst) return `<li><span class="tile clean">${name}<span class="tile-counts">${e(t("report.clean"))}</span></span></li>`;
      const counts = presentCounts(countBySeverity(section.findings), t);
      return `<li><a class="tile ${worst}" href="#${section.anchor}">${name}<span class="tile-counts">${e(counts)}</span></a></li>`;
    });
    const cell = tiles.length > 0 ? `<ul class="tiles">${tiles.join("")}</ul>` : `<span class="none">${e(t("report.noTablesOnSheet"))}</span>`;
    return `<tr><th scope="row"><a href="#${sheet.anchor}">${e(sheet.sheet || "—")}</a></th><td>${cell}</td></tr>`;
  });
  return [
    `<nav aria-labelledby="overview">`,
    `<h2 id="overview">${e(t("report.overview"))}</h2>`,
    `<p class="meta">${e(t("report.overviewHint"))}</p>`,
    `<table class="overview">`,
    `<thead><tr><th scope="col">${e(t("report.sheet"))}</th><th scope="col">${e(t("report.sheetTablesCol"))}</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    `</table>`,
    `</nav>`,
  ].join("\n");
}

/**
 * The cells every finding of a kind shares (its severity's badge, its rule's name and description,
 * how its related cells are introduced), each worded and escaped once per report, not per finding.
 */
class SharedCells {
  private readonly made = new Map<string, string>();

  constructor(
    private readonly lang: Lang,
    private readonly t: Translate,
  ) {}

  private once(key: string, make: () => string): string {
    let html = this.made.get(key);
    if (html === undefined) this.made.set(key, (html = make()));
    return html;
  }

  severity(s: Severity): string {
    return this.once(`severity|${s}`, () => `<td><span class="badge ${s}">${escapeHtml(this.t(`severity.${s}`))}</span></td>`);
  }

  rule(rule: string): string {
    return this.once(`rule|${rule}`, () => {
      const about = ruleDescription(rule, this.lang);
      return `<td${about ? ` title="${escapeHtml(about)}"` : ""}>${escapeHtml(ruleLabel(this.t, rule))}</td>`;
    });
  }

  /** `t(key)`, escaped. */
  words(key: string): string {
    return this.once(`words|${key}`, () => escapeHtml(this.t(key)));
  }
}

function findingTable(findings: readonly WordedFinding[], lang: Lang, shared: SharedCells): string {
  const e = escapeHtml;
  const fig = (v: string | undefined) => e(findingFigure(v, lang));
  const head = ["report.severity", "report.cell", "report.row", "report.column", "report.colActual", "report.colExpected", "report.colDifference", "report.rule", "report.message"]
    .map((k) => `<th scope="col">${shared.words(k)}</th>`)
    .join("");
  const rows = findings.map((f) => {
    const related = f.related.length > 0 ? `<div class="related">${shared.words(relatedKey(f))} ${e(f.related.join(", "))}</div>` : "";
    return [
      `<tr>`,
      shared.severity(f.severity),
      `<td class="cell">${e(f.cell)}</td>`,
      `<td>${e(f.row ?? "")}</td>`,
      `<td>${e(f.column ?? "")}</td>`,
      `<td class="num">${fig(f.actual)}</td>`,
      `<td class="num">${fig(f.expected)}</td>`,
      `<td class="num">${fig(f.difference)}</td>`,
      shared.rule(f.rule),
      `<td>${e(f.message)}${findingNotes(f).map((n) => `<div class="why">${e(n)}</div>`).join("")}${related}</td>`,
      `</tr>`,
    ].join("");
  });
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}
