import Decimal from "decimal.js";
import { Verdict } from "../../compare/tolerance";
import { pow10 } from "../../compare/powersOfTen";
import { digitsText } from "../../arithmetic/unitsText";
import { bigAbs, roundHalfUpDigits, settingUnits, toPrecision } from "../../compare/bigDigits";

/** An exact number `units × 10^-scale`; the scale may be of either sign. */
export interface ExactDigits {
  units: bigint;
  scale: number;
}

/** What `compareShown` and the finding's words give for a shown figure, as decimal strings. */
export interface ShownWords {
  verdict: Exclude<Verdict, "ok">;
  /** The shown figure, the exact value rounded as shown, the exact value, shown − rounded. */
  actual: string;
  expected: string;
  exact: string;
  difference: string;
}

/**
 * `compareShown(shown, exact, places, extra)` and the decimal strings its finding writes
 * (`decimalString` of the shown figure, of `exact` rounded half away from zero to `places`, of
 * `exact` itself and of the difference), worked out in BigInt from exact digits: `exact` must be
 * the Decimal's own value (e.g. a quotient as `roundedQuotientDigits` gives it). Undefined where
 * only Decimal can say: the gap under a cent (float noise is judged there), within half a unit,
 * or so near a bound that Decimal's rounding of the gap to its precision decides. Hundreds of
 * failed percentages a check wrote 80-digit Decimals, divided and subtracted, each in a cold
 * check's interpreter.
 */
export function shownWords(shown: ExactDigits, exact: ExactDigits, places: number, extra: number): ShownWords | undefined {
  const tol = settingUnits(extra);
  if (!tol || !Number.isInteger(places) || places < 0) return undefined;
  // Every figure at one scale L ≥ 2 (a cent is a whole number of units): shown, exact, half a unit and the tolerance.
  const L = Math.max(shown.scale, exact.scale, places + 1, tol.scale, 2);
  const s = shown.units * pow10(L - shown.scale);
  const e = exact.units * pow10(L - exact.scale);
  const gap = bigAbs(s - e);
  const half = 5n * pow10(L - places - 1);
  const bound = half + BigInt(tol.units) * pow10(L - tol.scale);
  // Decimal subtracts to its precision: the gap it compares is within this of the exact one.
  const margin = (bigAbs(s) + bigAbs(e)) / pow10(Decimal.precision - 2) + 1n;
  if (gap <= pow10(L - 2) + margin || gap <= half + margin || bigAbs(gap - bound) <= margin) return undefined;
  const expected = roundHalfUpDigits(exact, places);
  // Decimal's subtraction keeps its precision: a difference of more digits (never met from a
  // check's figures) is written as it rounds it.
  const difference = toPrecision({ units: s - expected.units * pow10(L - expected.scale), scale: L }, Decimal.precision);
  return {
    verdict: gap <= bound ? "rounding" : "wrong",
    actual: digitsText(shown.units, shown.scale),
    expected: digitsText(expected.units, expected.scale),
    exact: digitsText(exact.units, exact.scale),
    difference: digitsText(difference.units, difference.scale),
  };
}

