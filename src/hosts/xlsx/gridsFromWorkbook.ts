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
  const cells: { row: number; col: number; value: CellValue; formula: string | null; numberFormat: string | null }[] = [];
  const merges = new Map<string, Bounds>();
  let used: Bounds | null = null;
  const grow = (r: number, c: number) => {
    if (!used) used = { top: r, left: c, bottom: r, right: c };
    else {
      used.top = Math.min(used.top, r);
      used.left = Math.min(used.left, c);
      used.bottom = Math.max(used.bottom, r);
      used.right = Math.max(used.right, c);
    }
  };

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
      cells.push({ row: r, col: c, value, formula, numberFormat: numberFormatOf(cell) });
      grow(r, c);
    });
  });
  const merged = [...merges.values()]
    .filter((b) => b.bottom > b.top || b.right > b.left)
    .map((b) => {
      grow(b.top, b.left);
      grow(b.bottom, b.right);
      return rangeA1(b.top, b.left, b.bottom, b.right);
    });

  const box = used as Bounds | null;
  if (!box) return { sheet: ws.name, originRow: 0, originCol: 0, values: [], ...(merged.length ? { merged } : {}) };
  const height = box.bottom - box.top + 1;
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  for (const cell of cells) {
    const r = cell.row - box.top;
    const c = cell.col - box.left;
    place(values, r, c, cell.value);
    if (cell.formula !== null) place((formulas ??= []), r, c, cell.formula);
    if (cell.numberFormat !== null) place((numberFormats ??= []), r, c, cell.numberFormat);
  }
  for (const rows of [values, formulas, numberFormats]) if (rows) extend(rows, height);
  const grid: Grid = { sheet: ws.name, originRow: box.top, originCol: box.left, values };
  if (formulas) grid.formulas = formulas;
  if (numberFormats) grid.numberFormats = numberFormats;
  if (merged.length) grid.merged = merged;
  return grid;
}

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
