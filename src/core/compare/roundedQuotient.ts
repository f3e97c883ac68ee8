import Decimal from "decimal.js";
import { Digits } from "./shownDigits";

/**
 * `numerator / denominator` as decimal.js's own division gives it, the same Decimal: correctly
 * rounded to `Decimal.precision` significant digits, half away from zero (`ROUND_HALF_UP`, the
 * setting the engine keeps). decimal.js divides 80 digits by long division in working arrays of
 * its limbs (several microseconds and kilobytes each); here the digits are one BigInt division
 * and the remainder rounds them. Null where decimal.js must answer: a zero numerator or
 * denominator (its signed zeros and infinities) or another rounding mode.
 */
export function roundedQuotient(numerator: Digits, denominator: Digits): Decimal | null {
  if (numerator.units === 0n || denominator.units === 0n || Decimal.rounding !== Decimal.ROUND_HALF_UP) return null;
  const negative = numerator.units < 0n !== denominator.units < 0n;
  const a = numerator.units < 0n ? -numerator.units : numerator.units;
  const b = denominator.units < 0n ? -denominator.units : denominator.units;
  const precision = Decimal.precision;
  // a / b lies in [10^(la − lb − 1), 10^(la − lb + 1)): shifted by 10^k it has `precision` digits,
  // or one more, in which case it is shifted one place less.
  let k = precision - (digitCount(a) - digitCount(b));
  for (;;) {
    const top = k >= 0 ? a * pow10(k) : a;
    const bottom = k >= 0 ? b : b * pow10(-k);
    const q = top / bottom;
    const digits = q.toString();
    if (digits.length > precision) {
      k--;
      continue;
    }
    // Half away from zero: the remainder at least half the divisor rounds the magnitude up.
    const rounded = 2n * (top - q * bottom) >= bottom ? (q + 1n).toString() : digits;
    // The value is q × 10^-k × 10^(denominator's scale − numerator's scale).
    return new Decimal(`${negative ? "-" : ""}${rounded}e${denominator.scale - numerator.scale - k}`);
  }
}

/** `n / d` of safe integers (`d` ≠ 0) as `new Decimal(n).div(d)` gives it. */
export function integerQuotient(n: number, d: number): Decimal {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return new Decimal(n).div(d);
  return roundedQuotient({ units: BigInt(n), scale: 0 }, { units: BigInt(d), scale: 0 }) ?? new Decimal(n).div(d);
}

function digitCount(x: bigint): number {
  return x.toString().length;
}

const POW10: bigint[] = [];

function pow10(k: number): bigint {
  return (POW10[k] ??= 10n ** BigInt(k));
}
