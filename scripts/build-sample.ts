/**
 * Builds the sample workbook seeds/kemijarvi-elinvoima-2024.xlsx from the founding document
 * (`npm run sample`): one sheet per vastuualue holding its title and the sections with figures —
 * 6. tunnusluvut, 8. määrärahat, 9. käyttötalous and unit blocks — laid out line for line as in
 * the document. Values are kept exactly as written, mistakes included: the checker must find them.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CellValue, Grid } from "../src/core/grid";
import { parseCell } from "../src/core/numbers";
import { gridsFromText } from "../src/hosts/text";

export const SEED_TEXT = path.join(__dirname, "..", "seeds", "kemijarvi-elinvoima-2024.txt");
export const SAMPLE_XLSX = path.join(__dirname, "..", "seeds", "kemijarvi-elinvoima-2024.xlsx");

/** A sheet's content before it is written: rows of raw document cells. */
export interface AreaRows {
  sheet: string;
  rows: CellValue[][];
}

/** The title line, then section 6 (up to section 7), then sections 8 and 9 to the area's end. */
export function figureSections(grid: Grid): AreaRows {
  const label = (r: number) => String(grid.values[r]?.[0] ?? "").trim();
  const find = (prefix: string) => grid.values.findIndex((_, r) => label(r).startsWith(prefix));
  const s6 = find("6. ");
  const s7 = find("7. ");
  const s8 = find("8. ");
  if (s6 < 0 || s7 < s6 || s8 < s7) {
    throw new Error(`${grid.sheet}: sections 6., 7. and 8. not found in order in the founding document`);
  }
  const rows = [grid.values[0], [], ...grid.values.slice(s6, s7), ...grid.values.slice(s8)];
  return { sheet: grid.sheet, rows };
}

export interface Placement {
  /** 0-based sheet row and column of the title cell. */
  row: number;
  col: number;
}

const MONEY = "#,##0";
const YEAR = "0";
const BOLD_LABEL = /^(\d+\. |KÄYTTÖTALOUS$|TOIMINTATUOTOT$|TOIMINTAKULUT$|TOIMINTAKATE|Vastuualue yhteensä$)/i;
const HEADER_TOKEN = /^(TP|TA|TPE|KS|TS|TA\+MUUTOS|MUUTOS|Tunnusluvut)\b/i;

/**
 * Writes the rows as a budget book sheet: figures as numbers in Finnish-looking formats (Excel
 * shows `#,##0` as `1 234 567` and `0.0` as `8,1` in a Finnish locale), markers as text, header
 * rows and totals bold.
 */
export function writeAreaSheet(ws: ExcelJS.Worksheet, area: AreaRows, at: Placement = { row: 0, col: 0 }): void {
  let labelWidth = 20;
  area.rows.forEach((cells, i) => {
    const label = typeof cells[0] === "string" ? cells[0].trim() : "";
    const headerRow = label === "" || HEADER_TOKEN.test(label) || cells.slice(1).some((c) => typeof c === "string" && HEADER_TOKEN.test(c.trim()));
    const bold = i === 0 || BOLD_LABEL.test(label) || (headerRow && cells.length > 1);
    if (cells.length > 1 && label.length > 0) labelWidth = Math.max(labelWidth, Math.min(label.length + 2, 64));
    cells.forEach((raw, c) => {
      if (raw === null || raw === "") return;
      const cell = ws.getCell(at.row + i + 1, at.col + c + 1);
      const parsed = parseCell(raw);
      if (c > 0 && parsed.kind === "number") {
        const n = parsed.value.toNumber();
        cell.value = n;
        // A year in a header's second row must read 2024, not 2 024.
        const isYear = label === "" && Number.isInteger(n) && n >= 1900 && n <= 2100;
        cell.numFmt = isYear ? YEAR : parsed.decimals > 0 ? `#,##0.${"0".repeat(parsed.decimals)}` : MONEY;
      } else {
        cell.value = raw as ExcelJS.CellValue;
      }
      if (bold) cell.font = { bold: true };
      if (c > 0) cell.alignment = { horizontal: "right" };
    });
  });
  ws.getColumn(at.col + 1).width = labelWidth;
  for (let c = 2; c <= 8; c++) ws.getColumn(at.col + c).width = 13;
}

export function buildSampleWorkbook(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Budjettitarkistin";
  // Fixed dates keep regenerations byte-stable where ExcelJS allows.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  for (const grid of gridsFromText(text)) {
    const area = figureSections(grid);
    writeAreaSheet(wb.addWorksheet(area.sheet), area);
  }
  return wb;
}

async function main(): Promise<void> {
  const wb = buildSampleWorkbook(fs.readFileSync(SEED_TEXT, "utf8"));
  await wb.xlsx.writeFile(SAMPLE_XLSX);
  process.stdout.write(`${path.relative(process.cwd(), SAMPLE_XLSX)}: ${wb.worksheets.map((w) => w.name).join(", ")}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`build-sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
