import { WordedResult } from "../../i18n/render";
import { WordedFinding } from "../../core/findings";
import { countCauses } from "../../core/why";

/** Findings that lead a probable cause and those that follow from one (DESIGN.md: cause, consequenceOf). */
function causeSummary(findings: readonly WordedFinding[]): { causes: number; consequences: number } {
  const c = countCauses(findings);
  return { causes: c.causes, consequences: c.consequences };
}

// Key order of DESIGN.md's example, so reports diff cleanly between runs and versions.
const FINDING_KEYS: readonly (keyof WordedFinding)[] = [
  "rule", "severity", "sheet", "cell", "related", "area", "table", "row", "column", "actual", "expected", "difference", "message",
  "cause", "possibleCauses", "consequenceOf", "pattern",
];

function ordered(f: WordedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

/**
 * The DESIGN.md contract, exactly: file, tables, findings, summary. Indented with a final newline,
 * or `oneLine` for a batch's JSON Lines (no newline).
 */
export function renderJson(file: string, result: WordedResult, oneLine = false): string {
  const report = {
    file,
    tables: result.tables.map((t) => ({ sheet: t.sheet, area: t.area, kind: t.kind, range: t.range })),
    findings: result.findings.map(ordered),
    summary: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info, ...causeSummary(result.findings) },
  };
  return oneLine ? JSON.stringify(report) : JSON.stringify(report, null, 2) + "\n";
}
