import { CellRef, Equation } from "../relations/equation";
import { CellIndex } from "./cellIndex";
import { BySheet } from "./bySheet";
import { HeldSigns } from "../relations/heldSigns";
import { CellEntries } from "../relations/cellEntries";

/** What the graph asks of its index of cells: `CellIndex` over every equation, or `SheetwiseIndex`. */
export interface CellLookup {
  /** Cell ids given so far: every id is below it. */
  readonly size: number;
  idOf(ref: CellRef): number;
  /** `idOf` of the cell at the 0-based `row` and `col` of `sheet`, as `Equation.eachCell` visits it. */
  idAtCell(sheet: string, row: number, col: number): number;
  firstAt(id: number): number;
  endAt(id: number): number;
  equationAt(i: number): Equation;
  /** The number among the equations indexed (their place in the list given) of `equationAt(i)`. */
  equationNumberAt(i: number): number;
  at(ref: CellRef): readonly Equation[];
  /** The sign bits (relations/heldSigns.ts) of the held sign checks on cell `id`, 0 when none. */
  signsAt(id: number): number;
  /** Visits the ids of the cells equation `e` (number `k` of the equations) reads, in `cells` order. */
  idsOf(k: number, e: Equation, visit: (id: number) => void): void;
}

// In the sheet of each equation: its cells are on more than one sheet, or it reads none.
const SEVERAL_SHEETS = -1;
const NO_SHEET = -2;

/** A sheet's index and where its ids and entries start among all sheets'. */
interface Block {
  index: CellIndex;
  idBase: number;
  entryBase: number;
}

/**
 * The cell index made a sheet at a time, each sheet's when a cell of it is first asked about. A
 * mostly consistent book fails on a sheet or two and the analysis asks about little else: one pass
 * notes the sheet of each equation's cells (visiting them is a third of indexing them), and a
 * sheet's `CellIndex` is made from its own equations and those on several sheets, in recording
 * order, so each cell's equations are those an index of every equation gives. Ids and entries
 * continue from the sheets indexed before, so they are the same numbers for the whole analysis.
 */
export class SheetwiseIndex implements CellLookup {
  private readonly sheetIds = new BySheet<number>();
  // Per equation, the id of the sheet its cells are on, or SEVERAL_SHEETS.
  private readonly sheetOf: Int32Array;
  private readonly bySheet = new BySheet<Block>();
  private readonly blocks: Block[] = [];
  private last: Block | undefined;
  size = 0;
  private entries = 0;

  constructor(
    private readonly equations: readonly Equation[],
    private readonly held?: HeldSigns,
  ) {
    this.sheetOf = new Int32Array(equations.length);
    const ids = this.sheetIds;
    const idOf = (sheet: string): number => ids.getOrMake(sheet, () => ids.size);
    let first = NO_SHEET;
    const see = (id: number): void => {
      if (first === NO_SHEET) first = id;
      else if (first !== id) first = SEVERAL_SHEETS;
    };
    const visit = (sheet: string): void => see(idOf(sheet));
    // An equation that writes its cells writes them here, and its sheets are read from the table.
    const written = new CellEntries(64);
    for (let k = 0; k < equations.length; k++) {
      const e = equations[k];
      first = NO_SHEET;
      if (e.cellsInto) {
        written.size = 0;
        e.cellsInto(written);
        for (let i = 0; i < written.size; i++) see(idOf(written.sheetNames[written.sheets[i]]));
      } else if (!e.eachCell?.(visit)) for (const c of e.cells) visit(c.sheet);
      this.sheetOf[k] = first;
    }
  }

  private block(sheet: string): Block | undefined {
    let block = this.bySheet.get(sheet);
    if (!block) {
      const id = this.sheetIds.get(sheet);
      // No equation reads a cell of the sheet.
      if (id === undefined) return undefined;
      const picked: number[] = [];
      for (let k = 0; k < this.sheetOf.length; k++) if (this.sheetOf[k] === id || this.sheetOf[k] === SEVERAL_SHEETS) picked.push(k);
      const index = new CellIndex(this.equations, picked, sheet, this.held);
      block = { index, idBase: this.size, entryBase: this.entries };
      this.size += index.size;
      this.entries += index.entries;
      this.blocks.push(block);
      this.bySheet.set(sheet, block);
    }
    return block;
  }

  /** The block holding the id (or, with `entries`, the entry): the last asked first, since callers walk one cell's. */
  private blockWith(n: number, entries: boolean): Block {
    const last = this.last;
    if (last && n >= (entries ? last.entryBase : last.idBase) && n < (entries ? last.entryBase + last.index.entries : last.idBase + last.index.size)) return last;
    for (const b of this.blocks) {
      const base = entries ? b.entryBase : b.idBase;
      if (n >= base && n < base + (entries ? b.index.entries : b.index.size)) return (this.last = b);
    }
    throw new Error(`no cell index holds ${entries ? "entry" : "id"} ${n}`);
  }

  idOf(ref: CellRef): number {
    const block = this.block(ref.sheet);
    if (!block) return -1;
    const id = block.index.idOf(ref);
    return id < 0 ? -1 : block.idBase + id;
  }

  idAtCell(sheet: string, row: number, col: number): number {
    const block = this.block(sheet);
    if (!block) return -1;
    const id = block.index.idAtCell(sheet, row, col);
    return id < 0 ? -1 : block.idBase + id;
  }

  firstAt(id: number): number {
    if (id < 0) return 0;
    const b = this.blockWith(id, false);
    return b.entryBase + b.index.firstAt(id - b.idBase);
  }

  endAt(id: number): number {
    if (id < 0) return 0;
    const b = this.blockWith(id, false);
    return b.entryBase + b.index.endAt(id - b.idBase);
  }

  equationAt(i: number): Equation {
    const b = this.blockWith(i, true);
    return b.index.equationAt(i - b.entryBase);
  }

  equationNumberAt(i: number): number {
    const b = this.blockWith(i, true);
    return b.index.equationNumberAt(i - b.entryBase);
  }

  signsAt(id: number): number {
    if (id < 0) return 0;
    const b = this.blockWith(id, false);
    return b.index.signsAt(id - b.idBase);
  }

  at(ref: CellRef): readonly Equation[] {
    return this.block(ref.sheet)?.index.at(ref) ?? [];
  }

  /** By row and column where the equation visits its cells so: no `CellRef` or address read. */
  idsOf(_k: number, e: Equation, visit: (id: number) => void): void {
    if (e.eachCell?.((sheet, row, col) => visit(this.idAtCell(sheet, row, col)))) return;
    for (const c of e.cells) visit(this.idOf(c));
  }
}
