import Decimal from "decimal.js";
import { rescale } from "../arithmetic/exact";
import { ParsedCell, ParsedNumber } from "../numbers";

/**
 * A what-if value (a Decimal a repair proposes) as exact integer units for arithmetic/exact.ts:
 * `units × 10^-scale`. The analysis evaluates each proposed value against many equations, so a
 * value is read once; null when it is no safe integer at 15 decimals or fewer (Decimal decides).
 */
export interface Units {
  units: number;
  scale: number;
}

// 10^k is exact in a double up to 10^22; arithmetic/exact.ts goes to 15 decimals.
const MAX_SCALE = 15;

/**
 * Read from the Decimal's own digits (decimal.js documents them: `d`, base-10⁷ limbs, the most
 * significant first; `e`, the decimal exponent of the leading digit; `s`, the sign), with no
 * string and no cache: the analysis reads every value it tries against many equations, and a
 * weak map holding each tried value cost more, in the collector too, than reading it again.
 */
export function unitsOf(v: Decimal): Units | null {
  const u = { units: 0, scale: 0 };
  return readUnits(v, u) ? u : null;
}

/**
 * `unitsOf` written into `out`, no object made: an equation's what-if reads a value or two into
 * units it keeps for that one answer, tens of thousands of times a check. False, `out` left as it
 * was, where `unitsOf` gives null.
 */
export function readUnits(v: Decimal, out: Units): boolean {
  const d = v.d;
  // NaN and ±Infinity carry no digits.
  if (!d) return false;
  const n = d.length;
  let last = d[n - 1];
  // Decimal keeps no trailing zero limb: only zero itself ends in one, and it is 0 whatever its sign.
  if (last === 0) {
    out.units = 0;
    out.scale = 0;
    return true;
  }
  // Limb i stands for d[i] × 10^(7·(⌊e/7⌋ − i)); the last one's zeros are left off the units.
  let exponent = LIMB_DIGITS * (Math.floor(v.e / LIMB_DIGITS) - n + 1);
  let digits = LIMB_DIGITS;
  while (last % 10 === 0) {
    last /= 10;
    exponent++;
    digits--;
  }
  // Every step is exact while the result is a safe integer, and one beyond stays beyond.
  let units = 0;
  for (let i = 0; i < n - 1; i++) units = units * LIMB + d[i];
  units = units * POW10[digits] + last;
  if (exponent > 0) units = exponent <= MAX_SCALE ? units * POW10[exponent] : Infinity;
  if (!Number.isSafeInteger(units) || -exponent > MAX_SCALE) return false;
  out.units = v.s < 0 ? -units : units;
  out.scale = exponent < 0 ? -exponent : 0;
  return true;
}

/**
 * `figureUnits` written into `out`, no object made; false, `out` left as it was, where that
 * gives null.
 */
export function readFigureUnits(p: ParsedCell, out: Units): boolean {
  if (p.kind !== "number") return false;
  const u = p.units;
  if (u === undefined || p.decimals > MAX_SCALE || !Number.isSafeInteger(u)) return false;
  out.units = u;
  out.scale = p.decimals;
  return true;
}

/** A cell's figure as units when they are exact (a safe integer at 15 decimals or fewer), else null. */
export function figureUnits(p: ParsedCell): Units | null {
  if (p.kind !== "number") return null;
  const u = p.units;
  return u !== undefined && p.decimals <= MAX_SCALE && Number.isSafeInteger(u) ? { units: u, scale: p.decimals } : null;
}

// decimal.js's base: each limb holds seven decimal digits.
const LIMB = 1e7;
const LIMB_DIGITS = 7;

/**
 * Whether a cell's figure equals `v`, from the figure's exact units where both have them: the
 * analysis compares each tried value with the row's other years, most of which it never reads.
 */
export function figureEquals(p: ParsedCell, v: Decimal): boolean {
  if (p.kind !== "number") return false;
  // Read into module scratch: asked tens of thousands of times a check, an object each added up.
  if (p.units !== undefined && p.decimals <= MAX_SCALE && readUnits(v, EQUALS_SCRATCH)) {
    const u = EQUALS_SCRATCH;
    const scale = Math.max(p.decimals, u.scale);
    const a = rescale(p.units, scale - p.decimals);
    const b = rescale(u.units, scale - u.scale);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b;
  }
  return p.value.eq(v);
}

const EQUALS_SCRATCH: Units = { units: 0, scale: 0 };

/**
 * A figure as a double from its exact units, no Decimal made: one division of two exact doubles
 * is correctly rounded, as Decimal's `toNumber` is, so both give the same double.
 */
export function figureNumber(p: ParsedNumber): number {
  const u = p.units;
  if (u === undefined || p.decimals >= POW10.length) return p.value.toNumber();
  return p.decimals === 0 ? u : u / POW10[p.decimals];
}

/**
 * A nonzero finite Decimal's value from its four leading limbs (22 digits or more; limb i is
 * d[i] × 10^(7·(⌊e/7⌋ − i))), within a unit or two of the last place of the nearest double: for a
 * value beyond the units (80 digits, solved through a change % or a population) measured against
 * margins far wider, without the text `toNumber` makes.
 */
export function leadingNumber(v: Decimal): number {
  const d = v.d;
  const n = Math.min(d.length, 4);
  let m = 0;
  for (let i = 0; i < n; i++) m = m * 1e7 + d[i];
  const exponent = 7 * (Math.floor(v.e / 7) - n + 1);
  const magnitude = exponent >= 0 ? m * Math.pow(10, exponent) : m / Math.pow(10, -exponent);
  return v.s < 0 ? -magnitude : magnitude;
}

/**
 * A Decimal as a double: from its exact units where it has them, one division of two exact
 * doubles that rounds as reading its text does; else (a value solved through a change %, 80
 * digits) from its leading limbs (`leadingNumber`), without the text `toNumber` makes. A zero's
 * sign, NaN and the infinities are left to `toNumber`.
 */
export function approxNumber(v: Decimal): number {
  if (!readUnits(v, APPROX)) return v.d && v.d[0] !== 0 ? leadingNumber(v) : v.toNumber();
  if (APPROX.units === 0) return v.toNumber();
  return APPROX.scale === 0 ? APPROX.units : APPROX.units / POW10[APPROX.scale];
}

const APPROX: Units = { units: 0, scale: 0 };

// Powers of ten as written: each an exact double.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const coefficients = new WeakMap<Decimal, number | null>();

/**
 * A coefficient as a small integer (almost always ±1, one shared Decimal for many equations), or
 * undefined when it is no safe integer.
 */
export function integerOf(c: Decimal): number | undefined {
  let n = coefficients.get(c);
  if (n === undefined) {
    const u = c.isInteger() ? unitsOf(c) : null;
    n = u && u.scale === 0 ? u.units : null;
    coefficients.set(c, n);
  }
  return n ?? undefined;
}
