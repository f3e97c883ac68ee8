import type { XlsxLimits } from "./inspect";
import { a1 } from "../../core/address";

/** A sheet's XML names a cell Excel could not hold, or the workbook has too many cells to read. */
export class SheetLimitError extends Error {
  constructor(
    readonly kind: "outside" | "cells",
    readonly sheet: string,
    readonly cell: string,
  ) {
    super(kind === "cells" ? `too many cells (reached at ${sheet}!${cell})` : `${sheet}!${cell} lies outside Excel's sheet`);
    this.name = "SheetLimitError";
  }
}

// `<row …>` and `<c …>` start tags, with or without a namespace prefix.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>/g;
const REF = /\br\s*=\s*["']([^"']*)["']/;
const CELL_REF = /^\$?([A-Za-z]+)\$?(\d*)$/;
const LATIN1 = new TextDecoder("latin1");
/** A start tag longer than this is not one Excel writes; it is scanned without waiting for its end. */
const MAX_CARRY = 1 << 20;

/**
 * Reads a worksheet's XML as it is inflated, chunk by chunk, and stops at the first row or column
 * beyond Excel's sheet or the cell that passes the workbook's cell limit. Keeps only the tail of
 * the last chunk (a tag cut in two), so memory does not grow with the sheet. Rows and cells
 * without an `r` attribute follow the previous one, as the format says.
 */
export class SheetScanner {
  private carry = "";
  private row = 0;
  private col = 0;

  constructor(
    private readonly sheet: string,
    private readonly limits: XlsxLimits,
    /** Shared by all sheets of the workbook. */
    private readonly cells: { count: number },
  ) {}

  push(chunk: Uint8Array): void {
    // Tag names and references are ASCII; latin1 keeps one character per byte, so no byte is lost.
    const text = this.carry + LATIN1.decode(chunk);
    const lt = text.lastIndexOf("<");
    const cut = lt >= 0 && text.indexOf(">", lt) < 0 && text.length - lt < MAX_CARRY ? lt : text.length;
    this.scan(text.slice(0, cut));
    this.carry = text.slice(cut);
  }

  end(): void {
    this.scan(this.carry);
    this.carry = "";
  }

  private scan(text: string): void {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const ref = REF.exec(m[2])?.[1];
      if (m[1] === "row") {
        this.row = ref !== undefined && /^\d+$/.test(ref.trim()) ? Number(ref.trim()) : this.row + 1;
        this.col = 0;
        if (this.row > this.limits.maxRows || this.row < 1) throw new SheetLimitError("outside", this.sheet, `A${ref ?? this.row}`);
        continue;
      }
      const parsed = ref !== undefined ? CELL_REF.exec(ref.trim()) : null;
      if (parsed) {
        if (parsed[2] !== "" && (parsed[2].length > 7 || Number(parsed[2]) > this.limits.maxRows)) throw new SheetLimitError("outside", this.sheet, ref!.trim());
        if (parsed[2] !== "") this.row = Number(parsed[2]);
        this.col = parsed[1].length > 3 ? Number.POSITIVE_INFINITY : columnNumber(parsed[1]);
      } else {
        this.col++;
      }
      if (this.col > this.limits.maxColumns) throw new SheetLimitError("outside", this.sheet, ref?.trim() || `${this.col}:${this.row}`);
      if (++this.cells.count > this.limits.maxCells) throw new SheetLimitError("cells", this.sheet, a1(Math.max(this.row, 1) - 1, this.col - 1));
    }
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
