import type ExcelJS from "exceljs";
import { CellValue, Grid } from "../../core/grid";
import { rangeA1 } from "../../core/address";

/**
 * ExcelJS workbook → the engine's grids. Browser-safe (no Node APIs): the demo imports it.
 * A formula cell contributes its cached result as the value and `=formula` as its formula, so a
 * workbook saved by Excel is checked as the user saw it.
 */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridFromWorksheet);
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const merges = new Map<string, Bounds>();
  // Cells are placed as they are read, from the first one kept: no record per cell waits for the
  // sheet's box. Rows come top to bottom, so only a cell left of that one (a title right of the
  // labels) or a merged area moves the origin. From the first cell left of it on, cells are kept
  // as records and placed once the box is known: moving at each such cell would place the sheet
  // again for each (a staircase of rows, each starting further left, took minutes).
  let placed: Placement | undefined;
  let later: Kept[] | undefined;
  let laterLeft = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.isMerged) trackMerge(merges, cell.master.address, r, c);
      // Excel shows a merged area's value in its top-left cell only; the others are empty.
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellValueOf(cell);
      const formula = formulaOf(cell);
      if (value === null && formula === null) return;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
      if (!placed) placed = new Placement(r, c);
      else if (later || c < placed.left) {
        (later ??= []).push({ r, c, value, formula, numberFormat: numberFormatOf(cell) });
        if (c < laterLeft) laterLeft = c;
        return;
      }
      placed.put(r, c, value, formula, numberFormatOf(cell));
    });
  });
  let top = placed ? placed.top : Number.POSITIVE_INFINITY;
  let left = placed ? Math.min(placed.left, laterLeft) : Number.POSITIVE_INFINITY;
  const merged = [...merges.values()]
    .filter((b) => b.bottom > b.top || b.right > b.left)
    .map((b) => {
      top = Math.min(top, b.top);
      left = Math.min(left, b.left);
      bottom = Math.max(bottom, b.bottom);
      right = Math.max(right, b.right);
      return rangeA1(b.top, b.left, b.bottom, b.right);
    });

  if (bottom < 0) return { sheet: ws.name, originRow: 0, originCol: 0, values: [], ...(merged.length ? { merged } : {}) };
  if (!placed) placed = new Placement(top, left);
  else if (top < placed.top || left < placed.left) placed = placed.movedTo(top, left);
  if (later) for (const k of later) placed.put(k.r, k.c, k.value, k.formula, k.numberFormat);
  const height = bottom - top + 1;
  const { values, formulas, numberFormats } = placed;
  for (const rows of [values, formulas, numberFormats]) if (rows) extend(rows, height);
  const grid: Grid = { sheet: ws.name, originRow: top, originCol: left, values };
  if (formulas) grid.formulas = formulas;
  if (numberFormats) grid.numberFormats = numberFormats;
  if (merged.length) grid.merged = merged;
  return grid;
}

/** A cell read after the origin had to move, placed once the sheet's box is known. */
interface Kept {
  r: number;
  c: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** A sheet's cells placed from an origin (the top-left of what is placed), in the order they are read. */
class Placement {
  readonly values: CellValue[][] = [];
  formulas: (string | null)[][] | undefined;
  numberFormats: (string | null)[][] | undefined;

  constructor(
    readonly top: number,
    readonly left: number,
  ) {}

  put(r: number, c: number, value: CellValue, formula: string | null, numberFormat: string | null): void {
    const i = r - this.top;
    const j = c - this.left;
    place(this.values, i, j, value);
    if (formula !== null) place((this.formulas ??= []), i, j, formula);
    if (numberFormat !== null) place((this.numberFormats ??= []), i, j, numberFormat);
  }

  /**
   * The same cells placed from another origin, again in reading order: the very arrays placing
   * them there from the start gives (holes and filled gaps alike). A cell kept has a value or a
   * formula; an empty value with no formula is a gap filled in, or a hole.
   */
  movedTo(top: number, left: number): Placement {
    const moved = new Placement(top, left);
    for (const i of indicesOf(this.values)) {
      const row = this.values[i];
      const formulas = this.formulas?.[i];
      const formats = this.numberFormats?.[i];
      for (const j of indicesOf(row)) {
        const value = row[j] ?? null;
        const formula = formulas?.[j] ?? null;
        if (value === null && formula === null) continue;
        moved.put(this.top + i, this.left + j, value, formula, formats?.[j] ?? null);
      }
    }
    return moved;
  }
}

/** The indices an array holds, ascending: walked one by one when short, else only those it has (a sheet's far cell leaves holes). */
function indicesOf(xs: readonly unknown[]): number[] {
  if (xs.length > WALKED_LENGTH) return Object.keys(xs).map(Number);
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (i in xs) out.push(i);
  return out;
}

const WALKED_LENGTH = 4096;

/**
 * A sheet costs its filled cells, not its bounding box: a gap of more than GAP empty rows (or
 * columns within a row) is left as a hole in the array instead of being filled with empty rows
 * and nulls. Ordinary sheets have no such gaps and keep their dense shape.
 */
const GAP = 64;

function place<T>(rows: (T | null)[][], r: number, c: number, value: T): void {
  if (r - rows.length <= GAP) while (rows.length < r) rows.push([]);
  const row = (rows[r] ??= []);
  if (c - row.length <= GAP) while (row.length < c) row.push(null);
  row[c] = value;
}

function extend<T>(rows: T[][], height: number): void {
  if (height - rows.length <= GAP) while (rows.length < height) rows.push([]);
  else rows.length = height;
}

function trackMerge(merges: Map<string, Bounds>, master: string, r: number, c: number): void {
  const b = merges.get(master);
  if (!b) merges.set(master, { top: r, left: c, bottom: r, right: c });
  else {
    b.top = Math.min(b.top, r);
    b.left = Math.min(b.left, c);
    b.bottom = Math.max(b.bottom, r);
    b.right = Math.max(b.right, c);
  }
}

// ExcelJS's ValueType numbers; kept local so this file needs only the type import of ExcelJS.
const NULL = 0, MERGE = 1, NUMBER = 2, STRING = 3, DATE = 4, HYPERLINK = 5, FORMULA = 6,
  SHARED_STRING = 7, RICH_TEXT = 8, BOOLEAN = 9, ERROR = 10;

export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  switch (cell.type as number) {
    case NULL:
    case MERGE:
      return null;
    case NUMBER:
      return v as number;
    case STRING:
    case SHARED_STRING:
      return typeof v === "string" ? v : plainText(v);
    case DATE:
      return isoDate(v as Date);
    case HYPERLINK:
      return plainText((v as { text: unknown }).text);
    case FORMULA:
      return resultValue((v as { result?: unknown }).result);
    case RICH_TEXT:
      return plainText(v);
    case BOOLEAN:
      return v as boolean;
    case ERROR:
      return { error: String((v as { error: unknown }).error) };
    default:
      return plainText(v);
  }
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if ((cell.type as number) !== FORMULA) return null;
  // `cell.formula` also slides a shared formula from its master cell to this one.
  const text = cell.formula;
  if (!text) return null;
  return text.startsWith("=") ? text : `=${text}`;
}

/**
 * The format code of a figure, which tells how many decimals the user sees: `155` stored under
 * `0.0` is shown and checked as `155,0`. General is left out (null): it shows the value as is.
 */
function numberFormatOf(cell: ExcelJS.Cell): string | null {
  const code = cell.numFmt;
  if (!code || code.toLowerCase() === "general") return null;
  return code;
}

/** A formula's cached result as the engine's value; a never-calculated formula has none. */
function resultValue(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "boolean" || typeof result === "string") return result;
  if (result instanceof Date) return isoDate(result);
  if (typeof result === "object" && "error" in result) return { error: String((result as { error: unknown }).error) };
  return plainText(result);
}

function plainText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((run) => run.text ?? "").join("");
    if (o.text !== undefined) return plainText(o.text);
  }
  return String(v);
}

/** ExcelJS gives dates as UTC instants; a whole day is shown as `2024-12-31`. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}
