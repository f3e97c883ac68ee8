import { a1, parseA1, parseRange, rangeA1 } from "./address";

/**
 * A sheet the engine wants written (the määrärahat summary, the allocation sheet), as data.
 * Hosts turn it into a real sheet: Excel via `range.formulas`, ExcelJS into a file, memory for
 * the demo. Formulas use English function names and `,` separators as `range.formulas` expects.
 */
export interface SheetCell {
  /** A1 address on the new sheet. */
  address: string;
  /** A constant (label or figure); ignored when `formula` is set. */
  value?: string | number | null;
  /** Formula beginning with `=`. */
  formula?: string;
  /** Excel number format code, e.g. `# ##0;-# ##0` or `0.0`. */
  numberFormat?: string;
  bold?: boolean;
  /** The value the engine computed for this cell, so tests and the demo can compare formulas. */
  expected?: string;
  /**
   * A dynamic-array formula's result area: the range it spills into (this cell first, A1) and the
   * values the engine expects there, row by row. The cells of the range other than this one must
   * stay empty. A host without dynamic arrays (ExcelJS) can write the formula as an array formula
   * over `range`; the memory host can show `expected` in the spilled cells.
   */
  spill?: { range: string; expected: string[] };
}

export interface SheetData {
  /** Preferred sheet name; the host picks a free name if it is taken. */
  name: string;
  cells: SheetCell[];
  /** Column widths in characters, by column letter. */
  columnWidths?: Record<string, number>;
  /**
   * What the sheet is (`maararahat-summary`): the host writes it with the sheet so that building
   * the same sheet again can find it and offer to update it, whatever it is called by then.
   */
  marker?: string;
  /** Native charts over ranges of this sheet (Excel draws them; hosts without charts skip them). */
  charts?: ChartSpec[];
}

/**
 * A clustered column chart over a block of this sheet: the first row holds the series names, the
 * first column the categories (`seriesBy: "columns"`), as Excel's charts.add reads a range.
 */
export interface ChartSpec {
  title: string;
  /** Source range on this sheet, A1, headers included. */
  source: string;
  /** Where the chart sits: its top-left and bottom-right cells (A1 range). */
  placement: string;
}

/** A sheet name not in `taken`: `Name`, `Name (2)`, … trimmed to Excel's 31-character limit. */
export function freeSheetName(preferred: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = preferred.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** One cell of a spill range with the value the engine expects there. */
export interface SpillTarget {
  address: string;
  expected: string;
}

/** Where a formula spills: the range (plain A1), its size, and its cells row by row. */
export interface SpillArea {
  range: string;
  rows: number;
  columns: number;
  cells: SpillTarget[];
}

/**
 * The area `cell`'s formula spills into, its own cell first; null when it does not spill. The
 * hosts write from this, so a malformed spill fails the same way before anything is written: no
 * formula, a range that does not start at the formula's cell, an `expected` list of another
 * length, or another cell of `cells` inside the range (Excel would show #SPILL!).
 */
export function spillArea(cell: SheetCell, cells: readonly SheetCell[]): SpillArea | null {
  if (!cell.spill) return null;
  if (!cell.formula) throw new Error(`Cell ${cell.address} has a spill range but no formula`);
  const { range } = parseRange(cell.spill.range);
  const anchor = parseA1(cell.address);
  if (range.top !== anchor.row || range.left !== anchor.col) {
    throw new Error(`Spill range ${cell.spill.range} does not start at its formula's cell ${cell.address}`);
  }
  const targets: SpillTarget[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      targets.push({ address: a1(row, col), expected: cell.spill.expected[targets.length] ?? "" });
    }
  }
  if (cell.spill.expected.length !== targets.length) {
    throw new Error(`Spill range ${cell.spill.range} has ${targets.length} cells but ${cell.spill.expected.length} expected values`);
  }
  for (const other of cells) {
    if (other === cell) continue;
    if (range.contains(parseA1(other.address))) {
      throw new Error(`Cell ${other.address} lies in the spill range ${cell.spill.range} of ${cell.address}`);
    }
  }
  return {
    range: rangeA1(range.top, range.left, range.bottom, range.right),
    rows: range.bottom - range.top + 1,
    columns: range.right - range.left + 1,
    cells: targets,
  };
}
