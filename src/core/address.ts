import { CellRange } from "./range";

/**
 * References as a workbook writes them: a cell or range, optionally on a named sheet
 * (`'My sheet'!A1:C3`). Cells live in ./cell, the range value type in ./range.
 */
import { a1 } from "./cell";
export { a1, columnIndex, columnLetters, parseA1 } from "./cell";
export { CellRange } from "./range";

/** `B2:B7`, or a single address when the range is one cell. */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): string {
  // CellRange.spanning(…).toA1() without the range and its corners: recognition and the rules
  // write thousands of these.
  const top = Math.min(row1, row2);
  const left = Math.min(col1, col2);
  const bottom = Math.max(row1, row2);
  const right = Math.max(col1, col2);
  const start = a1(top, left);
  return top === bottom && left === right ? start : `${start}:${a1(bottom, right)}`;
}

/** Parses `A1`, `A1:C3`, `Sheet!A1:C3` or `'My sheet'!A1`; the sheet part is returned apart. */
export function parseRange(ref: string): { sheet?: string; range: CellRange } {
  const { sheet, rest } = splitSheet(ref);
  return { sheet, range: CellRange.parse(rest) };
}

/** `parseRange`, or null for text that is not a reference. */
export function tryParseRange(ref: string): { sheet?: string; range: CellRange } | null {
  const { sheet, rest } = splitSheet(ref);
  const range = CellRange.tryParse(rest);
  return range ? { sheet, range } : null;
}

/** The sheet part of a reference (unquoted), if any, and the cell or range after it. */
function splitSheet(ref: string): { sheet?: string; rest: string } {
  const rest = ref.trim();
  const bang = rest.lastIndexOf("!");
  if (bang < 0) return { rest };
  return { sheet: unquoteSheetName(rest.slice(0, bang)), rest: rest.slice(bang + 1) };
}

/** `Sheet!A1:B2` → its sheet (unquoted) and range as written; a range without a sheet is on `own`. */
export function sheetAndRange(own: string, ref: string): { sheet: string; range: string } {
  const { sheet, rest } = splitSheet(ref);
  return { sheet: sheet ?? own, range: rest };
}

/** Quotes a sheet name for use in a formula or reference when Excel requires it. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function unquoteSheetName(name: string): string {
  const t = name.trim();
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** `Sheet!A1` with the sheet quoted as needed; used for `related` ranges on another sheet. */
export function qualified(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}
