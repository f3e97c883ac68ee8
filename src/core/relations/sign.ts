import Decimal from "decimal.js";
import { CellRef, Equation, cellKey } from "./equation";

/**
 * A cost is negative and a revenue positive (`direction`): a one-cell constraint, recorded so that
 * a lost minus sign can be a probable cause and so that no repair proposes a positive cost.
 * Solving gives the same amount with the right sign; 0 satisfies either direction.
 */
export function signEquation(rule: string, ref: CellRef, value: Decimal, direction: "cost" | "revenue", column?: string): Equation {
  const key = cellKey(ref);
  const wrongSign = (v: Decimal) => (direction === "cost" ? v.isPositive() : v.isNegative()) && !v.isZero();
  return {
    rule,
    relation: direction === "cost" ? "cost ≤ 0" : "revenue ≥ 0",
    ...(column ? { column } : {}),
    target: ref,
    cells: [ref],
    evaluate(overrides) {
      return wrongSign(overrides?.get(key) ?? value) ? "wrong" : "ok";
    },
    solveFor(cell, overrides) {
      if (cellKey(cell) !== key) return null;
      const v = overrides?.get(key) ?? value;
      return wrongSign(v) ? v.neg() : null;
    },
  };
}
