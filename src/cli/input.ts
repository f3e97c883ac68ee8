import * as path from "path";
import { Grid } from "../core/grid";
import { XLSX_LIMITS, XlsxReadError, XlsxWorkbook, gridsFromWorkbook, loadWorkbookBuffer, sniffContainer } from "../hosts/xlsx";
import { readFileBytes } from "../hosts/xlsx/node";
import { gridsFromText, textCellCount } from "../hosts/text";

export interface LoadedInput {
  kind: "xlsx" | "text";
  grids: Grid[];
  workbook?: XlsxWorkbook;
}

/** A file the CLI cannot read as text either; carries the same reasons as the xlsx host. */
export class TextReadError extends Error {
  constructor(readonly path: string) {
    super(`${path}: not UTF-8 text`);
    this.name = "TextReadError";
  }
}

const TEXT_EXTENSIONS = new Set([".txt", ".tsv", ".text"]);
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

/**
 * Reads FILE as a workbook or as the founding document's text format. The content decides when
 * it can: a zip is a workbook whatever its name; a `.xlsx` that is not a zip is refused rather
 * than read as text.
 */
export async function loadInput(file: string): Promise<LoadedInput> {
  const bytes = await readFileBytes(file);
  const ext = path.extname(file).toLowerCase();
  const container = sniffContainer(bytes);
  if (container === "zip" || container === "ole" || XLSX_EXTENSIONS.has(ext)) {
    const workbook = await loadWorkbookBuffer(bytes, file);
    return { kind: "xlsx", grids: gridsFromWorkbook(workbook), workbook };
  }
  // A text file meets the same ceilings as a workbook's unpacked parts and cells.
  if (bytes.length > XLSX_LIMITS.maxTotalBytes) throw new XlsxReadError("text-too-large", file, undefined, { limit: `${XLSX_LIMITS.maxTotalBytes / (1024 * 1024)} MiB` });
  const text = decodeUtf8(bytes);
  if (text === null) {
    if (TEXT_EXTENSIONS.has(ext)) throw new TextReadError(file);
    throw new XlsxReadError("not-xlsx", file);
  }
  if (textCellCount(text) > XLSX_LIMITS.maxCells) throw new XlsxReadError("too-many-cells", file, undefined, { limit: String(XLSX_LIMITS.maxCells) });
  return { kind: "text", grids: gridsFromText(text, { fallbackSheetName: path.basename(file, path.extname(file)) }) };
}

/** Strict UTF-8; binary content (a NUL byte) is not text even when it happens to decode. */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
