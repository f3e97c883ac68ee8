import { parseRange, qualified, rangeA1 } from "../address";

/** A sheet position, 0-based. */
export interface Pos {
  row: number;
  col: number;
}

/**
 * Cells as the fewest A1 ranges a reader can follow: vertical runs (`B9:B13`) first, then lone
 * cells side by side on one row (`B9:D9`). Order: by column, then row.
 */
export function mergeCells(cells: readonly Pos[]): string[] {
  // Called for every comparison, finding or not: sort a copy by column then row and walk it once.
  const sorted = cells.slice().sort((p, q) => p.col - q.col || p.row - q.row);
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && c.row <= last.bottom + 1) {
      if (c.row > last.bottom) last.bottom = c.row;
      continue;
    }
    runs.push({ top: c.row, bottom: c.row, col: c.col });
  }
  // Lone cells on one row next to each other read better as one horizontal range.
  const out: string[] = [];
  const singles = new Map<number, (typeof runs)[number]>();
  for (const r of runs) if (r.top === r.bottom) singles.set(r.top * 20000 + r.col, r);
  const used = new Set<(typeof runs)[number]>();
  for (const run of runs) {
    if (used.has(run)) continue;
    if (run.top !== run.bottom) {
      out.push(rangeA1(run.top, run.col, run.bottom, run.col));
      continue;
    }
    let right = run.col;
    used.add(run);
    for (;;) {
      const next = singles.size > 1 ? singles.get(run.top * 20000 + right + 1) : undefined;
      if (!next || used.has(next)) break;
      used.add(next);
      right = next.col;
    }
    out.push(rangeA1(run.top, run.col, run.top, right));
  }
  return out;
}

/** `mergeCells`, each range prefixed with its sheet when that is not the finding's own sheet. */
export function relatedRanges(cells: readonly (Pos & { sheet: string })[], findingSheet: string): string[] {
  const bySheet = new Map<string, Pos[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c);
    bySheet.set(c.sheet, list);
  }
  const out: string[] = [];
  const own = bySheet.get(findingSheet);
  if (own) out.push(...mergeCells(own));
  for (const [sheet, list] of bySheet) {
    if (sheet === findingSheet) continue;
    out.push(...mergeCells(list).map((r) => qualified(sheet, r)));
  }
  return out;
}

/** Whether `cell` on `sheet` lies in one of `ranges` (as written in a finding of `findingSheet`). */
export function rangesContain(ranges: readonly string[], findingSheet: string, sheet: string, cell: string): boolean {
  const p = parseRange(cell).range;
  return ranges.some((ref) => {
    let parsed;
    try {
      parsed = parseRange(ref);
    } catch {
      return false;
    }
    const s = parsed.sheet ?? findingSheet;
    const r = parsed.range;
    return s === sheet && p.top >= r.top && p.top <= r.bottom && p.left >= r.left && p.left <= r.right;
  });
}
