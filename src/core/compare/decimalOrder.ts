import Decimal from "decimal.js";

/**
 * decimal.js's own order (`cmp`), read from the Decimals' digits (`d`, base-10⁷ limbs; `e`, the
 * exponent of the leading digit; `s`, the sign) as its `cmp` reads them, but without the copy of
 * the second value `cmp` makes first: the analysis compares each value it tries with those tried
 * before and with the figure, and a consensus sorts its intervals' ends (quotients, too long for a
 * double), tens of thousands of times a check; the copies were a good part of what the collector
 * had to clear. NaN compares as NaN, as in `cmp`.
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  const xs = x.s;
  const ys = y.s;
  // Either NaN or ±Infinity?
  if (!xd || !yd) {
    if (!xs || !ys) return NaN;
    if (xs !== ys) return xs;
    if (xd === yd) return 0;
    return !xd !== xs < 0 ? 1 : -1;
  }
  // Either zero? (Zero's sign does not count.)
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) if (xd[i] !== yd[i]) return xd[i] > yd[i] !== xs < 0 ? 1 : -1;
  if (xd.length === yd.length) return 0;
  return xd.length > yd.length !== xs < 0 ? 1 : -1;
}

/** Whether two Decimals are equal (`eq`), without a copy. */
export function sameDecimal(x: Decimal, y: Decimal): boolean {
  return compareDecimals(x, y) === 0;
}

/** Whether two Decimals are equal but for their signs (`x.abs().eq(y.abs())`), without a copy. */
export function sameMagnitude(x: Decimal, y: Decimal): boolean {
  const xd = x.d;
  const yd = y.d;
  // NaN has no magnitude; ±Infinity carry no digits.
  if (!xd || !yd) return !xd && !yd && !Number.isNaN(x.s) && !Number.isNaN(y.s);
  if (!xd[0] || !yd[0]) return !xd[0] && !yd[0];
  if (x.e !== y.e || xd.length !== yd.length) return false;
  for (let i = 0; i < xd.length; i++) if (xd[i] !== yd[i]) return false;
  return true;
}
