import { findingFigure } from "../../core/format";
import { NUMERIC_COLUMNS, REPORT_COLUMNS, ReportInput, rawValue, reportRows, reportTranslator } from "./report";

/**
 * The report as tab-separated text for the clipboard: pasted into Excel it fills cells, pasted
 * into an e-mail it reads as columns. Figures in the language's format, tabs and line breaks in
 * texts folded to spaces so the columns stay aligned.
 */
export function renderTsv(input: ReportInput): string {
  const t = reportTranslator(input.lang);
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");
  const lines = [REPORT_COLUMNS.map((c) => clean(t(`report.col.${c}`))).join("\t")];
  for (const row of reportRows(input)) {
    lines.push(
      REPORT_COLUMNS.map((c) => {
        const raw = rawValue(t, input.lang, row, c);
        return NUMERIC_COLUMNS.has(c) ? clean(findingFigure(raw, input.lang)) : guardFormula(clean(raw));
      }).join("\t"),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

/**
 * Pasted into Excel, a text starting with `=`, `+`, `-` or `@` would be run as a formula (a sheet
 * name `=HYPERLINK(…)`); a leading apostrophe makes Excel keep it as text, as the CSV export does.
 */
function guardFormula(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
