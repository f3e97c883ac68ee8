import { Grid } from "../../core/grid";
import { ReadProgress } from "../../core/host";
import { Chunk, MAX_PROBE_ROUNDS, ReadLimits, Rect, halves, headWindow, planChunks, rectCells, remainder, worthProbing } from "./readPlan";
import { RangeData, assembleGrid, rectOfAddress } from "./toGrid";

const CELL_PROPERTIES = "address,values,formulas,valueTypes,numberFormat";

interface SheetRead {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
}

/**
 * Reads every sheet's used range in a fixed number of round trips, whatever the number of
 * sheets:
 *   sync 1  the sheet names;
 *   sync 2  each sheet's used-range address and size, and with it the cells of a window from
 *           A1 sized so that all sheets' windows together fit one response.
 * Budget workbooks fit their windows, so a check costs two syncs. Cells outside a window
 * (a very tall or wide sheet) follow in further syncs, cut by `planChunks` so that no range
 * read and no response crosses Excel's limits.
 */
export async function readWorkbook(context: Excel.RequestContext, limits: ReadLimits, onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const total = worksheets.items.length;
  onProgress?.({ done: 0, total });
  const window = headWindow(limits, total);
  const reads: SheetRead[] = worksheets.items.map((sheet) => {
    // valuesOnly: cells that merely carry formatting are not part of any table.
    const used = sheet.getUsedRange(true);
    used.load("address,rowCount,columnCount");
    const head = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, window.rows, window.columns));
    head.load(CELL_PROPERTIES);
    return { name: sheet.name, sheet, used, head };
  });
  await context.sync();

  const usedRects: Rect[] = reads.map((r) => rectOfAddress(r.used.address));
  const pieces: RangeData[][] = reads.map((r) => (r.head.isNullObject ? [] : [rangeData(r.head)]));
  const rest: Chunk[] = [];
  reads.forEach((r, sheetIndex) => {
    const covered = r.head.isNullObject ? null : rectOfAddress(r.head.address);
    for (const rect of remainder(usedRects[sheetIndex], covered)) rest.push({ sheetIndex, rect });
  });

  const toRead = await shrinkToContent(context, reads, rest, limits);
  const waiting = new Set(toRead.map((c) => c.sheetIndex));
  const grids: Grid[] = new Array(total);
  let done = 0;
  const finish = (sheetIndex: number) => {
    grids[sheetIndex] = assembleGrid(reads[sheetIndex].name, usedRects[sheetIndex], pieces[sheetIndex]);
    done++;
    onProgress?.({ done, total, sheet: reads[sheetIndex].name });
  };
  reads.forEach((_, i) => {
    if (!waiting.has(i)) finish(i);
  });

  const batches = planChunks(toRead, limits);
  const remainingChunks = new Map<number, number>();
  for (const batch of batches) for (const c of batch) remainingChunks.set(c.sheetIndex, (remainingChunks.get(c.sheetIndex) ?? 0) + 1);
  for (const batch of batches) {
    const ranges = batch.map((chunk) => {
      const { top, left } = chunk.rect;
      const range = reads[chunk.sheetIndex].sheet.getRangeByIndexes(top, left, chunk.rect.bottom - top + 1, chunk.rect.right - left + 1);
      range.load(CELL_PROPERTIES);
      return { chunk, range };
    });
    await context.sync();
    for (const { chunk, range } of ranges) {
      pieces[chunk.sheetIndex].push(rangeData(range));
      const left = (remainingChunks.get(chunk.sheetIndex) ?? 1) - 1;
      remainingChunks.set(chunk.sheetIndex, left);
      if (left === 0) finish(chunk.sheetIndex);
    }
  }
  return grids;
}

/**
 * Pieces too big to read in a few syncs are asked what they hold (`getUsedRangeOrNullObject`
 * within the piece, one sync for all of them): empty pieces drop out and sparse ones shrink to
 * their content. A piece that does not shrink is halved and asked again, so a sheet costs syncs
 * by what it holds, not by its bounding box; a dense piece stops being probed once it is small
 * enough to read.
 */
async function shrinkToContent(context: Excel.RequestContext, reads: readonly SheetRead[], pieces: readonly Chunk[], limits: ReadLimits): Promise<Chunk[]> {
  const done: Chunk[] = [];
  let open = [...pieces];
  for (let round = 0; round < MAX_PROBE_ROUNDS && open.length > 0; round++) {
    const probing = open.filter((c) => worthProbing(c.rect, limits));
    done.push(...open.filter((c) => !worthProbing(c.rect, limits)));
    if (probing.length === 0) return done;
    const probes = probing.map((chunk) => {
      const { top, left, bottom, right } = chunk.rect;
      const within = reads[chunk.sheetIndex].sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).getUsedRangeOrNullObject(true);
      within.load("address");
      return { chunk, within };
    });
    await context.sync();
    open = [];
    for (const { chunk, within } of probes) {
      if (within.isNullObject) continue;
      const rect = rectOfAddress(within.address);
      if (rectCells(rect) < rectCells(chunk.rect)) open.push({ sheetIndex: chunk.sheetIndex, rect });
      else for (const half of halves(rect)) open.push({ sheetIndex: chunk.sheetIndex, rect: half });
    }
  }
  return [...done, ...open];
}

function rangeData(range: Excel.Range): RangeData {
  return {
    address: range.address,
    values: range.values,
    formulas: range.formulas,
    valueTypes: range.valueTypes as string[][],
    numberFormat: range.numberFormat,
  };
}

