import { CellRef, Equation, cellKey } from "../relations/equation";

/**
 * The checked identities as a graph: which equations read a cell, and each equation's verdict on
 * the workbook as it is. Equations that fail and share a cell form a group: one wrong figure
 * usually breaks several identities at once, and they are explained together.
 *
 * A large workbook records tens of thousands of equations and the analysis looks at the few around
 * the failing ones, so nothing is worked out per equation before it is asked for: the index of
 * cells is built without a key string per cell (sheet, then cell), and an equation's keys are
 * made once, when first needed.
 */
export class RelationGraph {
  readonly equations: readonly Equation[];
  private byCell: Map<string, Map<string, Equation | Equation[]>> | null = null;
  private wrong?: { list: readonly Equation[]; set: Set<Equation> };
  private readonly keys = new Map<Equation, readonly string[]>();
  private readonly targetKeys = new Map<Equation, string>();

  constructor(equations: readonly Equation[]) {
    this.equations = equations;
  }

  /** Equations that read the cell. */
  at(ref: CellRef): readonly Equation[] {
    this.byCell ??= indexByCell(this.equations);
    const cells = this.byCell.get(ref.sheet);
    const found = cells?.get(ref.cell);
    if (found === undefined) return [];
    if (Array.isArray(found)) return found;
    // A cell read by one equation is indexed without a list of its own; one is made when asked for.
    const list = [found];
    (cells as Map<string, Equation | Equation[]>).set(ref.cell, list);
    return list;
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

/**
 * Equations by the cells they read, sheet then cell. Most of a workbook's cells are never asked
 * about: one read by a single equation holds the equation itself (tens of thousands fewer lists
 * made and collected).
 */
function indexByCell(equations: readonly Equation[]): Map<string, Map<string, Equation | Equation[]>> {
  const bySheet = new Map<string, Map<string, Equation | Equation[]>>();
  let sheet: string | undefined;
  let cells: Map<string, Equation | Equation[]> | undefined;
  for (const e of equations) {
    for (const c of e.cells) {
      // Consecutive cells are mostly on one sheet: its map is looked up when the sheet changes.
      if (c.sheet !== sheet || !cells) {
        sheet = c.sheet;
        cells = bySheet.get(sheet);
        if (!cells) bySheet.set(sheet, (cells = new Map()));
      }
      const held = cells.get(c.cell);
      if (held === undefined) cells.set(c.cell, e);
      else if (Array.isArray(held)) held.push(e);
      else cells.set(c.cell, [held, e]);
    }
  }
  return bySheet;
}
