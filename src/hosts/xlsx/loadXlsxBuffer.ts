import type ExcelJS from "exceljs";
import { Grid } from "../../core/grid";
import { XlsxReadError, sniffContainer } from "./errors";
import { gridsFromWorkbook } from "./gridsFromWorkbook";
import { inspectXlsx } from "./inspect";
import { newWorkbook } from "./newWorkbook";

/** Bytes of an .xlsx file → ExcelJS workbook; failures become an `XlsxReadError`. Browser-safe. */
export async function loadWorkbookBuffer(buf: ArrayBuffer | Uint8Array, name = "workbook"): Promise<ExcelJS.Workbook> {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  const kind = sniffContainer(bytes);
  if (kind === "ole") throw new XlsxReadError("legacy-or-encrypted", name);
  if (kind !== "zip") throw new XlsxReadError("not-xlsx", name);
  // Limits before parsing: a few kilobytes must not unpack or expand into gigabytes inside ExcelJS.
  const readable = await inspectXlsx(bytes, name);
  const wb = newWorkbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; its loader accepts any byte array (also in the browser).
    await withoutLibraryWarnings(() => wb.xlsx.load(readable as unknown as ArrayBuffer));
  } catch (error) {
    throw new XlsxReadError("corrupt", name, firstLine(error));
  }
  // A zip without a workbook part (a .docx, a plain archive) loads as a workbook with no sheets.
  if (wb.worksheets.length === 0) throw new XlsxReadError("corrupt", name, "no worksheets");
  return wb;
}

export async function loadXlsxBuffer(buf: ArrayBuffer | Uint8Array, name?: string): Promise<Grid[]> {
  return gridsFromWorkbook(await loadWorkbookBuffer(buf, name));
}

/**
 * ExcelJS writes its own warnings to the console (a sheet name over 31 characters is printed in
 * full, twice); they are not ours to show the user, whose terminal or task pane they would clutter.
 */
async function withoutLibraryWarnings<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 200);
}
