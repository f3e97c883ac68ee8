import { WordedFinding } from "../../core/findings";
import { ruleLabel } from "../../i18n/rules";
import { Translate } from "../../i18n/translate";
import { SheetSection, TableSection } from "./groups";

/** What the text and HTML reports may be asked for beyond the check itself. */
export interface ReportOptions {
  /** List every note; otherwise each table's notes are summed up in one line. */
  notes?: boolean;
  /** When the check ran; the HTML report prints it. */
  checkedAt?: Date;
}

/** `Summa 2, Muutos % 1`: how many findings of each rule, in the order the rules first appear. */
export function ruleTally(findings: readonly WordedFinding[], t: Translate): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${ruleLabel(t, rule)} ${n}`).join(", ");
}

/**
 * `Asuminen ja ympäristö (5); Työllisyyspalvelut (3)`: the sheets holding errors, or "" for none.
 * Semicolons, because sheet names often hold commas (`Kaupunkimarkkinointi, hankinnat`).
 */
export function errorsBySheet(sheets: readonly SheetSection[]): string {
  return sheets
    .map((s) => ({ sheet: s.sheet || "—", n: s.sections.reduce((sum, sec) => sum + sec.findings.filter((f) => f.severity === "error").length, 0) }))
    .filter((s) => s.n > 0)
    .map((s) => `${s.sheet} (${s.n})`)
    .join("; ");
}

/**
 * How a finding's related cells are introduced: "computed from" only when an expected value was
 * computed from them; a note that merely points at cells says "related cells".
 */
export function relatedKey(f: WordedFinding): string {
  return f.expected !== undefined ? "report.related" : "report.relatedCells";
}

/** Notes apart from the rest, so a table's notes can be folded into one line. */
export function splitNotes(findings: readonly WordedFinding[], showNotes: boolean): { listed: WordedFinding[]; folded: WordedFinding[] } {
  if (showNotes) return { listed: [...findings], folded: [] };
  return { listed: findings.filter((f) => f.severity !== "info"), folded: findings.filter((f) => f.severity === "info") };
}

/** A section's heading, the same in both reports: `Tuloslaskelma A1:F40`, or "other findings". */
export function sectionTitle(section: TableSection, t: Translate): string {
  return section.table ? `${t(`table.${section.table.kind}`)} ${section.table.range}` : t("report.otherFindings");
}
