// Browser-safe part of the xlsx host; Node file access lives in ./node.
export { gridsFromWorkbook, gridFromWorksheet, cellValueOf } from "./gridsFromWorkbook";
export { loadXlsxBuffer, loadWorkbookBuffer } from "./loadXlsxBuffer";
export { addSheetData } from "./addSheetData";
export { XlsxReadError, sniffContainer } from "./errors";
export { XLSX_LIMITS } from "./inspect";
export type { XlsxReadReason } from "./errors";
/** The workbook the CLI holds between reading IN and writing OUT, without importing ExcelJS itself. */
export type { Workbook as XlsxWorkbook } from "exceljs";
