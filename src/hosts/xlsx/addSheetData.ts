import type ExcelJS from "exceljs";
import { SheetData, freeSheetName } from "../../core/sheetData";

/**
 * Writes an engine-built sheet (summary, allocation) into a workbook as a new sheet, never over an
 * existing one. Formulas keep the engine's `expected` figure as their cached result so that a
 * reader that does not recalculate (a viewer, ExcelJS itself) still shows the right number;
 * Excel recalculates on open.
 */
export function addSheetData(wb: ExcelJS.Workbook, data: SheetData): string {
  const name = freeSheetName(data.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  for (const cell of data.cells) {
    const target = ws.getCell(cell.address);
    if (cell.formula) {
      const result = cachedResult(cell.expected);
      target.value = result === undefined
        ? { formula: cell.formula.replace(/^=/, "") }
        : { formula: cell.formula.replace(/^=/, ""), result };
    } else {
      target.value = cell.value ?? null;
    }
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold) target.font = { ...(target.font ?? {}), bold: true };
  }
  for (const [letter, width] of Object.entries(data.columnWidths ?? {})) {
    ws.getColumn(letter).width = width;
  }
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return name;
}

function cachedResult(expected: string | undefined): number | string | undefined {
  if (expected === undefined || expected === "") return undefined;
  const n = Number(expected);
  return Number.isFinite(n) ? n : expected;
}
