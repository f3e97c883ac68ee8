import { columnIndex, parseA1, parseRange } from "../../core/address";
import { ChartSpec, SheetCell, SheetData, SpillArea, freeSheetName, spillArea } from "../../core/sheetData";
import { LocalizedError } from "../../i18n/localizedError";

export interface WrittenSheet {
  name: string;
  id: string;
}

/**
 * Adds a new sheet under a free name and writes the data into it, in two syncs (names, then
 * everything else). Every write goes through the new sheet's own object, so no other sheet can
 * be touched.
 */
export async function writeNewSheet(context: Excel.RequestContext, data: SheetData): Promise<WrittenSheet> {
  const spills = validate(data);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const name = freeSheetName(data.name, worksheets.items.map((s) => s.name));
  const sheet = worksheets.add(name);
  sheet.load("id");
  writeInto(sheet, data, spills);
  await context.sync();
  return { name, id: sheet.id };
}

/**
 * Writes the data again into a sheet the add-in created before (found by its id, which the
 * caller took from the add-in's own record): its contents and charts are cleared first, its name
 * kept. Three syncs: find the sheet, load its charts and used range, clear and write.
 */
export async function rewriteSheet(context: Excel.RequestContext, sheetId: string, data: SheetData): Promise<WrittenSheet> {
  const spills = validate(data);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const sheet = worksheets.items.find((s) => s.id === sheetId);
  if (!sheet) throw new LocalizedError("error.host.createdSheetGone");
  const used = sheet.getUsedRangeOrNullObject();
  sheet.charts.load("items");
  await context.sync();
  // Excel runs queued commands in order: the clearing and the new contents go in one sync.
  for (const chart of sheet.charts.items) chart.delete();
  if (!used.isNullObject) used.clear();
  writeInto(sheet, data, spills);
  await context.sync();
  return { name: sheet.name, id: sheetId };
}

/** A bad address, spill or chart range fails before anything is written. */
function validate(data: SheetData): Map<SheetCell, SpillArea | null> {
  for (const cell of data.cells) parseA1(cell.address);
  for (const chart of data.charts ?? []) {
    parseRange(chart.source);
    parseRange(chart.placement);
  }
  return new Map(data.cells.map((cell) => [cell, spillArea(cell, data.cells)]));
}

function writeInto(sheet: Excel.Worksheet, data: SheetData, spills: Map<SheetCell, SpillArea | null>): void {
  for (const cell of data.cells) {
    const spill = spills.get(cell);
    if (spill) formatSpill(sheet.getRange(spill.range), spill, cell);
    writeCell(sheet.getRange(cell.address), cell);
  }
  for (const [column, chars] of Object.entries(data.columnWidths ?? {})) {
    columnIndex(column); // validates the letters
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(chars);
  }
  for (const chart of data.charts ?? []) addChart(sheet, chart);
  sheet.activate();
  sheet.getRange("A1").select();
}

/** A clustered column chart, series by column (the first row names them), placed over `placement`. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(spec.source), "Columns");
  chart.title.text = spec.title;
  const [start, end] = spec.placement.split(":");
  chart.setPosition(start, end ?? start);
}

function writeCell(range: Excel.Range, cell: SheetCell): void {
  if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
  if (cell.formula) range.formulas = [[cell.formula]];
  else if (cell.value !== undefined && cell.value !== null) range.values = [[asExcelInput(cell.value)]];
  if (cell.bold) range.format.font.bold = true;
}

/**
 * Excel fills a spill range itself; writing anything into it but the formula's own cell would
 * block the spill (#SPILL!). Only the format is set, so the spilled figures look like the first.
 */
function formatSpill(range: Excel.Range, area: SpillArea, cell: SheetCell): void {
  const numberFormat = cell.numberFormat;
  if (numberFormat) range.numberFormat = Array.from({ length: area.rows }, () => Array<string>(area.columns).fill(numberFormat));
  if (cell.bold) range.format.font.bold = true;
}

/**
 * `range.values` parses text the way typing does: "=…" becomes a formula and "2024" a number.
 * A leading apostrophe keeps such a label as the text it is.
 */
export function asExcelInput(value: string | number): string | number {
  if (typeof value === "number") return value;
  return /^[=+\-@]/.test(value) || /^\s*[-+]?[\d\s.,:/]*\d[\d\s.,:/]*\s*%?\s*$/.test(value) ? `'${value}` : value;
}

/** Excel measures `columnWidth` in points; a character of the default font is 7 px plus 5 px padding. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
