/**
 * The benchmarks' generated workbook: N vastuualue sheets shaped like the sample, tables moved a
 * little on each sheet so recognition cannot lean on fixed coordinates.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { gridsFromText } from "../src/hosts/text";
import { AreaRows, SEED_TEXT, figureSections, writeAreaSheet } from "../scripts/build-sample";
import { stampZipEntries } from "./zipDates";

/**
 * The date written into every generated book (its properties and its zip entries) instead of the
 * time of writing, so the same call writes the same bytes and two runs' books can be compared.
 */
const WRITTEN = new Date(Date.UTC(2024, 0, 1));

/** An empty workbook dated WRITTEN (ExcelJS dates a new one now). */
function datedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = WRITTEN;
  wb.modified = WRITTEN;
  return wb;
}

export function benchWorkbook(sheets: number): ExcelJS.Workbook {
  const seed = seedAreas();
  const wb = datedWorkbook();
  for (let i = 0; i < sheets; i++) {
    const area = areaBlock(seed, i);
    writeAreaSheet(wb.addWorksheet(area.sheet), area, { row: i % 4, col: (i * 7) % 3 });
  }
  return wb;
}

/** The sample's vastuualue blocks, with their figures. */
function seedAreas(): AreaRows[] {
  return gridsFromText(fs.readFileSync(SEED_TEXT, "utf8")).map(figureSections);
}

/** Area `i` (from 0): the sample's blocks in turn, each named for its own sheet (`Alue 001`). */
function areaBlock(seed: readonly AreaRows[], i: number): AreaRows {
  const name = `Alue ${String(i + 1).padStart(3, "0")}`;
  return { sheet: name, rows: [[`${name.toUpperCase()} VASTUUALUE`], ...seed[i % seed.length].rows.slice(1)] };
}

/**
 * One sheet holding `areas` vastuualue blocks one under another, as a budget book converted from a
 * PDF often is: every finding of the book on a single sheet.
 */
export function oneSheetWorkbook(areas: number, sheet = "Talousarvio"): ExcelJS.Workbook {
  const seed = seedAreas();
  const wb = datedWorkbook();
  const ws = wb.addWorksheet(sheet);
  let row = 0;
  for (let i = 0; i < areas; i++) {
    const { rows } = areaBlock(seed, i);
    writeAreaSheet(ws, { sheet, rows }, { row, col: 0 });
    // Three blank rows between blocks, as between a book's chapters.
    row += rows.length + 3;
  }
  return wb;
}

/** Writes the generated workbook to `file` and returns its size in bytes. */
export async function writeBenchWorkbook(file: string, sheets: number): Promise<number> {
  const bytes = stampZipEntries(Buffer.from(await benchWorkbook(sheets).xlsx.writeBuffer()), WRITTEN);
  fs.writeFileSync(file, bytes);
  return bytes.length;
}
