import { Grid } from "./grid";
import { BudgetModel } from "./model";
import { CheckOptions, resolveOptions } from "./options";
import { Finding, SeverityCounts, TableKind, compareFindings, countBySeverity } from "./findings";
import { recognizeWorkbook } from "./recognize";
import { RULES } from "./rules";
import { part } from "./message";
import { Equation } from "./relations/equation";
import { explainFindings } from "./why";

export interface TableInfo {
  sheet: string;
  area: string;
  kind: TableKind;
  range: string;
}

export interface CheckResult {
  model: BudgetModel;
  tables: TableInfo[];
  findings: Finding[];
  summary: SeverityCounts;
  /** Every identity checked, holding or not: the relation graph that causes are sought in. */
  equations: Equation[];
}

/** The engine's one entry point: recognise every sheet's tables, run every rule family. */
export function checkWorkbook(grids: readonly Grid[], options: Partial<CheckOptions> = {}): CheckResult {
  const opts = resolveOptions(options);
  const model = recognizeWorkbook(grids);
  const findings: Finding[] = [];
  const equations: Equation[] = [];
  for (const rule of RULES) findings.push(...rule.run({ model, options: opts, t: part, equations }));
  findings.sort(compareFindings(model.sheets.map((s) => s.sheet)));
  explainFindings(model, findings, equations);
  const tables: TableInfo[] = model.sheets.flatMap((s) =>
    s.tables.map((tb) => ({ sheet: tb.sheet, area: tb.area, kind: tb.kind, range: tb.range })),
  );
  return { model, tables, findings, summary: countBySeverity(findings), equations };
}
