/** A1 addresses, 0-based internally (row 0 = sheet row 1, col 0 = column A). */

export function columnLetters(col: number): string {
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
  return `${columnLetters(col)}${row + 1}`;
}

/** `B2:B7`, or a single address when the range is one cell. */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): string {
  const top = Math.min(row1, row2);
  const bottom = Math.max(row1, row2);
  const left = Math.min(col1, col2);
  const right = Math.max(col1, col2);
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangePosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseA1(address: string): CellPosition {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses `A1`, `A1:C3`, `Sheet!A1:C3` or `'My sheet'!A1`; the sheet part is returned apart. */
export function parseRange(ref: string): { sheet?: string; range: RangePosition } {
  let sheet: string | undefined;
  let rest = ref.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = unquoteSheetName(rest.slice(0, bang));
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    sheet,
    range: {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    },
  };
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
