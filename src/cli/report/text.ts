import { WordedResult } from "../../i18n/render";
import { WordedFinding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { ruleLabel } from "../../i18n/rules";
import { findingFigure } from "../../core/format";
import { countLine } from "./figures";
import { groupFindings } from "./groups";
import { ReportOptions, errorsBySheet, relatedKey, ruleTally, sectionTitle, splitNotes } from "./lines";
import { inertLine } from "../outputText";
import { causeCountText, causeTextLines, findingNotes, foldedLine, isFolded } from "./causes";

/**
 * The human report: totals and where the errors are first, then per sheet and table each finding
 * with its cell, row, column and figures, errors first; notes one line per table unless asked for.
 */
export function renderText(file: string, result: WordedResult, lang: Lang, t: Translate, options: ReportOptions = {}): string {
  const lines: string[] = [];
  const sheets = groupFindings(result);
  lines.push(`${t("report.title")}: ${file}`);
  lines.push(t("report.tables", { count: result.tables.length }));
  lines.push(t("report.total", { counts: countLine(result.summary, t) }));
  const causeCounts = causeCountText(result.findings, lang);
  if (causeCounts) lines.push(causeCounts);
  const where = errorsBySheet(sheets);
  if (where) lines.push(t("report.errorsWhere", { where }));
  lines.push(...causeTextLines(result, lang, t));
  for (const sheet of sheets) {
    lines.push("");
    const tables = sheet.tables.length > 0 ? ` (${t("report.sheetTables", { count: sheet.tables.length })})` : "";
    lines.push(`${sheet.sheet || "—"}${tables}${sheet.findingCount === 0 ? `: ${t("report.noFindings")}` : ""}`);
    for (const section of sheet.sections) {
      if (section.findings.length === 0) continue;
      lines.push(`  ${sectionTitle(section, t)}`);
      const { listed, folded } = splitNotes(section.findings.filter((f) => !isFolded(f)), options.notes === true);
      for (const f of listed) lines.push(...findingLines(f, lang, t));
      const underCauses = foldedLine(section.findings, lang);
      if (underCauses) lines.push(`    ${underCauses}`);
      if (folded.length > 0) lines.push(`    ${t("report.notesFolded", { count: folded.length, rules: ruleTally(folded, t) })}`);
    }
  }
  lines.push("");
  lines.push(t("report.total", { counts: countLine(result.summary, t) }));
  // Sheet names, labels and messages come from the workbook: printed inert (no escape sequences).
  return lines.map((line) => (MAY_ACT.test(line) ? inertLine(line) : line)).join("\n") + "\n";
}

// Every character inertLine takes out or changes (controls, line breaks, bidirectional marks):
// a line with none of them is printed as it is, without inertLine's five passes over it.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAY_ACT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function findingLines(f: WordedFinding, lang: Lang, t: Translate): string[] {
  const severity = t(`severity.${f.severity}`).toUpperCase();
  const where = [f.row, f.column].filter(Boolean).join(" · ");
  const head = `    ${severity.padEnd(9)} ${(f.cell || "").padEnd(6)} ${where}${where ? " " : ""}[${ruleLabel(t, f.rule)}]`;
  const out = [head];
  const figures: string[] = [];
  if (f.actual !== undefined) figures.push(`${t("report.actual")} ${findingFigure(f.actual, lang)}`);
  if (f.expected !== undefined) figures.push(`${t("report.expected")} ${findingFigure(f.expected, lang)}`);
  if (f.difference !== undefined) figures.push(`${t("report.difference")} ${findingFigure(f.difference, lang)}`);
  const indent = " ".repeat(21);
  if (figures.length > 0) out.push(indent + figures.join(", "));
  if (f.message) out.push(indent + f.message.replace(/\s*\n\s*/g, " "));
  for (const note of findingNotes(f)) out.push(indent + note);
  if (f.related.length > 0) out.push(`${indent}${t(relatedKey(f))} ${f.related.join(", ")}`);
  return out;
}
