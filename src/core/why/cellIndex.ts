import { CellRef, Equation } from "../relations/equation";
import { POSITION_COLUMNS, positionOfA1, visitA1 } from "../relations/position";
import { BySheet } from "./bySheet";
import { CellEntries } from "../relations/cellEntries";
import { HeldSigns } from "../relations/heldSigns";
import type { CellLookup } from "./sheetwiseIndex";
import { grown } from "../grown";

/**
 * Which equations read each cell, and which cells each equation reads, as numbers: every cell an
 * equation reads gets a dense id (by sheet, then row and column), and both directions are held
 * in integer arrays (compressed rows: a count pass, then a fill). Built once over the equations
 * given, with no array or key string per cell: the arrays' storage lies outside the collected heap, so
 * the tens of thousands of entries a large book has cost the collector nothing, where a list per
 * cell was copied at every scavenge to the end of the check.
 *
 * A cell's list of equations (in recording order) is made only when asked for, and then kept.
 */
export class CellIndex implements CellLookup {
  private readonly sheetIds = new BySheet<number>();
  // Per sheet id: its first cell id and its grid's width (columns from 0 to the widest read).
  private readonly firstId: number[] = [];
  private readonly width: number[] = [];
  private readonly height: number[] = [];
  // Sheets whose grid would be mostly empty (a far cell or two): their cells by position.
  private readonly sparse = new Map<number, Map<number, number>>();
  // Cells whose address is not as `a1` writes it (none of the engine's own): by sheet and text.
  private readonly odd = new Map<string, Map<string, number>>();
  /** Cell ids `cellStart[k]` up to `cellStart[k + 1]` of `cellIds`: the cells equation k reads. */
  private readonly cellStart: Int32Array;
  private readonly cellIds: Int32Array;
  /** Equations `equationStart[id]` up to `equationStart[id + 1]` of `equationIds`: those reading cell id. */
  private readonly equationStart: Int32Array;
  private readonly equationIds: Int32Array;
  private readonly lists = new Map<number, readonly Equation[]>();
  /** Per cell id, the sign bits of the held sign checks on the cell (heldSigns.ts), when any are given. */
  private readonly signBits: Uint8Array | undefined;
  /** Cells indexed. */
  readonly size: number;
  /** Entries (an equation reading a cell) indexed. */
  readonly entries: number;

  /**
   * The equations numbered in `picked` (every one without it), in ascending order; with `only`,
   * the cells of that sheet alone. `held`: the sign checks kept apart from the equations, asked of
   * by cell (`signsAt`); a cell only they read gets no id, since no repair is tried on it.
   */
  constructor(
    private readonly equations: readonly Equation[],
    picked?: readonly number[],
    only?: string,
    held?: HeldSigns,
  ) {
    const m = picked ? picked.length : equations.length;
    const cellStart = new Int32Array(m + 1);
    // Each entry's sheet and position first: ids need every sheet's extent.
    const entries = new CellEntries(CELLS_PER_EQUATION * m + 16);
    const onlyNumber = only === undefined ? -1 : entries.sheetNumber(only);
    let oddCells: { entry: number; sheet: string; text: string }[] | undefined;
    for (let j = 0; j < m; j++) {
      const from = entries.size;
      cellStart[j] = from;
      const e = equations[picked ? picked[j] : j];
      if (e.cellsInto) e.cellsInto(entries);
      else if (!visitedInto(e, entries)) {
        for (const c of e.cells) {
          if (only !== undefined && c.sheet !== only) continue;
          if (addedA1(entries, c.sheet, c.cell)) continue;
          (oddCells ??= []).push({ entry: entries.size, sheet: c.sheet, text: c.cell });
          entries.add(ODD, 0, 0);
        }
        continue;
      }
      // Cells written by position come from every sheet: those of other sheets are dropped.
      if (only !== undefined) entries.keepFrom(from, onlyNumber);
    }
    const n = entries.size;
    cellStart[m] = n;
    this.cellStart = cellStart;
    const { sheets: sheetOf, rows: rowOf, cols: colOf, sheetNames } = entries;
    // Each sheet's extent: its rows and columns from 0 to the furthest read, and its cells read.
    const rows = new Float64Array(sheetNames.length);
    const cols = new Int32Array(sheetNames.length);
    const counts = new Int32Array(sheetNames.length);
    for (let i = 0; i < n; i++) {
      const s = sheetOf[i];
      if (s === ODD) continue;
      if (rowOf[i] >= rows[s]) rows[s] = rowOf[i] + 1;
      if (colOf[i] >= cols[s]) cols[s] = colOf[i] + 1;
      counts[s]++;
    }
    for (let s = 0; s < sheetNames.length; s++) this.sheetIds.set(sheetNames[s], s);

    // Ids: each sheet's grid in turn, then the cells of sparse sheets and odd ones as met.
    let next = 0;
    const sparseOf: (Map<number, number> | undefined)[] = [];
    for (let s = 0; s < rows.length; s++) {
      this.firstId.push(next);
      this.width.push(cols[s]);
      this.height.push(rows[s]);
      const area = rows[s] * cols[s];
      if (area <= SPARSE_FACTOR * counts[s] + DENSE_ALWAYS) {
        next += area;
        sparseOf.push(undefined);
      } else {
        const byPosition = new Map<number, number>();
        this.sparse.set(s, byPosition);
        sparseOf.push(byPosition);
      }
    }
    const firstId = this.firstId;
    const width = this.width;
    const cellIds = new Int32Array(n);
    // Counted as they are given: the ids of sparse and odd cells are not known before.
    let counted = new Int32Array(next + 1);
    let oddAt = 0;
    for (let i = 0; i < n; i++) {
      const s = sheetOf[i];
      if (s === ODD) {
        const o = (oddCells as NonNullable<typeof oddCells>)[oddAt++];
        let texts = this.odd.get(o.sheet);
        if (!texts) this.odd.set(o.sheet, (texts = new Map()));
        let id = texts.get(o.text);
        if (id === undefined) texts.set(o.text, (id = next++));
        cellIds[i] = id;
        if (id + 1 >= counted.length) counted = grown(counted);
        counted[id]++;
        continue;
      }
      const byPosition = sparseOf[s];
      let id: number;
      if (byPosition) {
        const p = rowOf[i] * POSITION_COLUMNS + colOf[i];
        const known = byPosition.get(p);
        if (known === undefined) byPosition.set(p, (id = next++));
        else id = known;
        if (id + 1 >= counted.length) counted = grown(counted);
      } else id = firstId[s] + rowOf[i] * width[s] + colOf[i];
      cellIds[i] = id;
      counted[id]++;
    }
    this.cellIds = cellIds;
    this.size = next;
    this.entries = n;

    // Equations by cell: each cell's count summed up to where its list ends, then filled from the
    // last equation back, each cell's end stepped down to its start: recording order in each list,
    // with no copy of the starts to fill from (an array the size of the index).
    const equationStart = counted.length === next + 1 ? counted : counted.slice(0, next + 1);
    for (let id = 1; id < next; id++) equationStart[id] += equationStart[id - 1];
    equationStart[next] = n;
    const equationIds = new Int32Array(n);
    for (let j = m - 1; j >= 0; j--) {
      const k = picked ? picked[j] : j;
      for (let i = cellStart[j + 1] - 1; i >= cellStart[j]; i--) equationIds[--equationStart[cellIds[i]]] = k;
    }
    this.equationStart = equationStart;
    this.equationIds = equationIds;
    this.signBits = held && held.size > 0 ? this.placeSigns(held, only) : undefined;
  }

  /** The held checks' sign bits by the ids of their cells (those that have one). */
  private placeSigns(held: HeldSigns, only: string | undefined): Uint8Array {
    const bits = new Uint8Array(this.size);
    // Each of the held checks' sheets as numbered here, once: −1 when not indexed.
    const sheetIds = new Int32Array(held.sheetCount);
    for (let n = 0; n < sheetIds.length; n++) {
      const name = held.sheetName(n);
      sheetIds[n] = only !== undefined && name !== only ? -1 : (this.sheetIds.get(name) ?? -1);
    }
    for (let k = 0; k < held.size; k++) {
      const s = sheetIds[held.sheetOf(k)];
      if (s < 0) continue;
      const id = this.idAt(s, held.rowOf(k), held.colOf(k));
      if (id >= 0) bits[id] |= held.bitOf(k);
    }
    return bits;
  }

  /** The id of the cell at the 0-based row and column of sheet number `s`, or −1 where none is. */
  private idAt(s: number, row: number, col: number): number {
    const byPosition = this.sparse.get(s);
    if (byPosition) return byPosition.get(row * POSITION_COLUMNS + col) ?? -1;
    if (row >= this.height[s] || col >= this.width[s]) return -1;
    return this.firstId[s] + row * this.width[s] + col;
  }

  /** The sign bits (heldSigns.ts) of the held sign checks on cell `id`: 0 when none holds there. */
  signsAt(id: number): number {
    return id < 0 || !this.signBits ? 0 : this.signBits[id];
  }

  /** The id of the cell, or −1 when no equation reads it. */
  idOf(ref: CellRef): number {
    const at = positionOfA1(ref.cell);
    if (at < 0) return this.odd.get(ref.sheet)?.get(ref.cell) ?? -1;
    const row = Math.floor(at / POSITION_COLUMNS);
    return this.idAtCell(ref.sheet, row, at - row * POSITION_COLUMNS);
  }

  /** `idOf` of the cell at the 0-based `row` and `col` of `sheet`, as an equation's `eachCell` visits it: no address read. */
  idAtCell(sheet: string, row: number, col: number): number {
    const s = this.sheetIds.get(sheet);
    if (s === undefined) return -1;
    const id = this.idAt(s, row, col);
    // A dense sheet numbers every cell of its box, read or not.
    return id >= 0 && this.equationStart[id + 1] > this.equationStart[id] ? id : -1;
  }

  /** Equations that read the cell, in recording order. */
  at(ref: CellRef): readonly Equation[] {
    const id = this.idOf(ref);
    if (id < 0) return NONE;
    let list = this.lists.get(id);
    if (!list) {
      const made: Equation[] = [];
      for (let i = this.equationStart[id]; i < this.equationStart[id + 1]; i++) made.push(this.equations[this.equationIds[i]]);
      this.lists.set(id, (list = made));
    }
    return list;
  }

  /**
   * Where the equations reading cell `id` lie (−1: none) in the index's order, `firstAt(id)` up
   * to `endAt(id)`, each read by `equationAt`: a caller walking them makes no list.
   */
  firstAt(id: number): number {
    return id < 0 ? 0 : this.equationStart[id];
  }

  endAt(id: number): number {
    return id < 0 ? 0 : this.equationStart[id + 1];
  }

  equationAt(i: number): Equation {
    return this.equations[this.equationIds[i]];
  }

  equationNumberAt(i: number): number {
    return this.equationIds[i];
  }

  idsOf(k: number, _e: Equation, visit: (id: number) => void): void {
    this.eachCellOf(k, visit);
  }

  /**
   * Visits the ids of the cells the `j`-th equation indexed (the `j`-th picked, or equation j)
   * reads, in `cells` order.
   */
  eachCellOf(k: number, visit: (id: number) => void): void {
    for (let i = this.cellStart[k]; i < this.cellStart[k + 1]; i++) visit(this.cellIds[i]);
  }
}

// The entries an equation's `eachCell` is visiting into, and its visitor: a function of the module,
// not a closure made by each index (docs/engine-speed.md: closures).
let filling: CellEntries | undefined;

function fillEntry(sheet: string, row: number, col: number): void {
  const entries = filling as CellEntries;
  entries.add(entries.sheetNumber(sheet), row, col);
}

/** The cell `address` of `sheet` into `entries`, as `visitA1` reads it: false, nothing written, for another text. */
function addedA1(entries: CellEntries, sheet: string, address: string): boolean {
  filling = entries;
  try {
    return visitA1(sheet, address, fillEntry);
  } finally {
    filling = undefined;
  }
}

/** `eachCell` of the equation into `entries`: false, nothing written, where it cannot. */
function visitedInto(e: Equation, entries: CellEntries): boolean {
  if (!e.eachCell) return false;
  filling = entries;
  try {
    return e.eachCell(fillEntry);
  } finally {
    filling = undefined;
  }
}

// Cells an equation reads, on average, a little above what a budget book's equations do (3.9,
// the one-cell sign checks that hold being kept apart).
const CELLS_PER_EQUATION = 4;
// A sheet's grid is kept when it has at most this many cells per cell read, or is this small.
const SPARSE_FACTOR = 16;
const DENSE_ALWAYS = 4096;
// An entry's sheet when its address is kept by its text.
const ODD = -1;
const NONE: readonly Equation[] = [];
