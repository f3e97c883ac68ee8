import { CellRef, Equation, cellKey } from "../relations/equation";
import { POSITION_COLUMNS, positionOfA1, visitA1 } from "../relations/position";
import { BySheet } from "./bySheet";

/**
 * The checked identities as a graph: which equations read a cell, and each equation's verdict on
 * the workbook as it is. Equations that fail and share a cell form a group: one wrong figure
 * usually breaks several identities at once, and they are explained together.
 *
 * A large workbook records tens of thousands of equations and the analysis looks at the few around
 * the failing ones, so nothing is worked out per equation before it is asked for: the index of
 * cells is built without a key string per cell (sheet, then position), and an equation's keys
 * are made once, when first needed.
 */
export class RelationGraph {
  readonly equations: readonly Equation[];
  private byCell: { at(ref: CellRef): readonly Equation[] } | null = null;
  private wrong?: { list: readonly Equation[]; set: Set<Equation> };
  private readonly keys = new Map<Equation, readonly string[]>();
  private readonly targetKeys = new Map<Equation, string>();

  constructor(equations: readonly Equation[]) {
    this.equations = equations;
  }

  /** Equations that read the cell. */
  at(ref: CellRef): readonly Equation[] {
    this.byCell ??= this.failsOnFewSheets() ? new SheetwiseIndex(this.equations) : new CellIndex(this.equations);
    return this.byCell.at(ref);
  }

  /** Whether the failing equations are checked on at most `SHEETS_INDEXED_ALONE` sheets. */
  private failsOnFewSheets(): boolean {
    const sheets = new Set<string>();
    for (const e of this.failing()) {
      sheets.add(e.target.sheet);
      if (sheets.size > SHEETS_INDEXED_ALONE) return false;
    }
    return true;
  }

  /** `cellKey` of every cell the equation reads, in `cells` order. */
  keysOf(e: Equation): readonly string[] {
    let k = this.keys.get(e);
    if (!k) {
      k = e.cells.map(cellKey);
      this.keys.set(e, k);
    }
    return k;
  }

  /** `cellKey` of the equation's checked cell. */
  targetKeyOf(e: Equation): string {
    let k = this.targetKeys.get(e);
    if (k === undefined) {
      k = cellKey(e.target);
      this.targetKeys.set(e, k);
    }
    return k;
  }

  /**
   * Failing equations (a real difference, not rounding) with the workbook's own values, in
   * recording order: every equation is evaluated once, and only the failing few are kept.
   */
  failing(): readonly Equation[] {
    if (!this.wrong) {
      const failing = this.equations.filter((e) => e.evaluate() === "wrong");
      this.wrong = { list: failing, set: new Set(failing) };
    }
    return this.wrong.list;
  }

  /** Whether the equation fails with the workbook's own values. */
  isWrong(e: Equation): boolean {
    this.failing();
    return (this.wrong as { set: Set<Equation> }).set.has(e);
  }

  /** Failing equations (a real difference, not rounding) in groups that share cells. */
  failingGroups(): Equation[][] {
    const failing = this.failing();
    const parent = new Map<Equation, Equation>(failing.map((e) => [e, e]));
    const find = (e: Equation): Equation => {
      let r = e;
      while (parent.get(r) !== r) r = parent.get(r) as Equation;
      parent.set(e, r);
      return r;
    };
    const owner = new Map<string, Equation>();
    for (const e of failing) {
      for (const k of this.keysOf(e)) {
        const other = owner.get(k);
        if (other) parent.set(find(e), find(other));
        else owner.set(k, e);
      }
    }
    const groups = new Map<Equation, Equation[]>();
    for (const e of failing) {
      const r = find(e);
      const list = groups.get(r);
      if (list) list.push(e);
      else groups.set(r, [e]);
    }
    return [...groups.values()];
  }
}

// Cells an equation reads, on average, a little above what a budget book's equations do (2.5).
const CELLS_PER_EQUATION = 3;

// Failing equations on at most this many sheets: the repairs ask about cells of those sheets and
// the few others their relations reach, so the cells are indexed a sheet at a time. Beyond it
// (an error-dense book fails on every sheet) all are indexed at once, saving the sorting pass.
const SHEETS_INDEXED_ALONE = 8;

// In `SheetwiseIndex`'s sheet of each equation: its cells are on more than one sheet, or it reads none.
const SEVERAL_SHEETS = -1;
const NO_SHEET = -2;

/**
 * Equations by the cells they read, each sheet's indexed when a cell of it is first asked about. A
 * mostly consistent book fails on a sheet or two and the analysis asks about little else: one pass
 * notes the sheet of each equation's cells (visiting them is a third of indexing them), and a
 * sheet's `CellIndex` is made from its own equations and those on several sheets, in recording
 * order, so each cell's list is the one an index of every equation gives.
 */
class SheetwiseIndex {
  private readonly sheetIds = new BySheet<number>();
  // Per equation, the id of the sheet its cells are on, or SEVERAL_SHEETS.
  private readonly sheetOf: Int32Array;
  private readonly bySheet = new BySheet<CellIndex>();

  constructor(private readonly equations: readonly Equation[]) {
    this.sheetOf = new Int32Array(equations.length);
    const ids = this.sheetIds;
    const idOf = (sheet: string): number => ids.getOrMake(sheet, () => ids.size);
    let k = 0;
    let first = NO_SHEET;
    const visit = (sheet: string): void => {
      const id = idOf(sheet);
      if (first === NO_SHEET) first = id;
      else if (first !== id) first = SEVERAL_SHEETS;
    };
    for (; k < equations.length; k++) {
      const e = equations[k];
      first = NO_SHEET;
      if (!e.eachCell?.(visit)) for (const c of e.cells) visit(c.sheet);
      this.sheetOf[k] = first;
    }
  }

  at(ref: CellRef): readonly Equation[] {
    let index = this.bySheet.get(ref.sheet);
    if (!index) {
      const id = this.sheetIds.get(ref.sheet);
      // No equation reads a cell of the sheet.
      if (id === undefined) return [];
      const picked: number[] = [];
      for (let k = 0; k < this.sheetOf.length; k++) if (this.sheetOf[k] === id || this.sheetOf[k] === SEVERAL_SHEETS) picked.push(k);
      index = new CellIndex(this.equations, picked, ref.sheet);
      this.bySheet.set(ref.sheet, index);
    }
    return index.at(ref);
  }
}

/**
 * Equations by the cells they read, sheet then cell. Cells are keyed by their position
 * (relations/position.ts), which an equation with `eachCell` gives without making a `CellRef` or
 * an address for each of its cells. Most of a workbook's cells are never asked about, so no list
 * is made for a cell until it is: each cell holds its last entry, and entries (an equation's
 * number and the cell's entry before it) sit in two integer arrays. A cell's list is made, in
 * recording order, when first asked for and then kept in its place.
 */
class CellIndex {
  // Per sheet, rows of columns: cells are found by two array loads, no key hashed.
  private readonly bySheet = new Map<string, Held[][]>();
  // Cells whose address is not as `a1` writes it (none of the engine's own), by their text.
  private readonly odd = new Map<string, Map<string, Held>>();
  // Entry i (from 1): the equation's index and the same cell's previous entry (0: none).
  private equationOf: Int32Array;
  private previous: Int32Array;
  private entries = 0;

  /**
   * The equations numbered in `picked` (every one without it), in ascending order; with `only`,
   * the cells of that sheet alone.
   */
  constructor(
    private readonly equations: readonly Equation[],
    picked?: readonly number[],
    only?: string,
  ) {
    const count = picked ? picked.length : equations.length;
    // Sized for the cells equations usually read (a sum of a few parts, a sign's one figure): grown
    // from 1 024 entries, they were made anew eight times (some 4 MB) for a 200-sheet book.
    const capacity = CELLS_PER_EQUATION * count + (picked ? 16 : 1024);
    this.equationOf = new Int32Array(capacity);
    this.previous = new Int32Array(capacity);
    let k = 0;
    // Consecutive cells are mostly on one sheet: its rows are looked up when the sheet changes.
    let sheet: string | undefined;
    let rows: Held[][] | undefined;
    const visit = (on: string, row: number, col: number): void => {
      if (only !== undefined && on !== only) return;
      if (on !== sheet || !rows) {
        sheet = on;
        rows = this.bySheet.get(on);
        if (!rows) this.bySheet.set(on, (rows = []));
      }
      const cols = (rows[row] ??= []);
      cols[col] = this.add(k, (cols[col] as number | undefined) ?? 0);
    };
    for (let i = 0; i < count; i++) {
      k = picked ? picked[i] : i;
      const e = equations[k];
      if (e.eachCell?.(visit)) continue;
      for (const c of e.cells) {
        if (only !== undefined && c.sheet !== only) continue;
        if (visitA1(c.sheet, c.cell, visit)) continue;
        let texts = this.odd.get(c.sheet);
        if (!texts) this.odd.set(c.sheet, (texts = new Map()));
        texts.set(c.cell, this.add(k, (texts.get(c.cell) as number | undefined) ?? 0));
      }
    }
  }

  private add(equation: number, previous: number): number {
    const entry = ++this.entries;
    if (entry >= this.equationOf.length) {
      const equationOf = new Int32Array(this.equationOf.length * 2);
      equationOf.set(this.equationOf);
      this.equationOf = equationOf;
      const before = new Int32Array(this.previous.length * 2);
      before.set(this.previous);
      this.previous = before;
    }
    this.equationOf[entry] = equation;
    this.previous[entry] = previous;
    return entry;
  }

  at(ref: CellRef): readonly Equation[] {
    const at = positionOfA1(ref.cell);
    if (at < 0) {
      const texts = this.odd.get(ref.sheet);
      const held = texts?.get(ref.cell);
      if (held === undefined || typeof held !== "number") return held ?? [];
      const list = this.listFrom(held);
      (texts as Map<string, Held>).set(ref.cell, list);
      return list;
    }
    const cols = this.bySheet.get(ref.sheet)?.[Math.floor(at / POSITION_COLUMNS)];
    const col = at % POSITION_COLUMNS;
    const held = cols?.[col];
    if (held === undefined || typeof held !== "number") return held ?? [];
    const list = this.listFrom(held);
    (cols as Held[])[col] = list;
    return list;
  }

  /** The equations of a cell's entries, in recording order, from its last entry. */
  private listFrom(last: number): Equation[] {
    const list: Equation[] = [];
    for (let entry = last; entry !== 0; entry = this.previous[entry]) list.push(this.equations[this.equationOf[entry]]);
    return list.reverse();
  }
}

/** A cell's last entry, or its list of equations once asked for. */
type Held = number | Equation[];
