import { CellValue, Grid } from "../../core/grid";
import { parseA1 } from "../../core/address";
import { SheetData } from "../../core/sheetData";

/**
 * A created sheet as a grid: formulas kept, and each formula cell's value is what the engine
 * expects it to evaluate to (the memory host has no calculation engine; Excel would compute the
 * same figures from the formulas).
 */
export function gridFromSheetData(name: string, data: SheetData): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const cell of data.cells) {
    const { row, col } = parseA1(cell.address);
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
    }
    const valueRow = values[row];
    const formulaRow = formulas[row];
    while (valueRow.length <= col) valueRow.push(null);
    while (formulaRow.length <= col) formulaRow.push(null);
    if (cell.formula) {
      formulaRow[col] = cell.formula;
      valueRow[col] = expectedValue(cell.expected);
    } else {
      valueRow[col] = cell.value ?? null;
    }
  }
  return { sheet: name, originRow: 0, originCol: 0, values, formulas };
}

function expectedValue(expected: string | undefined): CellValue {
  if (expected === undefined || expected === "") return null;
  const n = Number(expected);
  return Number.isFinite(n) ? n : expected;
}
