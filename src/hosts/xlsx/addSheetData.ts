import type ExcelJS from "exceljs";
import { SheetCell, SheetData, SpillArea, freeSheetName, spillArea } from "../../core/sheetData";

/**
 * ExcelJS's runtime keeps `shareType` and `ref` on a formula value and writes them as
 * `<f t="array" ref="…">`, but its typings do not declare them.
 */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  shareType: "array";
  ref: string;
}

/**
 * Writes an engine-built sheet (summary, allocation) into a workbook as a new sheet, never over an
 * existing one. Formulas keep the engine's `expected` figure as their cached result so that a
 * reader that does not recalculate (a viewer, ExcelJS itself) still shows the right number;
 * Excel recalculates on open.
 */
export function addSheetData(wb: ExcelJS.Workbook, data: SheetData): string {
  // A malformed spill fails before the sheet exists, so the workbook is left as it was.
  const spills = new Map(data.cells.map((cell) => [cell, spillArea(cell, data.cells)]));
  const name = freeSheetName(data.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  for (const cell of data.cells) {
    const spill = spills.get(cell);
    if (spill) writeSpill(ws, cell, spill);
    else writeCell(ws.getCell(cell.address), cell);
  }
  for (const [letter, width] of Object.entries(data.columnWidths ?? {})) {
    ws.getColumn(letter).width = width;
  }
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return name;
}

function writeCell(target: ExcelJS.Cell, cell: SheetCell): void {
  if (cell.formula) {
    const result = cachedResult(cell.expected);
    target.value = result === undefined
      ? { formula: formulaText(cell.formula) }
      : { formula: formulaText(cell.formula), result };
  } else {
    target.value = cell.value ?? null;
  }
  format(target, cell);
}

/**
 * ExcelJS cannot write a dynamic array, so without this Excel would show only the first figure of
 * a spilled formula. An array formula over the whole range holds every figure; the cells after the
 * first carry their expected value as the array's cached result, as Excel itself stores them.
 */
function writeSpill(ws: ExcelJS.Worksheet, cell: SheetCell, area: SpillArea): void {
  const [first, ...rest] = area.cells;
  const result = cachedResult(cell.expected ?? first.expected);
  const master: ArrayFormulaValue = { formula: formulaText(cell.formula ?? ""), shareType: "array", ref: area.range };
  if (result !== undefined) master.result = result;
  const anchor = ws.getCell(first.address);
  anchor.value = master;
  format(anchor, cell);
  for (const t of rest) {
    const target = ws.getCell(t.address);
    target.value = cachedResult(t.expected) ?? null;
    format(target, cell);
  }
}

function format(target: ExcelJS.Cell, cell: SheetCell): void {
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.bold) target.font = { ...(target.font ?? {}), bold: true };
}

function formulaText(formula: string): string {
  return formula.replace(/^=/, "");
}

function cachedResult(expected: string | undefined): number | string | undefined {
  if (expected === undefined || expected === "") return undefined;
  const n = Number(expected);
  return Number.isFinite(n) ? n : expected;
}
