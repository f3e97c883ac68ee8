import Decimal from "decimal.js";
import { ParsedCell } from "../../numbers";
import { Digits } from "../../compare/shownDigits";
import { roundedQuotientDigits } from "../../compare/roundedQuotient";
import { pow10 } from "../../compare/powersOfTen";
import { digitsText } from "../../arithmetic/unitsText";
import { bigAbs, roundHalfUpDigits, settingUnits } from "../../compare/bigDigits";

/** The figures a €/asukas cell off the agreed population is named with, as decimal strings. */
export interface OddFigures {
  /** The figure at the agreed population (`toimintakate / population`, to Decimal's precision) rounded as the cell shows it. */
  expected: string;
  /** shown − expected. */
  difference: string;
  /** |shown − exact| is within half a shown unit and the tolerance: a rounding, not an error. */
  rounding: boolean;
}

/**
 * What a €/asukas finding off the agreed population says, worked out in BigInt from the figures'
 * exact units and the population's digits: the strings `decimalString` writes of Decimal's own
 * quotient (correctly rounded to its precision, as `quotientToPrecision` makes it), of that
 * rounded half away from zero to `places` decimals, and of the differences, with no Decimal made
 * (hundreds of odd cells a year, each naming 80-digit figures). Null where the units or digits do
 * not tell, or where the gap lies so near the rounding bound that only Decimal's own rounded
 * subtraction decides: the caller's Decimal path answers then.
 */
export function oddFigures(kate: ParsedCell, shown: ParsedCell, population: Digits | null, places: number, tolerance: number): OddFigures | null {
  if (kate.kind !== "number" || shown.kind !== "number" || kate.units === undefined || shown.units === undefined || !population) return null;
  if (!Number.isSafeInteger(kate.units) || !Number.isInteger(places) || places < 0) return null;
  const exact = roundedQuotientDigits({ units: BigInt(kate.units), scale: kate.decimals }, population);
  const tol = settingUnits(tolerance);
  if (!exact || !tol) return null;
  const expected = roundHalfUpDigits(exact, places);
  // Unrounded, a quotient of Decimal's full precision would leave shown − expected to its rounding.
  if (expected === exact && bigAbs(exact.units) >= pow10(Decimal.precision - 1)) return null;
  // Every figure at one scale L ≥ 0: shown, exact, expected, half a unit and the tolerance.
  const L = Math.max(shown.decimals, exact.scale, places + 1, tol.scale, 0);
  const s = BigInt(shown.units) * pow10(L - shown.decimals);
  const e = exact.units * pow10(L - exact.scale);
  const gap = bigAbs(s - e);
  const bound = 5n * pow10(L - places - 1) + BigInt(tol.units) * pow10(L - tol.scale);
  // Decimal subtracts to its precision: where the exact gap is within that rounding of the bound,
  // its rounded gap decides.
  const margin = (bigAbs(s) + bigAbs(e)) / pow10(Decimal.precision - 2) + 1n;
  if (bigAbs(gap - bound) <= margin) return null;
  const difference = s - expected.units * pow10(L - expected.scale);
  return {
    expected: digitsText(expected.units, expected.scale),
    difference: digitsText(difference, L),
    rounding: gap <= bound,
  };
}
