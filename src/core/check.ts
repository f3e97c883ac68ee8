import { Grid } from "./grid";
import { BudgetModel, SheetModel } from "./model";
import { CheckOptions, resolveOptions } from "./options";
import { Finding, SeverityCounts, TableKind, countBySeverity, sortFindings } from "./findings";
import { recognizeWorkbook } from "./recognize";
import { RULES } from "./rules";
import { part } from "./message";
import { Equation } from "./relations/equation";
import { allEquations, newRecordedEquations } from "./relations/heldSigns";
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
  /**
   * Every identity checked, holding or not: the relation graph that causes are sought in. Made
   * when first read, and not enumerable: a spread of the result leaves it out.
   */
  equations: Equation[];
}

/** The engine's one entry point: recognise every sheet's tables, run every rule family. */
export function checkWorkbook(grids: readonly Grid[], options: Partial<CheckOptions> = {}): CheckResult {
  const opts = resolveOptions(options);
  const model = recognizeWorkbook(grids);
  const findings: Finding[] = [];
  const recorded = newRecordedEquations();
  for (const rule of RULES) findings.push(...rule.run({ model, options: opts, t: part, equations: recorded }));
  sortFindings(findings, model.sheets.map(sheetNameOf));
  explainFindings(model, findings, recorded);
  const tables = tableInfos(model);
  const result = { model, tables, findings, summary: countBySeverity(findings) } as CheckResult;
  // The whole list is made when first read (a dump, the corpus test): the held sign checks, half of
  // a large book's equations, are objects only then. Not enumerable, as the pane's worker client
  // has it: a spread of the result (the CLI's worded result) copies no list it never reads.
  let equations: Equation[] | undefined;
  Object.defineProperty(result, "equations", { enumerable: false, get: () => (equations ??= allEquations(recorded)) });
  return result;
}

function sheetNameOf(s: SheetModel): string {
  return s.sheet;
}

/** Where each recognised table lies. Loops, not callbacks made per check (docs/engine-speed.md: closures). */
function tableInfos(model: BudgetModel): TableInfo[] {
  const out: TableInfo[] = [];
  for (const s of model.sheets) {
    for (const tb of s.tables) out.push({ sheet: tb.sheet, area: tb.area, kind: tb.kind, range: tb.range });
  }
  return out;
}
