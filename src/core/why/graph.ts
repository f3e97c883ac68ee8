import { CellRef, Equation } from "../relations/equation";
import { CellIndex } from "./cellIndex";
import { HeldSigns } from "../relations/heldSigns";
import { FailingPlaces } from "../relations/failingPlaces";
import { CellLookup, SheetwiseIndex } from "./sheetwiseIndex";

/**
 * The checked identities as a graph: which equations read a cell, and each equation's verdict on
 * the workbook as it is. Equations that fail and share a cell form a group: one wrong figure
 * usually breaks several identities at once, and they are explained together.
 *
 * A large workbook records tens of thousands of equations and the analysis looks at the few around
 * the failing ones: the index of cells (cellIndex.ts) numbers cells and equations, with no key
 * string or list per cell, and the groups are formed on those numbers. With failing equations on
 * a few sheets (a mostly consistent book) the cells are indexed a sheet at a time, as asked for.
 */
export class RelationGraph {
  readonly equations: readonly Equation[];
  private byCell: CellLookup | null = null;
  private wrong?: { list: readonly Equation[]; set: Set<Equation>; numbers: number[] };

  private readonly held: HeldSigns | undefined;
  private readonly noted: FailingPlaces | undefined;

  /**
   * The equations as recorded; the sign checks that hold, when kept apart (`heldSigns`), are asked
   * of by cell (`signsAt`): they never fail and never join a group. The failing ones' places, when
   * the rules noted them as they judged (`failing`, relations/failingPlaces.ts), are taken as noted.
   */
  constructor(equations: readonly Equation[] & { readonly heldSigns?: HeldSigns; readonly failing?: FailingPlaces }) {
    this.equations = equations;
    this.held = equations.heldSigns;
    this.noted = equations.failing;
  }

  /** Equations that read the cell. */
  at(ref: CellRef): readonly Equation[] {
    return this.cellIndex().at(ref);
  }

  private cellIndex(): CellLookup {
    return (this.byCell ??= this.failsOnFewSheets() ? new SheetwiseIndex(this.equations, this.held) : new CellIndex(this.equations, undefined, undefined, this.held));
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

  /** Cell ids given so far: every id `idOf` has given is below it. */
  get cellIdCount(): number {
    return this.cellIndex().size;
  }

  /** The cell's id in the index (cellIndex.ts), or −1 when no equation reads it. */
  idOf(ref: CellRef): number {
    return this.cellIndex().idOf(ref);
  }

  /** `idOf` of the cell at the 0-based `row` and `col` of `sheet`, as `Equation.eachCell` visits it. */
  idAtCell(sheet: string, row: number, col: number): number {
    return this.cellIndex().idAtCell(sheet, row, col);
  }

  /**
   * The equations reading the cell of id `id` lie at `firstAt(id)` up to `endAt(id)`, in recording
   * order, each read by `equationAt`: the search walks them so, with no list kept per cell.
   */
  firstAt(id: number): number {
    return this.cellIndex().firstAt(id);
  }

  endAt(id: number): number {
    return this.cellIndex().endAt(id);
  }

  equationAt(i: number): Equation {
    return this.cellIndex().equationAt(i);
  }

  /**
   * The sign bits (relations/heldSigns.ts) of the sign checks that hold on the cell of id `id`
   * with the workbook's own values, 0 when none: what a value tried there must not break.
   */
  signsAt(id: number): number {
    return this.cellIndex().signsAt(id);
  }

  /** Whether the equation reads the cell. */
  reads(e: Equation, ref: CellRef): boolean {
    return this.readsAt(e, this.idOf(ref));
  }

  /** `reads` of the cell of id `id` (as `idOf` gives it), for a caller that holds the id already. */
  readsAt(e: Equation, id: number): boolean {
    const index = this.cellIndex();
    for (let i = index.firstAt(id), end = index.endAt(id); i < end; i++) if (index.equationAt(i) === e) return true;
    return false;
  }

  /**
   * Failing equations (a real difference, not rounding) with the workbook's own values, in
   * recording order: as the rules noted them, else every equation evaluated once and only the
   * failing few kept.
   */
  failing(): readonly Equation[] {
    if (!this.wrong) {
      const all = this.equations;
      const numbers = this.noted?.coverAll(all) ? this.noted.places : evaluatedFailing(all);
      const failing = numbers.map((k) => all[k]);
      this.wrong = { list: failing, set: new Set(failing), numbers };
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
    // A consistent book: no index made.
    if (failing.length === 0) return [];
    const numbers = (this.wrong as { numbers: number[] }).numbers;
    const joining = new Joining(this.cellIndex(), numbers, this.equations.length);
    running = joining;
    try {
      for (let i = 0; i < failing.length; i++) {
        joining.at = i;
        joining.index.idsOf(numbers[i], failing[i], joinAt);
      }
    } finally {
      running = undefined;
    }
    // Each root's group by its place among the groups, in the order of their first equations.
    const groupOf = new Int32Array(failing.length).fill(-1);
    const groups: Equation[][] = [];
    for (let j = 0; j < failing.length; j++) {
      const r = joining.find(j);
      if (groupOf[r] < 0) groupOf[r] = groups.push([failing[j]]) - 1;
      else groups[groupOf[r]].push(failing[j]);
    }
    return groups;
  }
}

/**
 * Union-find over the failing equations' places in `failing`, joined through the cells they read.
 * Each failing equation joins the first failing one (in recording order) that reads each of its
 * cells: the index lists a cell's readers in that order, so no table by cell is made (an array of
 * the index's size, for a thousand failing equations among tens of thousands).
 */
class Joining {
  private readonly parent: Int32Array;
  // By an equation's place in the list: 1 + its place among the failing, 0 when it holds.
  private readonly failingAt: Int32Array;
  /** The failing equation whose cells are being visited. */
  at = 0;

  constructor(
    readonly index: CellLookup,
    numbers: readonly number[],
    equations: number,
  ) {
    this.parent = new Int32Array(numbers.length);
    for (let i = 0; i < numbers.length; i++) this.parent[i] = i;
    this.failingAt = new Int32Array(equations);
    for (let i = 0; i < numbers.length; i++) this.failingAt[numbers[i]] = i + 1;
  }

  find(i: number): number {
    const parent = this.parent;
    let r = i;
    while (parent[r] !== r) r = parent[r];
    parent[i] = r;
    return r;
  }

  /** Joins equation `at` with the first failing reader of the cell of id `id`. */
  join(id: number): void {
    const index = this.index;
    for (let r = index.firstAt(id), end = index.endAt(id); r < end; r++) {
      const first = this.failingAt[index.equationNumberAt(r)] - 1;
      if (first < 0) continue;
      if (first !== this.at) this.parent[this.find(this.at)] = this.find(first);
      return;
    }
  }
}

// The joining running, and its visitor of cells: a function of the module, not a closure made by
// each check (docs/engine-speed.md: closures).
let running: Joining | undefined;

function joinAt(id: number): void {
  (running as Joining).join(id);
}

/** The places of the equations that fail with the workbook's own values, each evaluated. */
function evaluatedFailing(all: readonly Equation[]): number[] {
  const numbers: number[] = [];
  for (let k = 0; k < all.length; k++) if (all[k].evaluate() === "wrong") numbers.push(k);
  return numbers;
}

// Failing equations on at most this many sheets: the repairs ask about cells of those sheets and
// the few others their relations reach, so the cells are indexed a sheet at a time. Beyond it
// (an error-dense book fails on every sheet) all are indexed at once.
const SHEETS_INDEXED_ALONE = 8;
