import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { Grid } from "../../core/grid";
import { XlsxReadError } from "./errors";
import { loadWorkbookBuffer } from "./loadXlsxBuffer";
import { gridsFromWorkbook } from "./gridsFromWorkbook";

/** Reads an .xlsx file; every failure is an `XlsxReadError` with a reason the CLI can word. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFileBytes(path);
  return loadWorkbookBuffer(bytes, path);
}

export async function readGridsFromFile(path: string): Promise<Grid[]> {
  return gridsFromWorkbook(await readWorkbookFile(path));
}

/** The file's bytes, with missing / directory / permission problems told apart. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    throw fileError(error, path);
  }
  if (!stat.isFile()) throw new XlsxReadError("not-a-file", path);
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

function fileError(error: unknown, path: string): XlsxReadError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new XlsxReadError("missing", path);
  return new XlsxReadError("unreadable", path, code ?? (error instanceof Error ? error.message : String(error)));
}

export async function writeWorkbookFile(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}
