import ExcelJS from "exceljs";

/** An empty ExcelJS workbook, in the browser bundle (see newWorkbook.ts). */
export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}
