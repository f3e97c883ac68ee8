import { XlsxReadError } from "./errors";
import { InflateLimitError, ZipEntry, ZipFormatError, canInflate, inflateEntry, inflateWhole, readZipDirectory, rebuildZip } from "./zip";
import { SheetScanner, SheetLimitError } from "./sheetScan";
import { sheetPartNames } from "./sheetParts";
import { needsDrawingPrefix, prefixDrawing } from "./drawingPrefix";

/**
 * What the xlsx host agrees to open (docs/hostile-files.md). A budget workbook saved by Excel is
 * a few megabytes unpacked and tens of thousands of cells; these stop a small file that would
 * unpack or expand into gigabytes before any library tries, and keep peak memory under 1 GB.
 */
export const XLSX_LIMITS = {
  /** Parts in the archive. */
  maxParts: 10_000,
  /** Unpacked bytes of one part (a sheet's XML, the shared strings). */
  maxPartBytes: 128 * 1024 * 1024,
  /** Unpacked bytes of all parts together. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Cells written in all sheets together (empty styled cells count). */
  maxCells: 500_000,
  /** Excel's own sheet size. */
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

export type XlsxLimits = typeof XLSX_LIMITS;

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const DRAWING = /^\/?xl\/drawings\/[^/]+\.xml$/i;

/**
 * Looks at an .xlsx before ExcelJS does: the zip directory first (declared sizes), then every part
 * streamed through the inflater with a ceiling (declared sizes can lie), each sheet's row and cell
 * references against Excel's limits as they stream past. Returns the bytes to hand to ExcelJS: the
 * same file, or one whose drawings were given the `xdr:` prefix ExcelJS insists on.
 * Throws `XlsxReadError` with reason `too-large`, `outside-sheet`, `too-many-cells` or `corrupt`.
 */
export async function inspectXlsx(bytes: Uint8Array, file: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Uint8Array> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes).filter((e) => !e.name.endsWith("/"));
  } catch (error) {
    if (error instanceof ZipFormatError) throw new XlsxReadError("corrupt", file, error.message);
    throw error;
  }
  if (entries.length > limits.maxParts) throw tooLarge(file, `${entries.length} parts`, `${limits.maxParts} parts`);
  let declared = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxPartBytes) throw tooLarge(file, entry.name, mebibytes(limits.maxPartBytes));
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxTotalBytes) throw tooLarge(file, "", mebibytes(limits.maxTotalBytes));
  // Without a streaming inflater (some test DOMs) the declared sizes are all that can be checked.
  if (!canInflate()) return bytes;

  try {
    const names = await sheetPartNames(bytes, entries, limits.maxPartBytes);
    // Excel allows 31 characters; ExcelJS fails on a longer name (after printing it, twice).
    for (const sheet of names.values()) {
      if ([...sheet].length > 31) throw new XlsxReadError("sheet-name", file, undefined, { sheet: `${[...sheet].slice(0, 31).join("")}…` });
    }
    const replaced = new Map<string, Uint8Array>();
    const cells = { count: 0 };
    let total = 0;
    for (const entry of entries) {
      const remaining = limits.maxTotalBytes - total;
      const ceiling = Math.min(limits.maxPartBytes, remaining);
      if (WORKSHEET.test(entry.name)) {
        const scanner = new SheetScanner(names.get(entry.name.replace(/^\//, "")) ?? entry.name, limits, cells);
        total += await inflateEntry(bytes, entry, ceiling, (chunk) => scanner.push(chunk));
        scanner.end();
      } else if (DRAWING.test(entry.name)) {
        const xml = await inflateWhole(bytes, entry, ceiling);
        total += xml.length;
        if (needsDrawingPrefix(xml)) replaced.set(entry.name, prefixDrawing(xml));
      } else {
        total += await inflateEntry(bytes, entry, ceiling, () => undefined);
      }
    }
    return replaced.size > 0 ? rebuildZip(bytes, entries, replaced) : bytes;
  } catch (error) {
    if (error instanceof InflateLimitError) {
      const whole = error.limit < limits.maxPartBytes;
      throw tooLarge(file, whole ? "" : error.entry, mebibytes(whole ? limits.maxTotalBytes : limits.maxPartBytes));
    }
    if (error instanceof SheetLimitError) {
      if (error.kind === "cells") throw new XlsxReadError("too-many-cells", file, undefined, { limit: String(limits.maxCells) });
      throw new XlsxReadError("outside-sheet", file, undefined, { sheet: error.sheet, cell: error.cell });
    }
    if (error instanceof ZipFormatError) throw new XlsxReadError("corrupt", file, error.message);
    throw error;
  }
}

/** An empty `part` means all parts together. */
function tooLarge(file: string, part: string, limit: string): XlsxReadError {
  if (!part) return new XlsxReadError("too-large-total", file, undefined, { limit });
  return new XlsxReadError("too-large", file, undefined, { part, limit });
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}
