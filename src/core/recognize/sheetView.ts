import { CellValue, Grid, cellAt, formulaAt, gridColCount } from "../grid";
import { ParsedCell, normaliseSpaces, parseCell } from "../numbers";
import { SheetFigureCell, SheetValueCell } from "./sheetValueCell";
import { ValueCell } from "../model";

const EMPTY: ParsedCell = { kind: "empty" };

/**
 * Read-only view of one grid in sheet coordinates, parsing each cell at most once: recognition
 * looks at the same cells many times while it searches for headers and labels.
 */
export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  // Row arrays rather than one Map: fewer allocations on sheets of tens of thousands of cells.
  private readonly parsedRows: (ParsedCell | undefined)[][] = [];
  private rowsWithValues: number[] | undefined;
  // Indexed by row offset; a sparse sheet leaves holes.
  private readonly columnsWithValues: (number[] | undefined)[] = [];

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.bottom = grid.originRow + grid.values.length - 1;
    this.right = grid.originCol + Math.max(gridColCount(grid), 1) - 1;
  }

  raw(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col);
  }

  parsed(row: number, col: number): ParsedCell {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.grid.values.length) return EMPTY;
    const cache = (this.parsedRows[r] ??= []);
    let p = cache[c];
    if (!p) {
      p = parseCell(this.raw(row, col));
      cache[c] = p;
    }
    return p;
  }

  /** The cell as trimmed text ('' for empty and errors); numbers as written by String(). */
  text(row: number, col: number): string {
    // Labels are read many times while headers and regions are searched: reuse the parse.
    const p = this.parsed(row, col);
    if (p.kind === "text") return p.text;
    if (p.kind === "marker") return p.marker;
    if (p.kind !== "number") return "";
    const v = this.raw(row, col);
    return typeof v === "string" ? normaliseSpaces(v) : String(v);
  }

  isEmpty(row: number, col: number): boolean {
    return this.parsed(row, col).kind === "empty";
  }

  /** True when the row has no content in [left, right]. Costs the row's filled cells, not its width. */
  isBlankRow(row: number, left = this.left, right = this.right): boolean {
    for (const c of this.occupiedColumns(row, left, right)) {
      if (!this.isEmpty(row, c)) return false;
    }
    return true;
  }

  /**
   * Sheet rows in [from, to] that hold a value, top to bottom. Loops over a sheet walk these, not
   * top..bottom: a sheet holding A1 and XFD1048576 has two rows, not a million.
   */
  occupiedRows(from = this.top, to = this.bottom): readonly number[] {
    const rows = (this.rowsWithValues ??= this.findOccupiedRows());
    return within(rows, from, to);
  }

  /** Columns in [from, to] of one row that hold a value, left to right. */
  occupiedColumns(row: number, from = this.left, to = this.right): readonly number[] {
    const i = row - this.top;
    let cols = this.columnsWithValues[i];
    if (!cols) {
      const r = this.grid.values[i];
      cols = r ? filledColumns(r, this.left) : [];
      this.columnsWithValues[i] = cols;
    }
    return within(cols, from, to);
  }

  private findOccupiedRows(): number[] {
    const rows: number[] = [];
    const values = this.grid.values;
    // Empty rows may be holes (a sparse sheet from the xlsx host) or empty arrays.
    const visit = (i: number) => {
      if (values[i] && this.occupiedColumns(this.top + i).length > 0) rows.push(this.top + i);
    };
    if (values.length <= WALKED_LENGTH) for (let i = 0; i < values.length; i++) visit(i);
    else for (const key of Object.keys(values)) visit(Number(key));
    return rows;
  }

  valueCell(row: number, col: number): ValueCell {
    const format = this.grid.numberFormats?.[row - this.top]?.[col - this.left];
    const parsed = this.parsed(row, col);
    const formula = formulaAt(this.grid, row, col) || undefined;
    if (parsed.kind === "number") return new SheetFigureCell(row, col, parsed, formula, format || undefined);
    return new SheetValueCell(row, col, parsed, formula, format || undefined);
  }

  /** Sheet rows that hold anything at all, for quick skipping of empty sheets. */
  hasContent(): boolean {
    for (const r of this.occupiedRows()) if (!this.isBlankRow(r)) return true;
    return false;
  }
}

function hasValue(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && v !== "";
}

/**
 * Up to this length an array is walked index by index (holes read as undefined); beyond it, only
 * its existing indices are listed. A dense row or sheet costs its length either way, without the
 * key strings Object.keys makes; a sheet holding A1 and XFD1048576 still costs two cells, not a
 * million.
 */
const WALKED_LENGTH = 4096;

/** Sheet columns of a row's cells that hold a value, ascending; `left` is the column of index 0. */
function filledColumns(r: readonly (CellValue | undefined)[], left: number): number[] {
  const out: number[] = [];
  if (r.length <= WALKED_LENGTH) {
    for (let i = 0; i < r.length; i++) if (hasValue(r[i])) out.push(left + i);
  } else {
    for (const key of Object.keys(r)) if (hasValue(r[Number(key)])) out.push(left + Number(key));
  }
  return out;
}

/** The part of sorted `xs` in [from, to]: `xs` itself when it lies within (most calls), no copy. */
function within(xs: readonly number[], from: number, to: number): readonly number[] {
  if (xs.length === 0 || (xs[0] >= from && xs[xs.length - 1] <= to)) return xs;
  return xs.slice(firstAtLeast(xs, from), firstAtLeast(xs, to + 1));
}

/** Index of the first element of sorted `xs` that is ≥ `x` (xs.length when none). */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
