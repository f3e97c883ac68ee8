import Decimal from "decimal.js";
import { Verdict } from "./tolerance";
import { pow10 } from "./powersOfTen";
import { bigAbs } from "./bigDigits";

/**
 * `compareShown` (tolerance.ts) of a shown figure against a quotient whose divisor has more digits
 * than a safe integer holds: a population agreed among areas is itself a quotient, worked out to
 * Decimal's 80 digits, and dividing by it costs tens of microseconds and kilobytes each time.
 * Here the quotient is never made: |shown − N/D| is held against the verdict's bounds in exact
 * integers (BigInt) over the common denominator |D| · 10^L.
 *
 * The verdict must be the one `compareShown` gives on Decimal's quotient, rounded to `precision`
 * digits, and on its rounded difference: both roundings move the gap by less than a unit in the
 * 80th digit of |quotient| + |shown|. Where the exact gap lies that close to a bound (½ unit,
 * ½ unit + extra) or under a cent beyond half a unit (where `isFloatNoise` may judge), undefined
 * says Decimal must answer.
 */

/** An exact number of any size: `units × 10^-scale`, scale ≥ 0. */
export interface Digits {
  units: bigint;
  scale: number;
}

/** A Decimal's exact digits (finite): from its limbs, no string made. */
export function digitsOf(v: Decimal): Digits | null {
  const d = v.d;
  if (!d) return null;
  let units = 0n;
  for (const limb of d) units = units * LIMB + BigInt(limb);
  // The last limb stands for d[n − 1] × 10^(7·(⌊e/7⌋ − n + 1)).
  const exponent = LIMB_DIGITS * (Math.floor(v.e / LIMB_DIGITS) - d.length + 1);
  if (exponent > 0) units *= pow10(exponent);
  return { units: v.s < 0 ? -units : units, scale: exponent < 0 ? -exponent : 0 };
}

const LIMB = 10000000n;
const LIMB_DIGITS = 7;

/**
 * The verdict of `shown` (units at `shownScale`) against `numerator / denominator` (denominator
 * non-zero) at `places` shown decimals with `extra` allowed beyond half a unit, as `compareShown`
 * gives it on Decimal's rounded quotient; undefined where that rounding could decide (see above).
 */
export function compareShownDigits(
  shown: number,
  shownScale: number,
  numerator: Digits,
  denominator: Digits,
  places: number,
  extra: number,
  extraScale: number,
): Verdict | undefined {
  if (denominator.units === 0n || !Number.isSafeInteger(shown) || !Number.isSafeInteger(extra)) return undefined;
  const d = denominator.units < 0n ? -denominator.units : denominator.units;
  // N·10^-n / (D·10^-m) = N·10^(m−n) / D: every term below is an integer over |D|·10^L.
  const L = Math.max(shownScale, numerator.scale - denominator.scale, places + 1, extraScale, CENT_PLACES);
  const shownTerm = BigInt(shown) * d * pow10(L - shownScale);
  const quotientTerm = (denominator.units < 0n ? -numerator.units : numerator.units) * pow10(denominator.scale - numerator.scale + L);
  const gap = bigAbs(shownTerm - quotientTerm);
  const half = 5n * d * pow10(L - places - 1);
  const bound = half + BigInt(extra) * d * pow10(L - extraScale);
  const cent = d * pow10(L - CENT_PLACES);
  // Far more than Decimal's two roundings can move the gap: (|q| + |shown| + 1) × 10^-(precision − 8).
  const margin = (bigAbs(quotientTerm) + bigAbs(shownTerm) + d * pow10(L)) / pow10(Decimal.precision - 8) + 1n;
  if (gap + margin < half) return "ok";
  if (gap <= half + margin || gap < cent + margin) return undefined;
  if (gap + margin < bound) return "rounding";
  if (gap > bound + margin) return "wrong";
  return undefined;
}

// Beyond half a unit, a gap under a cent may be a double's noise (`isFloatNoise`): Decimal judges.
const CENT_PLACES = 2;
