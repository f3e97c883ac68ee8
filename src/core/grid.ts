/**
 * A sheet as the engine sees it: a rectangle of cells taken from a host (Excel, an .xlsx file,
 * the founding document's text, or memory). Every host produces the same shape.
 */

/** An Excel error value (`#DIV/0!`, `#REF!`, `#N/A`, …) kept apart from text so it is never mistaken for a label. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface Grid {
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  /** 0-based sheet row and column of `values[0][0]` (a used range need not start at A1). */
  originRow: number;
  originCol: number;
  /**
   * Raw values, row-major; `null` for an empty cell. Rows may be ragged, and an empty row may be
   * missing altogether (a hole): a sparse sheet costs its filled cells, not its bounding box.
   */
  values: CellValue[][];
  /** Formula text (`=SUM(B2:B5)`) where the host knows it, `null` or absent for constants. */
  formulas?: (string | null)[][];
  /** Excel number format codes (`# ##0`, `0.0 %`), where the host knows them; `null` for General. */
  numberFormats?: (string | null)[][];
  /** Merged areas in A1 notation (`A1:C1`), where the host knows them. */
  merged?: string[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The value at a sheet position (0-based), or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.originRow];
  if (!r) return null;
  const v = r[col - grid.originCol];
  return v === undefined ? null : v;
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const r = grid.formulas?.[row - grid.originRow];
  const f = r?.[col - grid.originCol];
  return f ?? null;
}

/** Number of sheet rows spanned by the grid. */
export function gridRowCount(grid: Grid): number {
  return grid.values.length;
}

export function gridColCount(grid: Grid): number {
  let n = 0;
  for (let i = 0; i < grid.values.length; i++) {
    const r = grid.values[i];
    if (r && r.length > n) n = r.length;
  }
  return n;
}
