import { Verdict } from "../compare/tolerance";
import { Equation, Overrides, cellKey } from "../relations/equation";

/**
 * The checked identities as a graph: which equations read a cell, and each equation's verdict on
 * the workbook as it is. Equations that fail and share a cell form a group: one wrong figure
 * usually breaks several identities at once, and they are explained together.
 */
export class RelationGraph {
  readonly equations: readonly Equation[];
  private readonly byCell = new Map<string, Equation[]>();
  private readonly verdicts = new Map<Equation, Verdict>();

  constructor(equations: readonly Equation[]) {
    this.equations = equations;
    for (const e of equations) {
      for (const c of e.cells) {
        const k = cellKey(c);
        const list = this.byCell.get(k);
        if (list) list.push(e);
        else this.byCell.set(k, [e]);
      }
    }
  }

  /** Equations that read the cell (`cellKey`). */
  at(key: string): readonly Equation[] {
    return this.byCell.get(key) ?? [];
  }

  /** The verdict with the workbook's own values (computed once). */
  verdict(e: Equation): Verdict {
    let v = this.verdicts.get(e);
    if (v === undefined) {
      v = e.evaluate();
      this.verdicts.set(e, v);
    }
    return v;
  }

  /** The verdict with some values replaced; the workbook's when nothing replaced touches it. */
  verdictWith(e: Equation, overrides: Overrides): Verdict {
    if (overrides.size === 0 || !e.cells.some((c) => overrides.has(cellKey(c)))) return this.verdict(e);
    return e.evaluate(overrides);
  }

  /** Failing equations (a real difference, not rounding) in groups that share cells. */
  failingGroups(): Equation[][] {
    const failing = this.equations.filter((e) => this.verdict(e) === "wrong");
    const parent = new Map<Equation, Equation>(failing.map((e) => [e, e]));
    const find = (e: Equation): Equation => {
      let r = e;
      while (parent.get(r) !== r) r = parent.get(r) as Equation;
      parent.set(e, r);
      return r;
    };
    const owner = new Map<string, Equation>();
    for (const e of failing) {
      for (const c of e.cells) {
        const k = cellKey(c);
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
