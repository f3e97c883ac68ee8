import { Finding, SEVERITIES, Severity, SeverityCounts, compareSeverity, countBySeverity } from "../../core/findings";
import { Translate } from "../../i18n/translate";
import { worstOf } from "../grouping";

/** Errors, then warnings, then notes; the engine's order within each (Array.prototype.sort is stable). */
export function errorsFirst<T extends { finding: Finding }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareSeverity(a.finding.severity, b.finding.severity));
}

export interface SheetGroup<T> {
  sheet: string;
  /** A fragment id for links from the overview. */
  anchor: string;
  rows: T[];
  /** Per table kind (or "" for findings of no table), in order of first appearance. */
  tables: { kind: string; counts: SeverityCounts; worst: Severity }[];
}

/** Rows by sheet in order of first appearance, each sheet's rows errors first. */
export function groupBySheet<T extends { finding: Finding }>(rows: readonly T[]): SheetGroup<T>[] {
  const sheets = new Map<string, T[]>();
  for (const row of rows) sheets.set(row.finding.sheet, [...(sheets.get(row.finding.sheet) ?? []), row]);
  return [...sheets].map(([sheet, sheetRows], i) => {
    const kinds = new Map<string, Finding[]>();
    for (const { finding } of sheetRows) kinds.set(finding.table ?? "", [...(kinds.get(finding.table ?? "") ?? []), finding]);
    const tables = [...kinds].map(([kind, findings]) => {
      const counts = countBySeverity(findings);
      return { kind, counts, worst: worstOf(counts)! };
    });
    return { sheet, anchor: `sheet-${i + 1}`, rows: errorsFirst(sheetRows), tables };
  });
}

/** `2 virhettä, 1 huomio`: only the severities present. */
export function presentCounts(counts: SeverityCounts, t: Translate): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => t(`report.count.${s}`, { n: counts[s] }))
    .join(", ");
}
