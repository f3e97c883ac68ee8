import { CellValue, Grid, cellAt, gridColCount } from "../grid";
import { ParsedCell, normaliseSpaces, parseCell } from "../numbers";
import { SheetFigureCell, SheetValueCell } from "./sheetValueCell";
import { ValueCell } from "../model";
import { CellText, cellTextOf } from "./cellText";
import { modelSlots } from "./modelSlots";
import { isYearNumber } from "./yearNumber";

const EMPTY: ParsedCell = { kind: "empty" };

/**
 * What a cell holds, as recognition asks it, in one byte. Ordered so that a cell has content
 * exactly when its kind is at least NUMBER.
 */
export type CellKind = 0 | 1 | 2 | 3 | 4 | 5;
/** No value at all (null, a hole, ''). */
export const ABSENT = 0;
/** Filled, but with spaces only: empty once read. */
export const BLANK = 1;
export const NUMBER = 2;
export const TEXT = 3;
/** `sis. joht.`, `x`, `-`: no figure on purpose. */
export const MARKER = 4;
export const ERROR = 5;

/**
 * The kind of a parse. A switch, not a table indexed by the kind's name: asked of every text cell
 * of every scan, and a lookup keyed by a string that varies is a megamorphic load (a stub cache
 * probe each time) where these comparisons are of interned strings.
 */
function kindOfParse(kind: ParsedCell["kind"]): CellKind {
  switch (kind) {
    case "text":
      return TEXT;
    case "number":
      return NUMBER;
    case "marker":
      return MARKER;
    case "empty":
      return BLANK;
    case "error":
      return ERROR;
  }
}

/** The kind of a raw value: numbers and absent cells without a parse, texts by their (shared) parse. */
function kindOf(v: CellValue | undefined): CellKind {
  if (typeof v === "number") return Number.isFinite(v) ? NUMBER : ERROR;
  if (v === null || v === undefined || v === "") return ABSENT;
  if (typeof v === "string") return kindOfParse(cellTextOf(v).parsed.kind);
  return kindOfParse(parseCell(v).kind);
}

/**
 * A sheet whose bounding box holds at most this many cells is scanned once into one byte per
 * cell; a larger one (a sheet holding A1 and XFD1048576) is read cell by cell from its values,
 * costing its filled cells, not its box.
 */
const DENSE_CELLS = 1 << 21;
/** Nor a sheet of more rows than this: the scan walks every row of the box, holes included. */
const DENSE_ROWS = 1 << 16;

/**
 * Read-only view of one grid in sheet coordinates. Recognition looks at the same cells many times
 * while it searches for headers and labels: the sheet is scanned once into the kind of every cell
 * (typed arrays, no object per cell), and its texts are read through their shared parse.
 */
export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly values: CellValue[][];
  private readonly width: number;
  /** Kind of every cell of the box, row-major; undefined for a sheet too sparse for one (DENSE_CELLS). */
  private readonly kinds: Uint8Array | undefined;
  /** Filled cells of each row offset (dense sheets). */
  private readonly counts: Int32Array | undefined;
  /**
   * Dense sheets holding text: the record of each text cell, in scan order, and where each cell's
   * record is in that list (plus one; 0 for no text). A list as long as the box held a slot per
   * cell, figures and holes included, on every sheet of every check.
   */
  private texts: CellText[] | undefined;
  private textSlots: Int32Array | undefined;
  /** Where each of `texts` stands (its box index), so that a walk over the texts steps over no other cell. */
  private textCells: number[] | undefined;
  /**
   * Dense sheets: per row offset, one past the box column of the last cell a header search must
   * read (lastHeaderCandidate); 0 for none.
   */
  private readonly reaches: Int32Array | undefined;
  private rowsWithValues: number[] | undefined;
  private contentful = false;
  // Sparse sheets only: filled columns per row offset, found when first asked (holes stay holes).
  private readonly columnsWithValues: (number[] | undefined)[] = [];

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.values = grid.values;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.width = gridColCount(grid);
    this.bottom = grid.originRow + grid.values.length - 1;
    this.right = grid.originCol + Math.max(this.width, 1) - 1;
    if (this.values.length * this.width <= DENSE_CELLS && this.values.length <= DENSE_ROWS) {
      this.kinds = new Uint8Array(this.values.length * this.width);
      this.counts = new Int32Array(this.values.length);
      this.reaches = new Int32Array(this.values.length);
      this.scan(this.kinds, this.counts, this.reaches);
    }
  }

  private scan(kinds: Uint8Array, counts: Int32Array, reaches: Int32Array): void {
    // Made at its most (every row filled) and cut to the rows found: pushing grows it several
    // times over on every sheet.
    const rows = new Array<number>(this.values.length);
    let filledRows = 0;
    // Texts too: most sheets hold about one a row (its label), so a list made a row long grows little if at all.
    let texts: CellText[] | undefined;
    let textCells: number[] | undefined;
    let textCount = 0;
    const values = this.values;
    const w = this.width;
    for (let i = 0; i < values.length; i++) {
      const r = values[i];
      if (!r) continue;
      let count = 0;
      let reach = 0;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        let k: CellKind;
        // Most cells hold figures, then labels.
        if (typeof v === "number") {
          k = Number.isFinite(v) ? NUMBER : ERROR;
          if (k !== NUMBER || isYearNumber(v)) reach = j + 1;
        } else if (typeof v === "string") {
          if (v === "") continue;
          const t = cellTextOf(v);
          (textCells ??= new Array<number>(values.length))[textCount] = i * w + j;
          (texts ??= new Array<CellText>(values.length))[textCount++] = t;
          (this.textSlots ??= new Int32Array(kinds.length))[i * w + j] = textCount;
          k = kindOfParse(t.parsed.kind);
          reach = j + 1;
        } else {
          k = kindOf(v);
          if (k === ABSENT) continue;
          reach = j + 1;
        }
        kinds[i * w + j] = k;
        count++;
        if (k >= NUMBER) this.contentful = true;
      }
      counts[i] = count;
      reaches[i] = reach;
      if (count > 0) rows[filledRows++] = this.top + i;
    }
    rows.length = filledRows;
    this.rowsWithValues = rows;
    if (texts && textCells) {
      texts.length = textCount;
      textCells.length = textCount;
      this.texts = texts;
      this.textCells = textCells;
    }
  }

  raw(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col);
  }

  /** What the cell holds (ABSENT outside the sheet), without making its parse. */
  kind(row: number, col: number): CellKind {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.values.length) return ABSENT;
    if (this.kinds) return c < this.width ? (this.kinds[r * this.width + c] as CellKind) : ABSENT;
    const values = this.values[r];
    return values ? kindOf(values[c]) : ABSENT;
  }

  /**
   * The figure the cell stores as a number (not as text); undefined for any other cell. Asked of
   * every filled cell a header search passes: a stored figure answers from the scan's kind.
   */
  storedNumber(row: number, col: number): number | undefined {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.values.length) return undefined;
    // Texts, markers and empty cells answer from their kind, without their value read.
    if (this.kinds && (c >= this.width || this.kinds[r * this.width + c] !== NUMBER)) return undefined;
    const v = this.values[r]?.[c];
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  }

  /**
   * Calls `visit` with every text cell (a cell holding a string with content), top to bottom and
   * left to right: dense sheets from the scan's list of texts and their places, with no step over
   * their figures or holes.
   */
  eachText(visit: (row: number, col: number, text: CellText) => void): void {
    if (this.kinds) {
      const texts = this.texts;
      const cells = this.textCells;
      if (!texts || !cells) return;
      const w = this.width;
      for (let i = 0; i < texts.length; i++) {
        const at = cells[i];
        const r = (at / w) | 0;
        visit(this.top + r, this.left + at - r * w, texts[i]);
      }
      return;
    }
    for (const r of this.occupiedRows()) {
      for (let c = this.nextOccupied(r, this.left); c >= 0; c = this.nextOccupied(r, c + 1)) {
        const t = this.cellText(r, c);
        if (t) visit(r, c, t);
      }
    }
  }

  /** The record of the cell's text; undefined for a cell that holds no text (a figure stored as a number, a boolean, nothing). */
  cellText(row: number, col: number): CellText | undefined {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.values.length) return undefined;
    if (this.kinds) return c < this.width ? this.textOfSlot(r * this.width + c) : undefined;
    const v = this.values[r]?.[c];
    return typeof v === "string" && v !== "" ? cellTextOf(v) : undefined;
  }

  isFigure(row: number, col: number): boolean {
    return this.kind(row, col) === NUMBER;
  }

  parsed(row: number, col: number): ParsedCell {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.values.length) return EMPTY;
    const v = this.values[r]?.[c];
    if (v === undefined || v === null) return EMPTY;
    return typeof v === "string" && v !== "" ? this.textAt(r, c, v).parsed : parseCell(v);
  }

  /** The record of a text cell found in the scan (dense sheets), else looked up. */
  private textAt(r: number, c: number, v: string): CellText {
    return this.textOfSlot(r * this.width + c) ?? cellTextOf(v);
  }

  /** The record the scan found at a box index, if it found text there. */
  private textOfSlot(i: number): CellText | undefined {
    const slot = this.textSlots?.[i];
    return slot ? (this.texts as CellText[])[slot - 1] : undefined;
  }

  /** The cell as trimmed text ('' for empty and errors); numbers as written by String(). */
  text(row: number, col: number): string {
    const k = this.kind(row, col);
    if (k < NUMBER || k === ERROR) return "";
    const v = this.raw(row, col);
    if (k === NUMBER) return typeof v === "string" ? normaliseSpaces(v) : String(v);
    // A text's parse is shared by every cell holding it: no new string.
    const p = typeof v === "string" ? this.textAt(row - this.top, col - this.left, v).parsed : parseCell(v);
    return p.kind === "text" ? p.text : p.kind === "marker" ? p.marker : "";
  }

  isEmpty(row: number, col: number): boolean {
    return this.kind(row, col) <= BLANK;
  }

  /** True when the row has no content in [left, right]. Costs the row's filled cells or the range, not the sheet's width. */
  isBlankRow(row: number, left = this.left, right = this.right): boolean {
    const i = row - this.top;
    if (i < 0 || i >= this.values.length) return true;
    if (this.kinds && this.counts) {
      if (this.counts[i] === 0) return true;
      const base = i * this.width;
      const to = Math.min(right - this.left, this.width - 1);
      for (let j = Math.max(left - this.left, 0); j <= to; j++) if (this.kinds[base + j] >= NUMBER) return false;
      return true;
    }
    for (let c = this.nextOccupied(row, left); c >= 0 && c <= right; c = this.nextOccupied(row, c + 1)) {
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

  /**
   * The first column at or right of `col` whose cell in `row` holds a value; -1 when none. Walks a
   * row's filled cells without a list: `for (let c = v.nextOccupied(r, from); c >= 0 && c <= to; c = v.nextOccupied(r, c + 1))`.
   */
  nextOccupied(row: number, col: number): number {
    const i = row - this.top;
    if (i < 0 || i >= this.values.length) return -1;
    if (this.kinds && this.counts) {
      if (this.counts[i] === 0) return -1;
      const base = i * this.width;
      for (let j = Math.max(col - this.left, 0); j < this.width; j++) if (this.kinds[base + j] !== ABSENT) return this.left + j;
      return -1;
    }
    const cols = this.filledColumnsOf(i);
    const k = firstAtLeast(cols, col);
    return k < cols.length ? cols[k] : -1;
  }

  /**
   * The rightmost column of the row whose cell a header search must read: anything but a stored
   * figure that is no year (a text, a marker, a year, an error). Right of it stand only such
   * figures, or nothing; -1 when the whole row is such. A sparse sheet, never scanned, answers its
   * right edge.
   */
  lastHeaderCandidate(row: number): number {
    if (!this.reaches) return this.right;
    const i = row - this.top;
    if (i < 0 || i >= this.values.length) return -1;
    const reach = this.reaches[i];
    return reach === 0 ? -1 : this.left + reach - 1;
  }

  /** How many cells of the row hold a value. */
  occupiedCount(row: number): number {
    const i = row - this.top;
    if (i < 0 || i >= this.values.length) return 0;
    return this.counts ? this.counts[i] : this.filledColumnsOf(i).length;
  }

  /** Columns in [from, to] of one row that hold a value, left to right. */
  occupiedColumns(row: number, from = this.left, to = this.right): readonly number[] {
    const out: number[] = [];
    for (let c = this.nextOccupied(row, from); c >= 0 && c <= to; c = this.nextOccupied(row, c + 1)) out.push(c);
    return out;
  }

  private filledColumnsOf(i: number): number[] {
    let cols = this.columnsWithValues[i];
    if (!cols) {
      const r = this.values[i];
      cols = r ? filledColumns(r, this.left) : [];
      this.columnsWithValues[i] = cols;
    }
    return cols;
  }

  private findOccupiedRows(): number[] {
    const rows: number[] = [];
    const values = this.values;
    // Empty rows may be holes (a sparse sheet from the xlsx host) or empty arrays.
    const visit = (i: number) => {
      if (!values[i]) return;
      const cols = this.filledColumnsOf(i);
      if (cols.length === 0) return;
      rows.push(this.top + i);
      if (!this.contentful) for (const c of cols) if (!this.isEmpty(this.top + i, c)) this.contentful = true;
    };
    if (values.length <= WALKED_LENGTH) for (let i = 0; i < values.length; i++) visit(i);
    else for (const key of Object.keys(values)) visit(Number(key));
    return rows;
  }

  valueCell(row: number, col: number): ValueCell {
    const r = row - this.top;
    return this.cellOf(row, col, this.values[r], this.grid.formulas?.[r], this.grid.numberFormats?.[r]);
  }

  /** The value cells of one row under the given columns, its arrays of values, formulas and formats found once. */
  valueCells(row: number, columns: readonly { col: number }[]): ValueCell[] {
    const r = row - this.top;
    const values = this.values[r];
    const formulas = this.grid.formulas?.[r];
    const formats = this.grid.numberFormats?.[r];
    const cells = modelSlots<ValueCell>(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = this.cellOf(row, columns[i].col, values, formulas, formats);
    return cells;
  }

  private cellOf(
    row: number,
    col: number,
    values: readonly CellValue[] | undefined,
    formulas: readonly (string | null)[] | undefined,
    formats: readonly (string | null)[] | undefined,
  ): ValueCell {
    const c = col - this.left;
    // Outside the sheet (a label column left of the grid) there is nothing.
    const inside = c >= 0 && row >= this.top;
    const format = (inside && formats?.[c]) || undefined;
    const formula = (inside && formulas?.[c]) || undefined;
    const raw = inside ? values?.[c] : undefined;
    // A stored number becomes its value cell directly, with no parse object between.
    if (typeof raw === "number" && Number.isFinite(raw)) return SheetFigureCell.ofNumber(row, col, raw, formula, format);
    // A text (a marker such as `x` or `sis. joht.`, a figure written as text) was parsed by the
    // scan: its record is found by position, not looked up again by the text.
    const parsed =
      raw === null || raw === undefined ? EMPTY : typeof raw === "string" && raw !== "" ? this.textAt(row - this.top, c, raw).parsed : parseCell(raw);
    if (parsed.kind === "number") return SheetFigureCell.ofParse(row, col, parsed, formula, format);
    return SheetValueCell.of(row, col, parsed, formula, format);
  }

  /** Whether any cell holds content, for quick skipping of empty sheets. */
  hasContent(): boolean {
    this.occupiedRows();
    return this.contentful;
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
