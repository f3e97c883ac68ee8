/**
 * How a workbook read is cut to stay inside Excel's limits: one range read may return at most
 * 5 million cells, and Excel on the web refuses request or response payloads above 5 MB. Pure
 * arithmetic, no Office.js, so the plan is tested on its own.
 */

export interface ReadLimits {
  /** Cells one `range.load("values…")` may return (Excel: 5 000 000). */
  maxCellsPerRange: number;
  /** Cells one `context.sync()` may bring back, an estimate of the payload limit. */
  maxCellsPerSync: number;
}

const EXCEL_MAX_CELLS_PER_RANGE = 5_000_000;

/**
 * Excel on the web: 5 MB per response. A cell costs about 30–40 bytes of JSON here (value,
 * formula, value type and number format), so 120 000 cells stay near 4 MB.
 */
export const WEB_LIMITS: ReadLimits = { maxCellsPerRange: EXCEL_MAX_CELLS_PER_RANGE, maxCellsPerSync: 120_000 };

/** Windows and Mac have no payload limit; this only bounds the memory one response takes. */
export const DESKTOP_LIMITS: ReadLimits = { maxCellsPerRange: EXCEL_MAX_CELLS_PER_RANGE, maxCellsPerSync: 2_000_000 };

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Budget tables are narrow (a label and ten-odd year columns), so the first read of each sheet
 * is a window this many columns wide and as tall as the sheet's share of the payload allows.
 * Sixteen rather than A–Z: with 50 sheets a window is then 150 rows tall instead of 92, enough
 * for a vastuualue sheet like the sample's (133 rows), so such a book still reads in two syncs.
 */
export const HEAD_WINDOW_COLUMNS = 16;

/** 0-based, inclusive rectangle of sheet cells. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * The window (from A1) read together with the used-range sizes in the second sync: every
 * sheet gets an equal share of the per-sync budget, so the second sync stays within limits
 * however many sheets there are.
 */
export function headWindow(limits: ReadLimits, sheetCount: number): { rows: number; columns: number } {
  const share = Math.max(1, Math.floor(Math.min(limits.maxCellsPerSync / Math.max(1, sheetCount), limits.maxCellsPerRange)));
  const columns = Math.min(HEAD_WINDOW_COLUMNS, share, SHEET_COLUMNS);
  const rows = Math.min(SHEET_ROWS, Math.max(1, Math.floor(share / columns)));
  return { rows, columns };
}

/** The part of `used` outside `covered` (which touches used's top-left), as at most two rectangles. */
export function remainder(used: Rect, covered: Rect | null): Rect[] {
  if (!covered) return [used];
  const parts: Rect[] = [];
  if (covered.right < used.right) parts.push({ top: used.top, left: covered.right + 1, bottom: Math.min(covered.bottom, used.bottom), right: used.right });
  if (covered.bottom < used.bottom) parts.push({ top: covered.bottom + 1, left: used.left, bottom: used.bottom, right: used.right });
  return parts;
}

/**
 * A remainder piece bigger than this many sync budgets is first shrunk to the cells it really
 * holds (Excel's used range within it) before it is read: a sheet holding A1 and XFD1048576 has a
 * used range of 17 billion cells, but two cells to read.
 */
export const SPARSE_PROBE_BUDGETS = 4;

/** Probing rounds at most: each halves what is still too big, so this covers any sheet. */
export const MAX_PROBE_ROUNDS = 24;

/** Whether a piece is worth asking Excel what it holds before reading it. */
export function worthProbing(rect: Rect, limits: ReadLimits): boolean {
  return rectCells(rect) > SPARSE_PROBE_BUDGETS * limits.maxCellsPerSync;
}

/** A piece that did not shrink when probed, cut in two along its longer side for the next round. */
export function halves(rect: Rect): Rect[] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (rows >= cols && rows > 1) {
    const mid = rect.top + Math.floor(rows / 2) - 1;
    return [{ ...rect, bottom: mid }, { ...rect, top: mid + 1 }];
  }
  if (cols > 1) {
    const mid = rect.left + Math.floor(cols / 2) - 1;
    return [{ ...rect, right: mid }, { ...rect, left: mid + 1 }];
  }
  return [rect];
}

/** A piece of one sheet to read. */
export interface Chunk {
  sheetIndex: number;
  rect: Rect;
}

/**
 * Cuts rectangles into whole-row chunks that each respect both limits, then groups the chunks
 * into batches (one `context.sync()` each) that respect the per-sync budget.
 */
export function planChunks(parts: readonly Chunk[], limits: ReadLimits): Chunk[][] {
  const perChunk = Math.min(limits.maxCellsPerRange, limits.maxCellsPerSync);
  const chunks: Chunk[] = [];
  for (const { sheetIndex, rect } of parts) {
    const width = rect.right - rect.left + 1;
    // A row wider than the budget (more than 16 384 cells cannot happen with Excel's limits
    // above) is still read whole: a row is the smallest piece worth a request.
    const rowsPerChunk = Math.max(1, Math.floor(perChunk / width));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerChunk) {
      chunks.push({ sheetIndex, rect: { top, left: rect.left, bottom: Math.min(rect.bottom, top + rowsPerChunk - 1), right: rect.right } });
    }
  }
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    const n = rectCells(chunk.rect);
    if (current.length > 0 && cells + n > limits.maxCellsPerSync) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
