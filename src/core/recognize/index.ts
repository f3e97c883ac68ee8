import { Grid } from "../grid";
import { BudgetModel } from "../model";

/** Finds the budget tables on every sheet. */
export function recognizeWorkbook(grids: readonly Grid[]): BudgetModel {
  return { sheets: grids.map((g) => ({ sheet: g.sheet, area: g.sheet, tables: [], observations: [] })) };
}
