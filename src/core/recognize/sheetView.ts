import { CellValue, Grid, cellAt, formulaAt, gridColCount } from "../grid";
import { ParsedCell, normaliseSpaces, parseCell } from "../numbers";
import { a1 } from "../address";
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

  /** True when the row has no content in [left, right]. */
  isBlankRow(row: number, left = this.left, right = this.right): boolean {
    const r = this.grid.values[row - this.top];
    if (!r) return true;
    for (let c = Math.max(left, this.left); c <= right; c++) {
      if (!this.isEmpty(row, c)) return false;
    }
    return true;
  }

  valueCell(row: number, col: number): ValueCell {
    const parsed = this.parsed(row, col);
    const formula = formulaAt(this.grid, row, col);
    const cell: ValueCell = {
      cell: a1(row, col),
      row,
      col,
      parsed,
      value: parsed.kind === "number" ? parsed.value : null,
    };
    if (formula) cell.formula = formula;
    const format = this.grid.numberFormats?.[row - this.top]?.[col - this.left];
    if (format) cell.numberFormat = format;
    return cell;
  }

  /** Sheet rows that hold anything at all, for quick skipping of empty sheets. */
  hasContent(): boolean {
    for (let r = this.top; r <= this.bottom; r++) if (!this.isBlankRow(r)) return true;
    return false;
  }
}
