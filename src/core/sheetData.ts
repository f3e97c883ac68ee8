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
