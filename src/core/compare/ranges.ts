import { CellPosition, a1 } from "../cell";
import { tryParseRange, qualified } from "../address";

/**
 * Cells as the fewest A1 ranges a reader can follow: vertical runs (`B9:B13`) first, then lone
 * cells side by side on one row (`B9:D9`). Order: by column, then row.
 */
export function mergeCells(cells: readonly CellPosition[]): string[] {
  // Called for every finding's related cells and message: a sorted copy walked once, the runs
  // kept as numbers, lone cells paired with their right-hand neighbour by one more sort.
  if (cells.length === 1) return [a1(cells[0].row, cells[0].col)];
  const sorted = cells.slice().sort((p, q) => p.col - q.col || p.row - q.row);
  const tops: number[] = [];
  const bottoms: number[] = [];
  const cols: number[] = [];
  for (const c of sorted) {
    const last = tops.length - 1;
    if (last >= 0 && cols[last] === c.col && c.row <= bottoms[last] + 1) {
      if (c.row > bottoms[last]) bottoms[last] = c.row;
      continue;
    }
    tops.push(c.row);
    bottoms.push(c.row);
    cols.push(c.col);
  }
  // Lone cells on one row next to each other read better as one horizontal range: each lone
  // cell's neighbour to the right, if that is lone too, found among them sorted by row.
  const singles: number[] = [];
  for (let i = 0; i < tops.length; i++) if (tops[i] === bottoms[i]) singles.push(i);
  let right: Int32Array | undefined;
  if (singles.length > 1) {
    singles.sort((i, j) => tops[i] - tops[j] || cols[i] - cols[j]);
    right = new Int32Array(tops.length).fill(-1);
    for (let k = 0; k + 1 < singles.length; k++) {
      const i = singles[k];
      const j = singles[k + 1];
      if (tops[j] === tops[i] && cols[j] === cols[i] + 1) right[i] = j;
    }
  }
  const out: string[] = [];
  const used = right ? new Uint8Array(tops.length) : undefined;
  for (let i = 0; i < tops.length; i++) {
    const top = tops[i];
    const col = cols[i];
    if (top !== bottoms[i]) {
      out.push(`${a1(top, col)}:${a1(bottoms[i], col)}`);
      continue;
    }
    if (!right || !used) {
      out.push(a1(top, col));
      continue;
    }
    if (used[i]) continue;
    used[i] = 1;
    let last = i;
    while (right[last] >= 0 && !used[right[last]]) {
      last = right[last];
      used[last] = 1;
    }
    out.push(last === i ? a1(top, col) : `${a1(top, col)}:${a1(top, cols[last])}`);
  }
  return out;
}

type SheetCell = CellPosition & { sheet: string };

/** `mergeCells`, each range prefixed with its sheet when that is not the finding's own sheet. */
export function relatedRanges(cells: readonly SheetCell[], findingSheet: string): string[] {
  if (cells.length < MEMO_FROM) return rangesOf(cells, findingSheet);
  // A long list (the areas that agree on a population) is often named by many findings: each
  // sheet's part is merged once. The list is read-only by contract, so what it names cannot change.
  let merged = MERGED.get(cells);
  if (!merged) {
    merged = new MergedBySheet(cells);
    MERGED.set(cells, merged);
  }
  return merged.rangesFor(findingSheet);
}

const MEMO_FROM = 16;
const MERGED = new WeakMap<readonly object[], MergedBySheet>();

function rangesOf(cells: readonly SheetCell[], findingSheet: string): string[] {
  // Most comparisons read one sheet: no grouping needed then.
  const first = cells[0]?.sheet;
  if (cells.every((c) => c.sheet === first)) {
    const merged = mergeCells(cells);
    return first === undefined || first === findingSheet ? merged : merged.map((r) => qualified(first, r));
  }
  const bySheet = groupBySheet(cells);
  const out: string[] = [];
  const own = bySheet.get(findingSheet);
  if (own) out.push(...mergeCells(own));
  for (const [sheet, list] of bySheet) {
    if (sheet === findingSheet) continue;
    out.push(...mergeCells(list).map((r) => qualified(sheet, r)));
  }
  return out;
}

function groupBySheet<T extends { sheet: string }>(cells: readonly T[]): Map<string, T[]> {
  const bySheet = new Map<string, T[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  return bySheet;
}

/** `rangesOf` for one list and any finding sheet, each sheet's ranges merged (and qualified) once. */
class MergedBySheet {
  private readonly bySheet: Map<string, SheetCell[]>;
  private readonly plain = new Map<string, string[]>();
  private readonly named = new Map<string, string[]>();
  /** Every sheet's qualified ranges in sheet order, and where each sheet's part lies in it. */
  private everyNamed?: { ranges: string[]; at: Map<string, [number, number]> };

  constructor(cells: readonly SheetCell[]) {
    this.bySheet = groupBySheet(cells);
  }

  rangesFor(findingSheet: string, except?: SheetCell): string[] {
    let head: string[] = [];
    const own = this.bySheet.get(findingSheet);
    if (own) {
      if (except && own.includes(except)) {
        const rest = own.filter((c) => c !== except);
        if (rest.length > 0) head = mergeCells(rest);
      } else head = this.plainOf(findingSheet);
    }
    // The other sheets' part is one stretch of the whole list, or two around the finding's own
    // sheet: copied in slices, since a long list named by each of its findings is copied as often.
    const every = this.everyNamedOf();
    const skip = every.at.get(findingSheet);
    if (!skip) return head.concat(every.ranges);
    return head.concat(every.ranges.slice(0, skip[0]), every.ranges.slice(skip[1]));
  }

  private everyNamedOf(): { ranges: string[]; at: Map<string, [number, number]> } {
    if (!this.everyNamed) {
      const ranges: string[] = [];
      const at = new Map<string, [number, number]>();
      for (const sheet of this.bySheet.keys()) {
        const start = ranges.length;
        for (const r of this.namedOf(sheet)) ranges.push(r);
        at.set(sheet, [start, ranges.length]);
      }
      this.everyNamed = { ranges, at };
    }
    return this.everyNamed;
  }

  private plainOf(sheet: string): string[] {
    let r = this.plain.get(sheet);
    if (!r) {
      r = mergeCells(this.bySheet.get(sheet) ?? []);
      this.plain.set(sheet, r);
    }
    return r;
  }

  private namedOf(sheet: string): string[] {
    let r = this.named.get(sheet);
    if (!r) {
      r = this.plainOf(sheet).map((x) => qualified(sheet, x));
      this.named.set(sheet, r);
    }
    return r;
  }
}

/**
 * `relatedRanges` of `cells` without one of them, asked for each of many findings in turn (every
 * other area sharing a cost): each other sheet's ranges are merged once, not once per finding,
 * which kept a year of hundreds of areas from costing the square of their number.
 */
export function relatedRangesExcept<T extends SheetCell>(cells: readonly T[]): (except: T, findingSheet: string) => string[] {
  const merged = new MergedBySheet(cells);
  return (except, findingSheet) => {
    // Leaving out a cell of another sheet may reorder the sheets: that rare case is merged as asked.
    if (except.sheet !== findingSheet) return relatedRanges(cells.filter((c) => c !== except), findingSheet);
    return merged.rangesFor(findingSheet, except);
  };
}

/** Whether `cell` on `sheet` lies in one of `ranges` (as written in a finding of `findingSheet`). */
export function rangesContain(ranges: readonly string[], findingSheet: string, sheet: string, cell: string): boolean {
  const p = tryParseRange(cell)?.range;
  if (!p) return false;
  return ranges.some((ref) => {
    const parsed = tryParseRange(ref);
    return parsed !== null && (parsed.sheet ?? findingSheet) === sheet && parsed.range.contains(p.start);
  });
}
