import { a1, CellPosition, parseA1 } from "./cell";

/** The four edges of a rectangle of cells, 0-based and inclusive. */
export interface RangePosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of cells on one sheet, as a value with behaviour (after HyperFormula's
 * AbsoluteCellRange): parse `B2:D7` once, then ask it whether it contains a cell or overlaps
 * another range, and write it back as A1. Edges are normalised, so `D7:B2` is `B2:D7`.
 */
export class CellRange implements RangePosition {
  private constructor(
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}

  /** The range spanned by two corners, in any order. */
  static spanning(from: CellPosition, to: CellPosition = from): CellRange {
    return new CellRange(Math.min(from.row, to.row), Math.min(from.col, to.col), Math.max(from.row, to.row), Math.max(from.col, to.col));
  }

  static of(r: RangePosition): CellRange {
    return r instanceof CellRange ? r : CellRange.spanning({ row: r.top, col: r.left }, { row: r.bottom, col: r.right });
  }

  /** `B2`, `B2:D7` or `$B$2:$D$7` (no sheet part); throws on anything else. */
  static parse(text: string): CellRange {
    const [from, to, extra] = text.split(":");
    if (extra !== undefined) throw new Error(`Not an A1 range: ${text}`);
    return CellRange.spanning(parseA1(from), to === undefined ? undefined : parseA1(to));
  }

  /** `parse`, or null for text that is not an A1 range. */
  static tryParse(text: string): CellRange | null {
    try {
      return CellRange.parse(text);
    } catch {
      return null;
    }
  }

  get rows(): number {
    return this.bottom - this.top + 1;
  }

  get columns(): number {
    return this.right - this.left + 1;
  }

  get isCell(): boolean {
    return this.top === this.bottom && this.left === this.right;
  }

  get start(): CellPosition {
    return { row: this.top, col: this.left };
  }

  contains(other: CellPosition | RangePosition): boolean {
    if ("row" in other) return other.row >= this.top && other.row <= this.bottom && other.col >= this.left && other.col <= this.right;
    return other.top >= this.top && other.bottom <= this.bottom && other.left >= this.left && other.right <= this.right;
  }

  /** Whether a row (0-based) crosses the range, whatever the columns. */
  spansRow(row: number): boolean {
    return row >= this.top && row <= this.bottom;
  }

  overlaps(other: RangePosition): boolean {
    return other.top <= this.bottom && other.bottom >= this.top && other.left <= this.right && other.right >= this.left;
  }

  equals(other: RangePosition): boolean {
    return other.top === this.top && other.left === this.left && other.bottom === this.bottom && other.right === this.right;
  }

  /** `B2:D7`, or `B2` when the range is one cell. */
  toA1(): string {
    const start = a1(this.top, this.left);
    return this.isCell ? start : `${start}:${a1(this.bottom, this.right)}`;
  }

  toString(): string {
    return this.toA1();
  }
}
