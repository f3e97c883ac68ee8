import { columnIndex, parseA1 } from "../../core/address";
import { SheetCell, SheetData, SpillArea, freeSheetName, spillArea } from "../../core/sheetData";

/**
 * Adds a new sheet under a free name and writes the data into it, in two syncs (names, then
 * everything else). Every write goes through the new sheet's own object, so no other sheet can
 * be touched.
 */
export async function writeNewSheet(context: Excel.RequestContext, data: SheetData): Promise<string> {
  // A bad address or spill fails before the sheet is added.
  for (const cell of data.cells) parseA1(cell.address);
  const spills = new Map(data.cells.map((cell) => [cell, spillArea(cell, data.cells)]));
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const name = freeSheetName(data.name, worksheets.items.map((s) => s.name));
  const sheet = worksheets.add(name);
  for (const cell of data.cells) {
    const spill = spills.get(cell);
    if (spill) formatSpill(sheet.getRange(spill.range), spill, cell);
    writeCell(sheet.getRange(cell.address), cell);
  }
  for (const [column, chars] of Object.entries(data.columnWidths ?? {})) {
    columnIndex(column); // validates the letters
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(chars);
  }
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return name;
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
