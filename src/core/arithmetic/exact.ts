import { Verdict } from "../compare/tolerance";

/**
 * Money in exact integers: a figure as `units × 10^-scale` with `units` a safe integer (below
 * 2^53, where every integer a double holds is exact). Sums and comparisons of budget figures fit
 * easily; whatever does not (a figure beyond 2^53, a result that overflows, a gap below a cent)
 * answers `undefined` and the caller takes the Decimal path, so no answer ever depends on binary
 * floating point. Every rule checks tens of thousands of identities that hold; done in integers
 * they cost no Decimal objects at all.
 */

// 10^k is exact in a double up to 10^22; scales beyond 15 decimals are left to Decimal.
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_SCALE = POW10.length - 1;

/** `units × 10^by` as a safe integer; NaN when it is not one (or `by` is beyond 15). */
export function rescale(units: number, by: number): number {
  if (by === 0) return units;
  if (by < 0 || by > MAX_SCALE) return NaN;
  // Exact integer times exact power of ten: the double product is exact whenever the true
  // product is a safe integer, and otherwise not safe itself.
  const r = units * POW10[by];
  return Number.isSafeInteger(r) ? r : NaN;
}

/**
 * Accumulates `Σ coefficient × units × 10^-decimals` exactly at the finest scale of its terms.
 * `exact` turns false (for good) once a term is unknown or a step leaves the safe integers.
 */
export class ExactSum {
  units = 0;
  scale = 0;
  exact = true;

  /** A sum that starts at `units × 10^-scale` (a stored sum a what-if moves, left as it is). */
  static from(units: number, scale: number): ExactSum {
    const sum = new ExactSum();
    sum.units = units;
    sum.scale = scale;
    return sum;
  }

  add(units: number | undefined, decimals: number, coefficient: number): void {
    if (!this.exact) return;
    if (units === undefined || decimals > MAX_SCALE) {
      this.exact = false;
      return;
    }
    let term = coefficient === 1 ? units : coefficient === -1 ? -units : units * coefficient;
    if (decimals > this.scale) {
      this.units = rescale(this.units, decimals - this.scale);
      this.scale = decimals;
    } else if (decimals < this.scale) {
      term = rescale(term, this.scale - decimals);
    }
    const sum = this.units + term;
    // A sum of safe integers is exact when it is safe; NaN and overflow both fail here.
    if (Number.isSafeInteger(sum) && Number.isSafeInteger(term)) this.units = sum;
    else this.exact = false;
  }
}

/**
 * `compareEuros` (compare/tolerance.ts) on exact integers: `actual` and `expected` as units at
 * their scales, `euros` the tolerance. Undefined where only Decimal can answer: a figure or gap
 * beyond the safe integers, a gap below one cent (float noise is judged there), or a tolerance
 * that is not a whole number of euros.
 */
export function compareUnits(actual: number, actualScale: number, expected: number, expectedScale: number, euros: number): Verdict | undefined {
  const scale = Math.max(actualScale, expectedScale);
  const a = rescale(actual, scale - actualScale);
  const e = rescale(expected, scale - expectedScale);
  if (a === e) return "ok";
  const gap = Math.abs(a - e);
  if (!Number.isSafeInteger(gap)) return undefined;
  if (scale > 2 && gap < POW10[scale - 2]) return undefined;
  if (!Number.isInteger(euros)) return undefined;
  const limit = rescale(euros, scale);
  if (Number.isNaN(limit)) return undefined;
  return gap <= limit ? "rounding" : "wrong";
}

/**
 * `shownWithinHalf` (compare/tolerance.ts) on exact integers: whether `shown` lies within half a
 * unit at `places` decimals of `numerator / denominator` (denominator non-zero), each given as
 * units at a scale ≥ 0. |s·D − N| ≤ ½·10^-places·|D| is compared at one common scale, without
 * dividing. Undefined where a product or rescale leaves the safe integers: Decimal answers then.
 */
export function withinHalfUnits(
  shown: number,
  shownScale: number,
  numerator: number,
  numeratorScale: number,
  denominator: number,
  denominatorScale: number,
  places: number,
): boolean | undefined {
  const product = shown * denominator;
  const half = 5 * Math.abs(denominator);
  if (!Number.isSafeInteger(product) || !Number.isSafeInteger(half)) return undefined;
  const productScale = shownScale + denominatorScale;
  const halfScale = places + 1 + denominatorScale;
  const scale = Math.max(productScale, numeratorScale, halfScale);
  const a = rescale(product, scale - productScale);
  const b = rescale(numerator, scale - numeratorScale);
  const limit = rescale(half, scale - halfScale);
  const gap = a - b;
  // NaN from a rescale fails here as well.
  if (!Number.isSafeInteger(gap) || !Number.isSafeInteger(limit)) return undefined;
  return Math.abs(gap) <= limit;
}

/**
 * `compareShown` (compare/tolerance.ts) on exact integers: `shown` against the exact value
 * `numerator / denominator` (denominator non-zero) at `places` shown decimals (0 to 10), with
 * `extra` allowed beyond half a unit before the figure is wrong. Compared without dividing:
 * |s·D − N| against (½·10^-places + extra)·|D| at one common scale. Undefined where a product or
 * rescale leaves the safe integers, and where a gap of half a cent or less might be a double's
 * noise (more than 2 decimals shown): Decimal answers then.
 */
export function compareShownUnits(
  shown: number,
  shownScale: number,
  numerator: number,
  numeratorScale: number,
  denominator: number,
  denominatorScale: number,
  places: number,
  extra: number,
  extraScale: number,
): Verdict | undefined {
  const d = Math.abs(denominator);
  const product = shown * denominator;
  const half = 5 * d;
  const beyond = extra * d;
  if (d === 0 || !Number.isSafeInteger(product) || !Number.isSafeInteger(half) || !Number.isSafeInteger(beyond)) return undefined;
  const productScale = shownScale + denominatorScale;
  const halfScale = places + 1 + denominatorScale;
  const beyondScale = extraScale + denominatorScale;
  // Half a cent of |D|, the most `isFloatNoise` ever forgives, at scale 3.
  const noiseScale = 3 + denominatorScale;
  const scale = Math.max(productScale, numeratorScale, halfScale, beyondScale, noiseScale);
  const gap = Math.abs(rescale(product, scale - productScale) - rescale(numerator, scale - numeratorScale));
  const halfAt = rescale(half, scale - halfScale);
  const limit = halfAt + rescale(beyond, scale - beyondScale);
  const noise = rescale(half, scale - noiseScale);
  // NaN from a rescale fails here as well.
  if (!Number.isSafeInteger(gap) || !Number.isSafeInteger(limit) || !Number.isSafeInteger(noise)) return undefined;
  if (gap <= halfAt) return "ok";
  if (gap <= noise) return undefined;
  return gap <= limit ? "rounding" : "wrong";
}
