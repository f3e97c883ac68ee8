import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { CorpusTable } from "./types";
import { columnLetter, parseFigure } from "./figures";

/**
 * Builds a fixture into an .xlsx as a finance office would keep it: labels and headers as text,
 * figures as numbers with a number format showing the decimals the document prints. Nothing built
 * here is committed; the corpus test builds into a temporary folder.
 */
export function buildWorkbook(table: CorpusTable): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(table.sheet);
  table.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === "") return;
      const cell = ws.getCell(`${columnLetter(c)}${r + 1}`);
      const figure = c > 0 && !table.textRows.includes(r + 1) ? parseFigure(text) : null;
      if (figure) {
        // A printed `1,1 %` is what Excel shows for 0.011 formatted as a percentage.
        const digits = figure.decimals > 0 ? `.${"0".repeat(figure.decimals)}` : "";
        cell.value = figure.percent ? figure.value.div(100).toNumber() : figure.value.toNumber();
        cell.numFmt = figure.percent ? `0${digits} %` : `#,##0${digits}${figure.suffix ? ` "${figure.suffix}"` : ""}`;
      } else {
        cell.value = text;
        if (text.includes("\n")) cell.alignment = { wrapText: true };
      }
    });
  });
  return wb;
}

export async function writeFixtureXlsx(table: CorpusTable, dir: string): Promise<string> {
  const file = path.join(dir, `${table.id}.xlsx`);
  await fs.writeFile(file, Buffer.from(await buildWorkbook(table).xlsx.writeBuffer()));
  return file;
}
