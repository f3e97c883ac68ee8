import { CellValue, Grid } from "../../core/grid";
import { parseRange } from "../../core/address";
import { Rect } from "./readPlan";

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
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
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
        values[gridRow][gridCol] = value;
        formulas[gridRow][gridCol] = formula;
        numberFormats[gridRow][gridCol] = toNumberFormat(piece.numberFormat?.[r]?.[c]);
        if (value !== null || formula !== null) anything = true;
      }
    }
  }
  if (!anything) return { sheet, originRow: used.top, originCol: used.left, values: [], formulas: [], numberFormats: [] };
  return { sheet, originRow: used.top, originCol: used.left, values, formulas, numberFormats };
}
