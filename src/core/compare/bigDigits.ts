import Decimal from "decimal.js";
import { pow10 } from "./powersOfTen";
import { unitsOf } from "../relations/exactValues";

/**
 * BigInt helpers shared by the checks that word or judge a figure from its exact digits
 * (`units × 10^-scale`) instead of making 80-digit Decimals.
 */

export function bigAbs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** `x` rounded half away from zero to `places` decimals, as `toDecimalPlaces(places, ROUND_HALF_UP)` rounds. */
export function roundHalfUpDigits(x: { units: bigint; scale: number }, places: number): { units: bigint; scale: number } {
  if (x.scale <= places) return x;
  const divisor = pow10(x.scale - places);
  const magnitude = bigAbs(x.units);
  let q = magnitude / divisor;
  if (2n * (magnitude - q * divisor) >= divisor) q += 1n;
  return { units: x.units < 0n ? -q : q, scale: places };
}

/**
 * `x` as a Decimal of `precision` significant digits holds it: rounded half away from zero (the
 * engine's rounding) where it has more digits. A sum or difference of Decimals is this of the
 * exact result.
 */
export function toPrecision(x: { units: bigint; scale: number }, precision: number): { units: bigint; scale: number } {
  const extraDigits = bigAbs(x.units).toString().length - precision;
  return extraDigits <= 0 ? x : roundHalfUpDigits(x, x.scale - extraDigits);
}

/**
 * A setting (a tolerance, a percentage's extra allowance) as `Decimal.plus` reads the number: its
 * exact units, or null beyond them. Asked for every figure judged, made once per value.
 */
export function settingUnits(setting: number): { units: number; scale: number } | null {
  let units = settings.get(setting);
  if (units === undefined) settings.set(setting, (units = unitsOf(new Decimal(setting))));
  return units;
}

const settings = new Map<number, { units: number; scale: number } | null>();
