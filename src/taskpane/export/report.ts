import { Finding, Severity, TableKind, countBySeverity } from "../../core/findings";
import { Lang } from "../../core/options";
import { makeTranslator, Translate } from "../../i18n/translate";
import { uiMessages } from "../../i18n/ui";
import { ruleLabel } from "../../i18n/rules";
import { renderMessage } from "../../i18n/render";
import { formatDateTime } from "../../i18n/dates";
import { errorsFirst } from "./overview";
import { Explanation, Explanations, splitFindings } from "../explanations";

/** What every export renders: the findings of one check and the user's explanations. */
export interface ReportInput {
  lang: Lang;
  /** File name or title of the workbook, when known. */
  workbook?: string;
  generatedAt: Date;
  findings: readonly Finding[];
  explanations: Explanations;
}

export interface ReportRow {
  status: "open" | "explained";
  finding: Finding;
  explanation?: Explanation;
}

/** Column order shared by CSV, clipboard text and the HTML tables. */
export const REPORT_COLUMNS = [
  "status",
  "severity",
  "sheet",
  "cell",
  "area",
  "table",
  "row",
  "column",
  "actual",
  "expected",
  "difference",
  "rule",
  "message",
  "explanation",
  "explainedAt",
] as const;

export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** Columns holding figures: written as numbers, not text, so a spreadsheet can compute with them. */
export const NUMERIC_COLUMNS: ReadonlySet<ReportColumn> = new Set(["actual", "expected", "difference"]);

export function reportTranslator(lang: Lang): Translate {
  return makeTranslator(lang, uiMessages);
}

/** Open findings first (errors, then warnings, then notes), then explained ones, each in the engine's order. */
export function reportRows(input: ReportInput): ReportRow[] {
  const { open, explained } = splitFindings(input.findings, input.explanations);
  return [
    ...errorsFirst(open.map((finding): ReportRow => ({ status: "open", finding }))),
    ...explained.map((e): ReportRow => ({ status: "explained", finding: e.finding, explanation: e.explanation })),
  ];
}

export function reportCounts(input: ReportInput): Record<Severity | "explained", number> {
  const { open, explained } = splitFindings(input.findings, input.explanations);
  return { ...countBySeverity(open), explained: explained.length };
}

export function severityName(t: Translate, severity: Severity): string {
  return t(`severity.one.${severity}`);
}

export function tableName(t: Translate, table: TableKind | undefined): string {
  return table ? t(`table.${table}`) : "";
}

/** The raw cell of a column: figures stay plain decimal strings; each renderer formats them. */
export function rawValue(t: Translate, lang: Lang, row: ReportRow, column: ReportColumn): string {
  const f = row.finding;
  switch (column) {
    case "status":
      return t(`report.status.${row.status}`);
    case "severity":
      return severityName(t, f.severity);
    case "sheet":
      return f.sheet;
    case "cell":
      return f.cell;
    case "area":
      return f.area;
    case "table":
      return tableName(t, f.table);
    case "row":
      return f.row ?? "";
    case "column":
      return f.column ?? "";
    case "actual":
      return f.actual ?? "";
    case "expected":
      return f.expected ?? "";
    case "difference":
      return f.difference ?? "";
    case "rule":
      return ruleLabel(t, f.rule);
    case "message":
      return renderMessage(f.parts, lang, "pane");
    case "explanation":
      return row.explanation?.comment ?? "";
    case "explainedAt":
      return row.explanation ? formatDateTime(row.explanation.at, lang) : "";
  }
}

export { formatDateTime };

/** `budjettitarkistus-2024-03-12.csv`: a file name that sorts by date. */
export function reportFileName(t: Translate, date: Date, extension: string): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${t("export.fileBase")}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
