/**
 * A cell's place on its sheet as one number, for callers that index many equations' cells (the
 * analysis's cell index) without making a `CellRef` or an address text for each.
 */

/** Columns a position leaves room for under each row: more than three letters name (ZZZ). */
export const POSITION_COLUMNS = 32768;

/** `row × POSITION_COLUMNS + col` (0-based row and column, as `a1` takes them). */
export function positionOf(row: number, col: number): number {
  return row * POSITION_COLUMNS + col;
}

// Column letters `positionOfA1` reads: three name every column a sheet can have (XFD).
const A1_LETTERS = 3;
// Ten digits at most: every row a sheet can have, and positions stay exact integers.
const A1_DIGITS = 10;
// Columns three letters name (A…ZZZ), and rows ten digits number.
const A1_COLUMNS = 26 + 26 ** 2 + 26 ** 3;
const A1_ROWS = 10 ** A1_DIGITS - 1;

/** Whether `positionOfA1` reads the address `a1` writes for this 0-based row and column. */
export function readsAsPosition(row: number, col: number): boolean {
  return row >= 0 && row < A1_ROWS && col >= 0 && col < A1_COLUMNS;
}

/**
 * The position of an address exactly as `a1` writes it (`B7`: capital letters, a row from 1
 * without leading zeros), read from `from` to the end of the text (a key's address after its
 * sheet); -1 for any other text (`$B$7`, `b7`, `B07`). Each position then has one
 * text and each text one position, so an index by position keeps the cells an index by text kept.
 */
export function positionOfA1(address: string, from = 0): number {
  const n = address.length;
  let i = from;
  let col = 0;
  for (; i < n && i < from + A1_LETTERS; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || i === n) return -1;
  let row = 0;
  const first = address.charCodeAt(i);
  if (first < 49 || first > 57 || n - i > A1_DIGITS) return -1;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  return positionOf(row - 1, col - 1);
}

/**
 * Visits an address as its row and column (0-based) when `positionOfA1` reads it; false, nothing
 * visited, for any other text.
 */
export function visitA1(sheet: string, address: string, visit: (sheet: string, row: number, col: number) => void): boolean {
  const at = positionOfA1(address);
  if (at < 0) return false;
  visit(sheet, Math.floor(at / POSITION_COLUMNS), at % POSITION_COLUMNS);
  return true;
}
