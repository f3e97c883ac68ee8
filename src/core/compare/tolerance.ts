import Decimal from "decimal.js";
import { excelRound, halfUnit } from "../arithmetic/rounding";

/** How a checked figure stands against the value it should have. */
export type Verdict = "ok" | "rounding" | "wrong";

// decimal.js rounds every result to 20 significant digits by default, so a sum of 30-digit
// figures would lose its last euros. Workbook figures never come near 80 digits.
Decimal.set({ precision: 80 });

/** Half a cent: no float noise is ever allowed to hide a difference a reader could see. */
const NOISE_CEILING = new Decimal("0.005");
/** A few units in the last place of a double: what summing a column in binary floating point leaves. */
const NOISE_ULPS = 8;

/**
 * Workbooks computed in floating point carry noise far below anything shown (0.1 + 0.2); such a
 * difference is no difference at all. The noise is measured in units in the last place of a
 * double of the figure's size, never as a fraction of it: 3 € on 5 000 000 000 € is 3 €, not noise.
 */
export function isFloatNoise(difference: Decimal, scale: Decimal = new Decimal(1)): boolean {
  // A cent or more is never noise (the limit is at most half a cent): told by the decimal exponent
  // alone, which spares the limit's arithmetic for every real difference.
  if (!difference.isZero() && difference.e >= -2) return false;
  const magnitude = Math.max(Math.abs(scale.toNumber()), 1);
  const ulp = Number.isFinite(magnitude) ? Math.pow(2, Math.floor(Math.log2(magnitude)) - 52) : Infinity;
  const limit = Decimal.min(NOISE_CEILING, new Decimal(ulp * NOISE_ULPS));
  return difference.abs().lte(limit);
}

/**
 * Euro amounts that should agree: equal is fine; up to `euros` apart is rounding (whole euros
 * summed); beyond that the figures disagree.
 */
export function compareEuros(actual: Decimal, expected: Decimal, euros: number): Verdict {
  // Most figures agree exactly: answer those without computing a difference.
  if (actual.eq(expected)) return "ok";
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
  const d = shownPlaces(decimals);
  const expected = excelRound(exact, d);
  const gap = shown.minus(exact).abs();
  const half = halfUnit(d);
  let verdict: Verdict;
  if (gap.lte(half) || isFloatNoise(gap, exact)) verdict = "ok";
  else if (gap.lte(half.plus(extra))) verdict = "rounding";
  else verdict = "wrong";
  return { verdict, expected, decimals: d };
}

/** The decimals a shown figure is compared at: as shown, within 0 to 10. */
export function shownPlaces(decimals: number): number {
  return Math.max(0, Math.min(decimals, MAX_DECIMALS));
}

/**
 * Whether `shown` is within half a unit of `numerator / denominator` (as `compareShown` measures
 * it), told without dividing: |shown × denominator − numerator| ≤ half × |denominator|. Products
 * of figures are exact in Decimal, so this is the exact comparison; the 80-digit quotient agrees
 * with it for figures of far fewer digits than 80: a quotient that lands on a shown value ± half a
 * unit is a terminating decimal, and one that misses it misses by more than its 80th digit.
 * False says only "not plainly right": float noise and rounding are for `compareShown` to judge.
 */
export function shownWithinHalf(shown: Decimal, numerator: Decimal, denominator: Decimal, decimals: number): boolean {
  const gap = shown.mul(denominator).minus(numerator).abs();
  return gap.lte(halfUnit(shownPlaces(decimals)).mul(denominator.abs()));
}
