import { CellValue, Grid } from "../../core/grid";
import { columnIndex, parseRange } from "../../core/address";
import { Rect, SHEET_COLUMNS, SHEET_ROWS } from "./readPlan";

/** What one range read returns, as plain arrays (the shape of `Excel.Range` after `load`). */
export interface RangeData {
  /** `Sheet1!B2:D9`; the sheet part is ignored. */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  /** `Excel.RangeValueType` names: `Empty`, `String`, `Double`, `Boolean`, `Error`, … */
  valueTypes: string[][];
  numberFormat?: unknown[][];
}

/** The rectangle of an address Excel returned (`'Talous 2024'!A1:F40`). */
export function rectOfAddress(address: string): Rect {
  // Excel writes a range of whole columns or rows as `A:XFD` or `1:1048576` (a used range that
  // reaches both ends of the sheet does).
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(ref);
  if (columns) return { top: 0, left: columnIndex(columns[1]), bottom: SHEET_ROWS - 1, right: columnIndex(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: SHEET_COLUMNS - 1 };
  const { range } = parseRange(address);
  return { top: range.top, left: range.left, bottom: range.bottom, right: range.right };
}

/**
 * One cell as the engine sees it. Excel reports error values as their text (`#DIV/0!`) in
 * `values`; only `valueTypes` tells them from a label that happens to read the same.
 */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  // Rich values (entities, images) have no place in a budget table: keep their text.
  return String(value);
}

function toFormula(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}

function toNumberFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "General" ? format : null;
}

/**
 * Assembles a sheet's used range from the pieces it was read in. `used` is the whole used
 * range; every piece lies inside it. A blank sheet (Excel reports A1 with nothing in it)
 * becomes a grid with no rows.
 */
export function assembleGrid(sheet: string, used: Rect, pieces: readonly RangeData[]): Grid {
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  // A used range of ordinary size is laid out whole; a vast one (a few cells far apart) gets only
  // the rows and cells that hold something, so memory follows content, not the bounding box.
  const dense = rows * cols <= DENSE_LIMIT;
  const blank = <T>(): T[][] => (dense ? Array.from({ length: rows }, () => new Array<T>(cols).fill(null as T)) : new Array<T[]>(rows));
  const values = blank<CellValue>();
  const formulas = blank<string | null>();
  const numberFormats = blank<string | null>();
  const put = <T>(grid: T[][], r: number, c: number, v: T) => {
    if (dense) grid[r][c] = v;
    else if (v !== null) (grid[r] ??= [])[c] = v;
  };
  let anything = false;
  for (const piece of pieces) {
    const rect = rectOfAddress(piece.address);
    if (rect.top < used.top || rect.left < used.left || rect.bottom > used.bottom || rect.right > used.right) {
      throw new Error(`Excel returned ${piece.address} outside the used range of "${sheet}".`);
    }
    for (let r = 0; r <= rect.bottom - rect.top; r++) {
      const gridRow = rect.top - used.top + r;
      for (let c = 0; c <= rect.right - rect.left; c++) {
        const gridCol = rect.left - used.left + c;
        const value = toCellValue(piece.values[r]?.[c], piece.valueTypes[r]?.[c]);
        const formula = toFormula(piece.formulas[r]?.[c]);
        put(values, gridRow, gridCol, value);
        put(formulas, gridRow, gridCol, formula);
        put(numberFormats, gridRow, gridCol, toNumberFormat(piece.numberFormat?.[r]?.[c]));
        if (value !== null || formula !== null) anything = true;
      }
    }
  }
  if (!anything) return { sheet, originRow: used.top, originCol: used.left, values: [], formulas: [], numberFormats: [] };
  return { sheet, originRow: used.top, originCol: used.left, values, formulas, numberFormats };
}

/** Cells of a used range laid out whole (with nulls); beyond it only filled cells are placed. */
const DENSE_LIMIT = 2_000_000;
