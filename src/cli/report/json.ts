import { CheckResult } from "../../core/check";

/** The DESIGN.md contract, exactly: file, tables, findings, summary. */
export function renderJson(file: string, result: CheckResult): string {
  const report = {
    file,
    tables: result.tables.map((t) => ({ sheet: t.sheet, area: t.area, kind: t.kind, range: t.range })),
    findings: result.findings,
    summary: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
  };
  return JSON.stringify(report, null, 2) + "\n";
}
