import Decimal from "decimal.js";
import { Digits } from "./shownDigits";
import { pow10 } from "./powersOfTen";

/**
 * `numerator / denominator` as decimal.js's own division gives it, the same Decimal: correctly
 * rounded to `Decimal.precision` significant digits, half away from zero (`ROUND_HALF_UP`, the
 * setting the engine keeps). decimal.js divides 80 digits by long division in working arrays of
 * its limbs (several microseconds and kilobytes each); here the digits are one BigInt division
 * and the remainder rounds them. Null where decimal.js must answer: a zero numerator or
 * denominator (its signed zeros and infinities) or another rounding mode.
 */
export function quotientToPrecision(numerator: Digits, denominator: Digits): Decimal | null {
  const q = roundedQuotientDigits(numerator, denominator);
  // The value is units × 10^-scale.
  return q && new Decimal(`${q.units}e${-q.scale}`);
}

/**
 * `quotientToPrecision`'s value as exact digits, `units × 10^-scale` (the scale may be negative),
 * for a finding that writes the quotient or rounds it without making its Decimal. Null where
 * `quotientToPrecision` is.
 */
export function roundedQuotientDigits(numerator: Digits, denominator: Digits): Digits | null {
  if (numerator.units === 0n || denominator.units === 0n || Decimal.rounding !== Decimal.ROUND_HALF_UP) return null;
  const negative = numerator.units < 0n !== denominator.units < 0n;
  const a = numerator.units < 0n ? -numerator.units : numerator.units;
  const b = denominator.units < 0n ? -denominator.units : denominator.units;
  const precision = Decimal.precision;
  // The one shift 10^k that leaves a / b with `precision` digits before the point: guessed from the
  // quotient of the doubles (right but near a power of ten), else from the digits' counts (a / b
  // lies in [10^(la − lb − 1), 10^(la − lb + 1))), and put right by a step where the guess is off.
  // Each try is several BigInts of 80 digits: the counts alone missed by one half the time.
  const estimate = Number(a) / Number(b);
  let k = estimate > 0 && Number.isFinite(estimate) ? precision - 1 - Math.floor(Math.log10(estimate)) : precision - (digitCount(a) - digitCount(b));
  for (;;) {
    const top = k >= 0 ? a * pow10(k) : a;
    const bottom = k >= 0 ? b : b * pow10(-k);
    const q = top / bottom;
    if (q >= pow10(precision)) {
      k--;
      continue;
    }
    if (q < pow10(precision - 1)) {
      k++;
      continue;
    }
    // Half away from zero: the remainder at least half the divisor rounds the magnitude up.
    const rounded = 2n * (top % bottom) >= bottom ? q + 1n : q;
    // The value is q × 10^-k × 10^(denominator's scale − numerator's scale).
    return { units: negative ? -rounded : rounded, scale: k + numerator.scale - denominator.scale };
  }
}

/** Digits of `x` ≥ 0, by comparison with the powers of ten kept: no string made. */
function digitCount(x: bigint): number {
  let n = 1;
  while (x >= pow10(n)) n++;
  return n;
}
