import Decimal from "decimal.js";
import { compareEuros } from "../compare/tolerance";
import { CellRef, Equation, Overrides, cellKey } from "./equation";

/** A cell's part in a linear identity: its coefficient (usually +1 or −1) and current value. */
export interface LinearTerm {
  ref: CellRef;
  coefficient: Decimal;
  /** The workbook's value; null for markers and empties, which count as nothing. */
  value: Decimal | null;
}

export interface LinearSpec {
  rule: string;
  relation?: string;
  column?: string;
  /** The checked cell and its value: `target = Σ coefficient × term`. */
  target: { ref: CellRef; value: Decimal };
  terms: readonly LinearTerm[];
  /** Euro gap still counted as rounding, in the table's own unit. */
  tolerance: Decimal.Value;
}

/**
 * `target = Σ cᵢ·xᵢ` as an equation: the form of every sum, total and cross-table agreement.
 * Solving for any one cell is exact, which is what a single-cell repair needs.
 */
export function linearEquation(spec: LinearSpec): Equation {
  const targetKey = cellKey(spec.target.ref);
  const tolerance = new Decimal(spec.tolerance);
  const valueOf = (ref: CellRef, own: Decimal | null, overrides?: Overrides): Decimal | null =>
    overrides?.get(cellKey(ref)) ?? own;
  // Keys once: a what-if evaluation looks every term up, and the analysis runs many of them.
  const termKeys = spec.terms.map((t) => cellKey(t.ref));
  const sides = (overrides?: Overrides) => {
    const actual = (overrides?.get(targetKey) ?? spec.target.value) ?? new Decimal(0);
    let expected = new Decimal(0);
    spec.terms.forEach((t, i) => {
      const v = overrides?.get(termKeys[i]) ?? t.value;
      if (v) expected = expected.plus(t.coefficient.eq(1) ? v : v.mul(t.coefficient));
    });
    return { actual, expected };
  };
  const cells: CellRef[] = [];
  const seen = new Set<string>();
  for (const ref of [spec.target.ref, ...spec.terms.map((t) => t.ref)]) {
    const k = cellKey(ref);
    if (!seen.has(k)) {
      seen.add(k);
      cells.push(ref);
    }
  }
  return {
    rule: spec.rule,
    ...(spec.relation ? { relation: spec.relation } : {}),
    ...(spec.column ? { column: spec.column } : {}),
    target: spec.target.ref,
    cells,
    evaluate(overrides) {
      const { actual, expected } = sides(overrides);
      return compareEuros(actual, expected, tolerance.toNumber());
    },
    solveFor(ref, overrides) {
      const key = cellKey(ref);
      const { actual, expected } = sides(overrides);
      if (key === targetKey) return expected;
      // A cell may appear as several terms (rarely): its total coefficient is what moves the sum.
      let coefficient = new Decimal(0);
      for (const t of spec.terms) if (cellKey(t.ref) === key) coefficient = coefficient.plus(t.coefficient);
      if (coefficient.isZero()) return null;
      const current = valueOf(ref, spec.terms.find((t) => cellKey(t.ref) === key)?.value ?? null, overrides) ?? new Decimal(0);
      // actual = expected − c·current + c·x  ⇒  x = current + (actual − expected) / c
      return current.plus(actual.minus(expected).div(coefficient));
    },
  };
}
