import { WordedFinding, Severity, compareSeverity, mostSevere } from "../../core/findings";

/**
 * The order findings are read in within one table: errors, then warnings, then notes, each in
 * the engine's order (sheet position). This is the one place the reports decide it, so a
 * causes-first order (a cause before the findings that follow from it) can be hooked in here.
 */
export function reportOrder(findings: readonly WordedFinding[]): WordedFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareSeverity(a.f.severity, b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

/** The worst severity among findings, or undefined for none. */
export function worstSeverity(findings: readonly WordedFinding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) worst = worst === undefined ? f.severity : mostSevere(worst, f.severity);
  return worst;
}
