import { CheckResult } from "../../src/core/check";
import { Finding, countBySeverity } from "../../src/core/findings";

/** A check's result holding one finding on sheet `Asuminen` (no tables, no equations): for tests of what is written from it. */
export function oneFindingResult(finding: Finding): CheckResult {
  return {
    model: { sheets: [{ sheet: "Asuminen", area: "Asuminen", tables: [], observations: [] }] },
    equations: [],
    tables: [],
    findings: [finding],
    summary: countBySeverity([finding]),
  };
}
