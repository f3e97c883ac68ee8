import ExcelJS from "exceljs";
import { Grid } from "../../core/grid";
import { XlsxReadError, sniffContainer } from "./errors";
import { gridsFromWorkbook } from "./gridsFromWorkbook";

/** Bytes of an .xlsx file → ExcelJS workbook; failures become an `XlsxReadError`. Browser-safe. */
export async function loadWorkbookBuffer(buf: ArrayBuffer | Uint8Array, name = "workbook"): Promise<ExcelJS.Workbook> {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  const kind = sniffContainer(bytes);
  if (kind === "ole") throw new XlsxReadError("legacy-or-encrypted", name);
  if (kind !== "zip") throw new XlsxReadError("not-xlsx", name);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; its loader accepts any byte array (also in the browser).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
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

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 200);
}
