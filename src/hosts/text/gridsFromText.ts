import { CellValue, Grid } from "../../core/grid";
import { freeSheetName } from "../../core/sheetData";
import { excelSheetName, sectionTitle } from "./sections";

export interface TextOptions {
  /** Sheet name used when the text has no vastuualue title line at all (e.g. the file's name). */
  fallbackSheetName?: string;
}

/**
 * Reads the founding document's text format: one grid per vastuualue, each line one row,
 * tab-separated cells as the raw strings (the engine parses Finnish number text itself).
 *
 * The section's title line is row 1 of its sheet and empty lines stay as empty rows, so a row
 * number on the sheet is the line's offset from the title. Lines before the first title (the
 * document's own heading: municipality, division, plan year) are dropped: they name no area and
 * would otherwise be read as the first area's title. Text with no title line at all becomes one
 * sheet holding every line.
 */
export function gridsFromText(text: string, options: TextOptions = {}): Grid[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const sections: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    const title = sectionTitle(line);
    if (title) sections.push({ name: title, lines: [line] });
    else if (sections.length > 0) sections[sections.length - 1].lines.push(line);
  }
  if (sections.length === 0) {
    sections.push({ name: options.fallbackSheetName ?? "Taulukko1", lines });
  }
  const taken: string[] = [];
  return sections.map((s) => ({
    sheet: takeName(excelSheetName(s.name), taken),
    originRow: 0,
    originCol: 0,
    values: trimTrailingEmpty(s.lines).map(rowOf),
  }));
}

/**
 * How many cells the text would make (each non-blank line one, each tab one more), counted
 * without splitting: a file of one long line of tabs would otherwise be split into millions of
 * strings before anyone could refuse it.
 */
export function textCellCount(text: string): number {
  let cells = 0;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) cells++;
    else if (c === 10 || c === 13) {
      if (lineHasText) cells++;
      lineHasText = false;
    } else if (c !== 32) lineHasText = true;
  }
  return lineHasText ? cells + 1 : cells;
}

function rowOf(line: string): CellValue[] {
  if (line.trim() === "") return [];
  const cells: CellValue[] = line.split("\t").map((c) => (c.trim() === "" ? null : c));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

// Blank lines after a section's last table are the gap before the next title, not content.
function trimTrailingEmpty(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && lines[end - 1].trim() === "") end--;
  return lines.slice(0, end);
}

// Two areas with the same title would collide as sheet names.
function takeName(name: string, taken: string[]): string {
  const free = freeSheetName(name, taken);
  taken.push(free);
  return free;
}
