import Decimal from "decimal.js";
import { BudgetTable, ValueCell } from "../../model";
import { Equation } from "../../relations/equation";
import { MessageParams, figure } from "../../message";
import { differenceParam } from "./finding";
import { cellRanges } from "./tables";

/**
 * What a failed sum (down a table's rows or across its columns) is told with: the printed and the
 * expected figure at the decimals of the finer of them (two at most), their difference, the cells
 * summed and the table's unit when it is not euros.
 */
export function sumFigures(
  eq: Equation,
  actual: Decimal,
  cells: readonly (ValueCell | undefined)[],
  table: BudgetTable,
): { expected: Decimal; params: MessageParams } {
  const expected = eq.solveFor(eq.target) ?? actual;
  const d = Math.min(Math.max(actual.decimalPlaces(), expected.decimalPlaces()), 2);
  return {
    expected,
    params: {
      actual: figure(actual, d),
      expected: figure(expected, d),
      difference: differenceParam(actual, expected, d),
      ranges: cellRanges(cells).join(", "),
      unit: table.unit && table.unit.factor !== 1 ? ` (${table.unit.text})` : " €",
    },
  };
}
