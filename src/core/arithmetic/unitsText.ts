/**
 * Exact figures written as a finding's JSON writes a Decimal (`decimalString`, decimal.js's
 * `toFixed()`): plain digits, no exponent, no trailing zeros, and `0` for minus zero. A failed
 * check names its figures from their exact units this way, with no Decimal made, added or
 * written out first (a thousand findings a check, each naming three figures twice).
 */

/** `units × 10^-scale` (a safe integer, scale ≥ 0) as `decimalString` writes its Decimal. */
export function unitsText(units: number, scale: number): string {
  const s = unitsPlaces(units, scale);
  // An integer with s − scale trailing zeros dropped: the division is exact.
  const u = s === scale ? units : units / Math.pow(10, scale - s);
  const negative = u < 0;
  const digits = String(negative ? -u : u);
  return (negative ? "-" : "") + placePoint(digits, s);
}

/** Decimals `units × 10^-scale` has once its trailing zeros are dropped: decimal.js's `decimalPlaces()`. */
export function unitsPlaces(units: number, scale: number): number {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s--;
  }
  return s;
}

/** `units × 10^-scale` of any size (scale of either sign) as `decimalString` writes its Decimal. */
export function digitsText(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  let s = scale;
  if (digits === "0") return "0";
  let end = digits.length;
  while (s > 0 && digits.charCodeAt(end - 1) === ZERO) {
    end--;
    s--;
  }
  digits = digits.slice(0, end);
  if (s < 0) digits += "0".repeat(-s);
  return (negative ? "-" : "") + placePoint(digits, Math.max(s, 0));
}

const ZERO = 48;

/** Whole digits with the point set `scale` places from the right, padded with leading zeros. */
function placePoint(digits: string, scale: number): string {
  if (scale === 0) return digits;
  const padded = digits.length <= scale ? "0".repeat(scale - digits.length + 1) + digits : digits;
  const at = padded.length - scale;
  return `${padded.slice(0, at)}.${padded.slice(at)}`;
}
