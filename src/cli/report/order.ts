import { WordedFinding, Severity } from "../../core/findings";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The order findings are read in within one table: errors, then warnings, then notes, each in
 * the engine's order (sheet position). This is the one place the reports decide it, so a
 * causes-first order (a cause before the findings that follow from it) can be hooked in here.
 */
export function reportOrder(findings: readonly WordedFinding[]): WordedFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** The worst severity among findings, or undefined for none. */
export function worstSeverity(findings: readonly WordedFinding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (worst === undefined || RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}
