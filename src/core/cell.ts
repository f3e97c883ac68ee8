/** One cell's A1 address, 0-based internally (row 0 = sheet row 1, col 0 = column A). */

export interface CellPosition {
  row: number;
  col: number;
}

export function columnLetters(col: number): string {
  // Every address names its column: the letters of the columns sheets use are made once.
  if (col >= 0 && col < KEPT_COLUMNS) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

/** Columns whose letters are kept (A…AMJ): more than budget books use, in 8 kB. */
const KEPT_COLUMNS = 1024;
const LETTERS = new Array<string | undefined>(KEPT_COLUMNS);

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  // Every sheet of a book names the same cells (`B14` on each area's sheet), and the rules and
  // the analysis name nearly every figure's cell: one string per address, shared, where each
  // call made one that lived as long as the finding or equation holding it.
  if (col < 0 || col >= KEPT_COLUMNS || row < 0) return addressOf(row, col);
  const column = (ADDRESSES[col] ??= []);
  const known = column[row];
  if (known !== undefined) return known;
  const address = addressOf(row, col);
  // A row far past the column's kept ones would turn its array into a slow sparse one: not kept.
  if (row > column.length + ROW_GAP) return address;
  if (++keptAddresses > KEPT_ADDRESSES) {
    ADDRESSES.length = 0;
    keptAddresses = 0;
    return address;
  }
  return (column[row] = address);
}

/**
 * `C26:C27`, a column's cells from `top` to `bottom` (one address when they are one cell), as
 * rangeA1 writes it. A header names each year column's header cells so, and every area's sheet of
 * a book has the same headers at the same cells: one string per range, shared, instead of one
 * per column of every table, each kept as long as the model.
 */
export function columnRangeA1(top: number, bottom: number, col: number): string {
  if (bottom < top) return columnRangeA1(bottom, top, col);
  const rows = bottom - top;
  if (rows === 0) return a1(top, col);
  if ( rows >= SPAN_ROWS || col < 0 || col >= KEPT_COLUMNS || top < 0 || top >= KEPT_SPAN_TOP) return `${a1(top, col)}:${a1(bottom, col)}`;
  const key = (top * KEPT_COLUMNS + col) * SPAN_ROWS + rows;
  let range = SPANS.get(key);
  if (range === undefined) {
    range = `${a1(top, col)}:${a1(bottom, col)}`;
    // Bounded, as the addresses are: a pane reading book after book keeps a bounded memory.
    if (SPANS.size >= KEPT_SPANS) SPANS.clear();
    SPANS.set(key, range);
  }
  return range;
}

const SPANS = new Map<number, string>();
const KEPT_SPANS = 1 << 14;
/** Header cells span a few rows: longer spans are written out each time. */
const SPAN_ROWS = 8;
/** Keys stay exact integers (below 2^53) for tops below this row. */
const KEPT_SPAN_TOP = 1 << 30;

function addressOf(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Addresses kept, per column by row; emptied when full, so a pane reading book after book keeps a bounded memory (about 4 MB). */
const ADDRESSES: (string | undefined)[][] = [];
const KEPT_ADDRESSES = 1 << 17;
let keptAddresses = 0;
/** How far past a column's kept rows a new one may be and still be kept (V8 keeps such an array fast). */
const ROW_GAP = 512;

const CELL_A1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(address: string): CellPosition {
  const m = CELL_A1.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Reading order: by row, then by column (A1 before B1 before A2). */
export function compareCells(a: CellPosition, b: CellPosition): number {
  return a.row - b.row || a.col - b.col;
}
