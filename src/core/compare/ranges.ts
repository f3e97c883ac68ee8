import { CellPosition, a1 } from "../cell";
import { tryParseRange, qualified } from "../address";

/**
 * Cells as the fewest A1 ranges a reader can follow: vertical runs (`B9:B13`) first, then lone
 * cells side by side on one row (`B9:D9`). Order: by column, then row.
 */
export function mergeCells(cells: readonly (CellPosition | undefined)[]): string[] {
  // Called for every finding's related cells and message: the cells are walked once in order
  // (sorted only when they do not come so: a column's parts come top down), their runs kept in
  // arrays shared by every call (each call fills them from the start and is done before the next).
  // Missing cells (a part a column lacks) are passed over where they stand, not filtered out first.
  if (cells.length === 1) return cells[0] ? [a1(cells[0].row, cells[0].col)] : [];
  const sorted = inOrder(cells) ? cells : cells.filter((c) => c !== undefined).sort((p, q) => p.col - q.col || p.row - q.row);
  let runs = 0;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k];
    if (c === undefined) continue;
    const last = runs - 1;
    if (last >= 0 && COLS[last] === c.col && c.row <= BOTTOMS[last] + 1) {
      if (c.row > BOTTOMS[last]) BOTTOMS[last] = c.row;
      continue;
    }
    TOPS[runs] = c.row;
    BOTTOMS[runs] = c.row;
    COLS[runs] = c.col;
    runs++;
  }
  // Lone cells on one row next to each other read better as one horizontal range: each lone
  // cell's neighbour to the right, if that is lone too. Runs are in column-then-row order, so the
  // place looked for, (row, column + 1), only moves on from one lone cell to the next.
  for (let i = 0; i < runs; i++) HAS_LEFT[i] = 0;
  let j = 0;
  for (let i = 0; i < runs; i++) {
    RIGHT[i] = -1;
    const row = TOPS[i];
    if (row !== BOTTOMS[i]) continue;
    const col = COLS[i] + 1;
    if (j <= i) j = i + 1;
    while (j < runs && (COLS[j] < col || (COLS[j] === col && TOPS[j] < row))) j++;
    if (j < runs && COLS[j] === col && TOPS[j] === row && BOTTOMS[j] === row) {
      RIGHT[i] = j;
      HAS_LEFT[j] = 1;
    }
  }
  // Made at its length: most lists are a finding's related ranges, kept to the end of the check,
  // and a list grown by pushing reserves room for sixteen more. One or two ranges (most findings
  // name that many) are made by a literal, which V8 allocates in the old generation once it sees
  // them kept, so the young generation's collector does not copy them.
  let named = 0;
  for (let i = 0; i < runs; i++) if (TOPS[i] !== BOTTOMS[i] || !HAS_LEFT[i]) named++;
  const out = named > 2 ? new Array<string>(named) : undefined;
  let first = "";
  let second = "";
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const top = TOPS[i];
    const col = COLS[i];
    let text: string;
    if (top !== BOTTOMS[i]) text = `${a1(top, col)}:${a1(BOTTOMS[i], col)}`;
    else if (!HAS_LEFT[i]) {
      // A row of lone cells is named from its left end, as far as it goes.
      let last = i;
      while (RIGHT[last] >= 0) last = RIGHT[last];
      text = last === i ? a1(top, col) : `${a1(top, col)}:${a1(top, COLS[last])}`;
    } else continue;
    if (out) out[n] = text;
    else if (n === 0) first = text;
    else second = text;
    n++;
  }
  return out ?? (named === 0 ? [] : named === 1 ? [first] : [first, second]);
}

// `mergeCells`' runs (top and bottom row, column) and each lone cell's right-hand neighbour.
const TOPS: number[] = [];
const BOTTOMS: number[] = [];
const COLS: number[] = [];
const RIGHT: number[] = [];
const HAS_LEFT: number[] = [];

/** Whether the cells present come by column, then row. */
function inOrder(cells: readonly (CellPosition | undefined)[]): boolean {
  let p: CellPosition | undefined;
  for (let i = 0; i < cells.length; i++) {
    const q = cells[i];
    if (q === undefined) continue;
    if (p && (p.col > q.col || (p.col === q.col && p.row > q.row))) return false;
    p = q;
  }
  return true;
}

type SheetCell = CellPosition & { sheet: string };

/**
 * `mergeCells`, each range prefixed with its sheet when that is not the finding's own sheet;
 * `first`, when given, is put before them (a finding's own source ahead of the cells it names).
 */
export function relatedRanges(cells: readonly SheetCell[], findingSheet: string, first?: string): string[] {
  if (cells.length < MEMO_FROM) {
    const ranges = rangesOf(cells, findingSheet);
    if (first !== undefined) ranges.unshift(first);
    return ranges;
  }
  // A long list (the areas that agree on a population) is often named by many findings: each
  // sheet's part is merged once. The list is read-only by contract, so what it names cannot change.
  let merged = MERGED.get(cells);
  if (!merged) {
    merged = new MergedBySheet(cells);
    MERGED.set(cells, merged);
  }
  return merged.rangesFor(findingSheet, undefined, first);
}

const MEMO_FROM = 16;
const NO_RANGES: readonly string[] = [];
const MERGED = new WeakMap<readonly object[], MergedBySheet>();

function rangesOf(cells: readonly SheetCell[], findingSheet: string): string[] {
  // Most comparisons read one sheet: no grouping needed then.
  const first = cells[0]?.sheet;
  if (allOnSheet(cells, first)) {
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

// A loop, not an `every` callback closing over the sheet (docs/engine-speed.md: closures).
function allOnSheet(cells: readonly SheetCell[], sheet: string | undefined): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i].sheet !== sheet) return false;
  return true;
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

  /** The ranges for a finding on `findingSheet`, without `except`, after `first` when given. */
  rangesFor(findingSheet: string, except?: SheetCell, first?: string): string[] {
    let head: readonly string[] = NO_RANGES;
    const own = this.bySheet.get(findingSheet);
    if (own) {
      if (except && own.includes(except)) {
        const rest = own.filter((c) => c !== except);
        if (rest.length > 0) head = mergeCells(rest);
      } else head = this.plainOf(findingSheet);
    }
    // The other sheets' part is one stretch of the whole list, or two around the finding's own
    // sheet. Copied once into the finding's own list, made at its length: a long list is named by
    // each of its findings, and slices and concatenations of it made three copies more each time
    // (hundreds of findings of hundreds of entries, growing with the square of the sheets).
    const named = this.everyNamedOf();
    const every = named.ranges;
    const skip = named.at.get(findingSheet);
    const skipFrom = skip ? skip[0] : every.length;
    const skipTo = skip ? skip[1] : every.length;
    const lead = first === undefined ? 0 : 1;
    const out = new Array<string>(lead + head.length + every.length - (skipTo - skipFrom));
    let n = 0;
    if (first !== undefined) out[n++] = first;
    for (let i = 0; i < head.length; i++) out[n++] = head[i];
    for (let i = 0; i < skipFrom; i++) out[n++] = every[i];
    for (let i = skipTo; i < every.length; i++) out[n++] = every[i];
    return out;
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
export function relatedRangesExcept<T extends SheetCell>(cells: readonly T[]): (except: T, findingSheet: string, first?: string) => string[] {
  const merged = new MergedBySheet(cells);
  return (except, findingSheet, first) => {
    // Leaving out a cell of another sheet may reorder the sheets: that rare case is merged as asked.
    if (except.sheet !== findingSheet) return relatedRanges(cells.filter((c) => c !== except), findingSheet, first);
    return merged.rangesFor(findingSheet, except, first);
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
