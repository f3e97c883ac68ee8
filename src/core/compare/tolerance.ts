import Decimal from "decimal.js";
import { excelRound, halfUnit } from "../arithmetic/rounding";

/** How a checked figure stands against the value it should have. */
export type Verdict = "ok" | "rounding" | "wrong";

/**
 * Workbooks computed in floating point carry noise far below anything shown (0.1 + 0.2); such a
 * difference is no difference at all.
 */
export function isFloatNoise(difference: Decimal, scale: Decimal = new Decimal(1)): boolean {
  return difference.abs().lte(Decimal.max(scale.abs(), 1).mul(1e-9));
}

/**
 * Euro amounts that should agree: equal is fine; up to `euros` apart is rounding (whole euros
 * summed); beyond that the figures disagree.
 */
export function compareEuros(actual: Decimal, expected: Decimal, euros: number): Verdict {
  const diff = actual.minus(expected);
  if (diff.isZero() || isFloatNoise(diff, expected)) return "ok";
  return diff.abs().lte(euros) ? "rounding" : "wrong";
}

export interface ShownCheck {
  verdict: Verdict;
  /** The exact value rounded to the decimals the cell shows. */
  expected: Decimal;
  decimals: number;
}

// A cell may carry a binary fraction's full expansion; what matters is far fewer decimals.
const MAX_DECIMALS = 10;

/**
 * A figure shown with `decimals` decimals (a percentage, €/asukas): fine when it is the exact value
 * correctly rounded (within half a unit), rounding when off by at most half a unit plus `extra`,
 * wrong beyond that.
 */
export function compareShown(shown: Decimal, exact: Decimal, decimals: number, extra: Decimal.Value): ShownCheck {
  const d = Math.max(0, Math.min(decimals, MAX_DECIMALS));
  const expected = excelRound(exact, d);
  const gap = shown.minus(exact).abs();
  const half = halfUnit(d);
  let verdict: Verdict;
  if (gap.lte(half) || isFloatNoise(gap, exact)) verdict = "ok";
  else if (gap.lte(half.plus(extra))) verdict = "rounding";
  else verdict = "wrong";
  return { verdict, expected, decimals: d };
}
