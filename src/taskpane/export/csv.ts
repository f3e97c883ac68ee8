import { Lang } from "../../core/options";
import { NUMERIC_COLUMNS, REPORT_COLUMNS, ReportInput, rawValue, reportRows, reportTranslator } from "./report";

const BOM = "\ufeff";

/** Field separator and decimal mark as each language's Excel reads a CSV by default. */
export function csvDialect(lang: Lang): { separator: string; decimal: string } {
  return lang === "fi" ? { separator: ";", decimal: "," } : { separator: ",", decimal: "." };
}

/**
 * The report as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads ä and ö right),
 * `;` and decimal comma in Finnish, CRLF line ends. Figures are written without thousands
 * separators so Excel reads them as numbers.
 */
export function renderCsv(input: ReportInput): string {
  const t = reportTranslator(input.lang);
  const { separator, decimal } = csvDialect(input.lang);
  const lines = [REPORT_COLUMNS.map((c) => csvField(t(`report.col.${c}`), separator)).join(separator)];
  for (const row of reportRows(input)) {
    lines.push(
      REPORT_COLUMNS.map((c) => {
        const raw = rawValue(t, input.lang, row, c);
        if (NUMERIC_COLUMNS.has(c) && /^-?\d+(\.\d+)?$/.test(raw)) return raw.replace(".", decimal);
        return csvField(raw, separator);
      }).join(separator),
    );
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/**
 * Quotes a text field when needed. Text that Excel would run as a formula (`=`, `+`, `-`, `@`
 * first) gets a leading apostrophe: a sheet name or message must never execute on opening.
 */
export function csvField(text: string, separator: string): string {
  let s = text;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (s.includes(separator) || /["\r\n]/.test(s) || /^\s|\s$/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
