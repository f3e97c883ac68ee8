/**
 * The benchmarks' generated workbook: N vastuualue sheets shaped like the sample, tables moved a
 * little on each sheet so recognition cannot lean on fixed coordinates.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { gridsFromText } from "../src/hosts/text";
import { SEED_TEXT, figureSections, writeAreaSheet } from "../scripts/build-sample";

export function benchWorkbook(sheets: number): ExcelJS.Workbook {
  const areas = gridsFromText(fs.readFileSync(SEED_TEXT, "utf8")).map(figureSections);
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < sheets; i++) {
    const source = areas[i % areas.length];
    const name = `Alue ${String(i + 1).padStart(3, "0")}`;
    const rows = [[`${name.toUpperCase()} VASTUUALUE`], ...source.rows.slice(1)];
    writeAreaSheet(wb.addWorksheet(name), { sheet: name, rows }, { row: i % 4, col: (i * 7) % 3 });
  }
  return wb;
}

/**
 * One sheet holding `areas` vastuualue blocks one under another, as a budget book converted from a
 * PDF often is: every finding of the book on a single sheet.
 */
export function oneSheetWorkbook(areas: number, sheet = "Talousarvio"): ExcelJS.Workbook {
  const sources = gridsFromText(fs.readFileSync(SEED_TEXT, "utf8")).map(figureSections);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  let row = 0;
  for (let i = 0; i < areas; i++) {
    const source = sources[i % sources.length];
    const name = `Alue ${String(i + 1).padStart(3, "0")}`;
    const rows = [[`${name.toUpperCase()} VASTUUALUE`], ...source.rows.slice(1)];
    writeAreaSheet(ws, { sheet, rows }, { row, col: 0 });
    // Three blank rows between blocks, as between a book's chapters.
    row += rows.length + 3;
  }
  return wb;
}

/** Writes the generated workbook to `file` and returns its size in bytes. */
export async function writeBenchWorkbook(file: string, sheets: number): Promise<number> {
  await benchWorkbook(sheets).xlsx.writeFile(file);
  return fs.statSync(file).size;
}
