import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import { CellRef, Equation, Overrides, cellKey } from "./equation";

/** One area's amount of a shared cost and its key (percent). */
export interface AllocationPart {
  ref: CellRef;
  /** The workbook's amount; null when the cell holds no figure (counts as 0). */
  amount: Decimal | null;
  key: Decimal;
}

export interface AllocationSpec {
  rule: string;
  column?: string;
  /** Index into `parts` of the area this equation checks. */
  index: number;
  parts: readonly AllocationPart[];
  /** The agreed total (signed like the amounts); null: the total is the sum of the amounts. */
  total: Decimal | null;
  /** A gap up to this (in euros) is the amounts' and the key's rounding, not a wrong amount. */
  slack: Decimal.Value;
}

/**
 * `amountᵢ = keyᵢ / 100 × total`, where the total is the agreed one or else the sum of every
 * area's amount (so each amount also enters its own total). Linear in every amount, so a single
 * amount can be solved for; which area is out of line follows from which repair fits all areas.
 */
export function allocationEquation(spec: AllocationSpec): Equation {
  const slack = new Decimal(spec.slack);
  const keys = spec.parts.map((p) => cellKey(p.ref));
  const me = spec.parts[spec.index];
  const amounts = (overrides?: Overrides) => spec.parts.map((p, i) => overrides?.get(keys[i]) ?? p.amount ?? new Decimal(0));
  const totalOf = (values: readonly Decimal[]) => spec.total ?? values.reduce((a, b) => a.plus(b), new Decimal(0));
  return {
    rule: spec.rule,
    relation: "allocation: amount = key × total",
    ...(spec.column ? { column: spec.column } : {}),
    target: me.ref,
    cells: spec.total ? [me.ref] : spec.parts.map((p) => p.ref),
    evaluate(overrides): Verdict {
      const values = amounts(overrides);
      const gap = values[spec.index].minus(me.key.div(100).mul(totalOf(values))).abs();
      // Largest-remainder parts are within a euro of the exact share.
      if (gap.lt(1)) return "ok";
      return gap.lte(slack) ? "rounding" : "wrong";
    },
    solveFor(ref, overrides) {
      const j = keys.indexOf(cellKey(ref));
      if (j < 0 || (spec.total && j !== spec.index)) return null;
      const values = amounts(overrides);
      const k = me.key.div(100);
      if (spec.total) return k.mul(spec.total);
      const rest = values.reduce((a, b, i) => (i === j ? a : a.plus(b)), new Decimal(0));
      if (j === spec.index) {
        // x = k (rest + x)  ⇒  x = k · rest / (1 − k)
        return k.eq(1) ? null : k.mul(rest).div(new Decimal(1).minus(k));
      }
      // amount = k (rest + x)  ⇒  x = amount / k − rest
      return k.isZero() ? null : values[spec.index].div(k).minus(rest);
    },
  };
}
