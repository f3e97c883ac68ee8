import { CheckResult } from "../../core/check";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { findingFigure } from "../../core/format";
import { countLine } from "./figures";
import { groupFindings } from "./groups";
import { inertLine } from "../outputText";

/** The human report: per sheet, per table, each finding with its cell, row, column and figures. */
export function renderText(file: string, result: CheckResult, lang: Lang, t: Translate): string {
  const lines: string[] = [];
  lines.push(`${t("report.title")}: ${file}`);
  lines.push(t("report.tables", { count: result.tables.length }));
  for (const sheet of groupFindings(result)) {
    lines.push("");
    const tables = sheet.tables.length > 0 ? ` (${t("report.sheetTables", { count: sheet.tables.length })})` : "";
    lines.push(`${sheet.sheet || "—"}${tables}${sheet.findingCount === 0 ? `: ${t("report.noFindings")}` : ""}`);
    for (const section of sheet.sections) {
      const title = section.table ? `${t(`table.${section.table.kind}`)} ${section.table.range}` : t("report.otherFindings");
      lines.push(`  ${title}`);
      for (const f of section.findings) lines.push(...findingLines(f, lang, t));
    }
  }
  lines.push("");
  lines.push(t("report.total", { counts: countLine(result.summary, t) }));
  // Sheet names, labels and messages come from the workbook: printed inert (no escape sequences).
  return lines.map(inertLine).join("\n") + "\n";
}

function findingLines(f: Finding, lang: Lang, t: Translate): string[] {
  const severity = t(`severity.${f.severity}`).toUpperCase();
  const where = [f.row, f.column].filter(Boolean).join(" · ");
  const head = `    ${severity.padEnd(9)} ${(f.cell || "").padEnd(6)} ${where}`.trimEnd();
  const out = [head];
  const figures: string[] = [];
  if (f.actual !== undefined) figures.push(`${t("report.actual")} ${findingFigure(f.actual, lang)}`);
  if (f.expected !== undefined) figures.push(`${t("report.expected")} ${findingFigure(f.expected, lang)}`);
  if (f.difference !== undefined) figures.push(`${t("report.difference")} ${findingFigure(f.difference, lang)}`);
  const indent = " ".repeat(21);
  if (figures.length > 0) out.push(indent + figures.join(", "));
  if (f.message) out.push(indent + f.message.replace(/\s*\n\s*/g, " "));
  if (f.related.length > 0) out.push(`${indent}${t("report.related")} ${f.related.join(", ")}`);
  return out;
}
