import Decimal from "decimal.js";
import { ValueCell } from "../model";
import { ParsedCell, decimalOfUnits } from "../numbers";
import { rescale } from "../arithmetic/exact";
import { Units, figureEquals, readUnits } from "../relations/exactValues";
import { SearchValue } from "./searchValue";
import { sameDecimal, sameMagnitude } from "../compare/decimalOrder";
import type { Figure } from "./figures";

/**
 * How a wrong figure may have come about, read from the figure and the value that reconciles it.
 * Each pattern is a typing or copying slip a reader recognises; `params` fill its message.
 */
export type PatternId = "one-digit" | "swapped-digits" | "sign-flipped" | "times-ten" | "divided-by-ten" | "copied-column" | "constant-over-formula";

export interface Pattern {
  id: PatternId;
  params: Record<string, string>;
}

/** The digits of |v| written with `decimals` decimals, without the point. */
function digitsOf(v: Decimal, decimals: number): string {
  return v.abs().toFixed(decimals).replace(".", "");
}

/** Decimals both figures need to be written exactly (at most 4). */
function commonDecimals(a: Decimal, b: Decimal): number {
  return Math.min(Math.max(a.decimalPlaces(), b.decimalPlaces()), 4);
}

/**
 * One digit typed wrong (359 806 for 359 816) or two neighbouring digits swapped (359 861): the
 * figures have the same sign and length and differ in one place, or in two neighbouring places
 * holding the same digits crosswise.
 */
export function digitSlip(actual: Decimal, suggested: Decimal): Pattern | null {
  if (sameDecimal(actual, suggested) || (actual.isNegative() !== suggested.isNegative() && !actual.isZero() && !suggested.isZero())) return null;
  const inUnits = digitSlipInUnits(actual, suggested);
  if (inUnits !== undefined) return inUnits;
  const d = commonDecimals(actual, suggested);
  const a = digitsOf(actual, d);
  const b = digitsOf(suggested, d);
  if (a.length !== b.length) return null;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return { id: "one-digit", params: { wrongDigit: a[diff[0]], rightDigit: b[diff[0]] } };
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) {
    return { id: "swapped-digits", params: { digits: a.slice(diff[0], diff[1] + 1), right: b.slice(diff[0], diff[1] + 1) } };
  }
  return null;
}

// Figures read into units by the slips below (`readUnits`): every repair tried asks for a slip
// and its roundness, and an object per answer was garbage. Each answer is done with them before
// the next reads.
const ACTUAL: Units = { units: 0, scale: 0 };
const SUGGESTED: Units = { units: 0, scale: 0 };

/**
 * `digitSlip` from the figures' exact units, digit by digit from the last: the two digit texts
 * were made for every repair tried. Undefined where a figure has more than 4 decimals (its text
 * is rounded there) or is no safe integer in units, and the texts must answer.
 */
function digitSlipInUnits(actual: Decimal, suggested: Decimal): Pattern | null | undefined {
  if (!readUnits(actual, ACTUAL) || !readUnits(suggested, SUGGESTED)) return undefined;
  return digitSlipOfUnits(ACTUAL, SUGGESTED);
}

/** `digitSlipInUnits` of the values' units (as `readUnits` gives them: no trailing zero in their decimals). */
function digitSlipOfUnits(actual: Units, suggested: Units): Pattern | null | undefined {
  if (actual.scale > 4 || suggested.scale > 4) return undefined;
  // Written with the decimals both need, as `digitsOf` writes them.
  const d = Math.max(actual.scale, suggested.scale);
  let a = Math.abs(actual.units) * 10 ** (d - actual.scale);
  let b = Math.abs(suggested.units) * 10 ** (d - suggested.scale);
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return undefined;
  // Its text has a digit before the point at least: 0,05 is written 005.
  const length = Math.max(digitCount(a), d + 1);
  if (Math.max(digitCount(b), d + 1) !== length) return null;
  // Where the digits differ, from the last; more than two differences are no slip.
  let last = -1;
  let first = -1;
  let lastDigits = 0;
  let firstDigits = 0;
  for (let i = length - 1; i >= 0; i--) {
    const x = a % 10;
    const y = b % 10;
    a = (a - x) / 10;
    b = (b - y) / 10;
    if (x === y) continue;
    if (last < 0) {
      last = i;
      lastDigits = x * 10 + y;
    } else if (first < 0) {
      first = i;
      firstDigits = x * 10 + y;
    } else return null;
  }
  if (last < 0) return null;
  if (first < 0) {
    return { id: "one-digit", params: { wrongDigit: String(Math.floor(lastDigits / 10)), rightDigit: String(lastDigits % 10) } };
  }
  // Two neighbouring digits holding the same two crosswise (61 for 16).
  const a0 = Math.floor(firstDigits / 10);
  const b0 = firstDigits % 10;
  const a1 = Math.floor(lastDigits / 10);
  const b1 = lastDigits % 10;
  if (last === first + 1 && a0 === b1 && a1 === b0) return { id: "swapped-digits", params: { digits: `${a0}${a1}`, right: `${b0}${b1}` } };
  return null;
}

/** Digits of a non-negative integer (0 has one). */
function digitCount(n: number): number {
  let count = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) count++;
  return count;
}

/** The right amount with the wrong sign. */
export function signFlip(actual: Decimal, suggested: Decimal): Pattern | null {
  return !actual.isZero() && actual.s === -suggested.s && sameMagnitude(actual, suggested) ? { id: "sign-flipped", params: {} } : null;
}

// A figure with fewer digits than this is ten times (or a tenth of) some value near almost any
// other: 0,1 is "a tenth" of anything from 0,5 to 1,5 written with one decimal. Three digits make a
// match one chance in tens, which is evidence.
const MIN_DIGITS_FOR_TENFOLD = 3;

// Ten units of the last decimal, for 0 … 4 decimals: 10, 1, 0.1, …
const TEN_UNITS = [0, 1, 2, 3, 4].map((d) => new Decimal(10).pow(1 - d));

/** Digits |v| is written with from its first non-zero one (0,46 → 2; 30 000 → 5), `decimals` decimals. */
function writtenDigits(v: Decimal, decimals: number): number {
  return digitsOf(v, decimals).replace(/^0+/, "").length;
}

/**
 * A digit too many or too few: the figure is ten times the value it needs, or a tenth of it, within
 * ten units of the figure's own last decimal, and
 * it has digits enough for that to tell (see MIN_DIGITS_FOR_TENFOLD). `needed` is the exact value
 * the equation asks for, not a value tried because it is tenfold: 0,464 → 4,64 may reconcile a
 * total printed to a tenth, yet the figure needed is 4,704, no tenfold of 0,464.
 */
export function tenfold(actual: Decimal, needed: Decimal): Pattern | null {
  if (actual.isZero() || needed.isZero() || actual.isNegative() !== needed.isNegative()) return null;
  const inUnits = tenfoldInUnits(actual, needed);
  if (inUnits !== undefined) return inUnits;
  const decimals = Math.min(actual.decimalPlaces(), 4);
  if (writtenDigits(actual, decimals) < MIN_DIGITS_FOR_TENFOLD) return null;
  // Up to ten units: a digit added or dropped holds 0 … 9 of them, and the value needed may be a
  // unit off where the rest of the identity is rounded (1 200 typed for 120 where the total asks 121).
  const within = TEN_UNITS[decimals];
  if (actual.minus(needed.mul(10)).abs().lte(within)) return { id: "times-ten", params: {} };
  if (actual.mul(10).minus(needed).abs().lte(within)) return { id: "divided-by-ten", params: {} };
  return null;
}

/**
 * `tenfold` in exact integers (every repair with a pattern asks it, and Decimals made for it were
 * a good part of the analysis's garbage); undefined where a figure is no safe integer at up to 4
 * decimals (the figure is read rounded to 4 there) and Decimal must answer.
 */
function tenfoldInUnits(actual: Decimal, needed: Decimal): Pattern | null | undefined {
  if (!readUnits(actual, ACTUAL) || !readUnits(needed, SUGGESTED)) return undefined;
  return tenfoldOfUnits(ACTUAL, SUGGESTED);
}

/** `tenfoldInUnits` of the values' units (nonzero, of one sign, no trailing zero in their decimals). */
function tenfoldOfUnits(a: Units, n: Units): Pattern | null | undefined {
  if (a.scale > 4) return undefined;
  // Written with its own decimals, the figure's digits are those of its units.
  if (Math.abs(a.units) < 10 ** (MIN_DIGITS_FOR_TENFOLD - 1)) return null;
  // At the finer of the two scales: the figure, the value needed, and ten units of the figure's last decimal.
  const scale = Math.max(a.scale, n.scale);
  const x = a.units * 10 ** (scale - a.scale);
  const y = n.units * 10 ** (scale - n.scale);
  const within = 10 ** (scale - a.scale + 1);
  const timesTen = x - y * 10;
  const tenth = x * 10 - y;
  if (!safe(x) || !safe(y) || !safe(within) || !safe(y * 10) || !safe(x * 10) || !safe(timesTen) || !safe(tenth)) return undefined;
  if (Math.abs(timesTen) <= within) return { id: "times-ten", params: {} };
  if (Math.abs(tenth) <= within) return { id: "divided-by-ten", params: {} };
  return null;
}

const safe = Number.isSafeInteger;

/** The same row in another column: a value, or its cell (compared in exact units, no Decimal made). */
export type Sibling = { column: string; value: Decimal | null } | { column: string; cell: ValueCell };

// A row's years lie near each other, so two of them agree by chance far more often than a figure
// is ten times an unrelated one: 14,7 beside another year's 14,7 is a stable row, not a copy. A
// fourth digit makes the chance one in tens again.
const MIN_DIGITS_FOR_COPY = 4;

/** The figure equals the same row in another column: a year copied from its neighbour. */
export function copiedColumn(actual: Decimal, suggested: Decimal, siblings: readonly Sibling[]): Pattern | null {
  if (sameDecimal(actual, suggested) || actual.isZero()) return null;
  const same = siblings.find((s) => ("cell" in s ? figureEquals(s.cell.parsed, actual) : s.value !== null && sameDecimal(s.value, actual)));
  if (!same || writtenDigits(actual, Math.min(actual.decimalPlaces(), 4)) < MIN_DIGITS_FOR_COPY) return null;
  return { id: "copied-column", params: { column: same.column } };
}

/**
 * `slipOf` of the repair search's values, with the figure's siblings' cells (the first `count` of
 * `cells`, in the order of its `siblings`) compared where they sit: from their units where all
 * three values have them (every repair tried asks, and most values tried have no Decimal made),
 * each test falling back to its Decimal form only where the units cannot tell.
 */
export function slipOfValues(actual: SearchValue, suggested: SearchValue, figure: Figure, cells: readonly ValueCell[], count: number, needed: SearchValue): Pattern | null {
  const both = actual.hasUnits() && suggested.hasUnits();
  const as = actual.sign();
  const ss = suggested.sign();
  // Equal magnitudes have equal units and decimals, kept without trailing zeros.
  if (both ? as !== 0 && suggested.units === -actual.units && actual.scale === suggested.scale : signFlip(actual.value, suggested.value)) return { id: "sign-flipped", params: {} };
  const ns = needed.sign();
  if (as !== 0 && ns !== 0 && as === ns) {
    const tenfolds = tenfoldOfValues(actual, needed);
    if (tenfolds) return tenfolds;
  }
  const same = actual.equals(suggested);
  if (!same && !(as !== ss && as !== 0 && ss !== 0)) {
    const digits = both ? digitSlipOfUnits(actual, suggested) : undefined;
    const slip = digits === undefined ? digitSlip(actual.value, suggested.value) : digits;
    if (slip) return slip;
  }
  if (count === 0 || same || as === 0) return null;
  let k = 0;
  while (k < count && !figureEqualsSearchValue(cells[k].parsed, actual)) k++;
  if (k === count || writtenDigits(actual.value, Math.min(actual.decimalPlaces(), 4)) < MIN_DIGITS_FOR_COPY) return null;
  return { id: "copied-column", params: { column: figure.siblings[k].column } };
}

/**
 * `tenfold` of two nonzero values of one sign: in units where both have them; where the value
 * needed has none (a solution through a change %, 20 digits or more), measured in doubles first,
 * and Decimal asked only where neither ratio is surely more than a unit off.
 */
function tenfoldOfValues(actual: SearchValue, needed: SearchValue): Pattern | null {
  if (actual.hasUnits()) {
    if (needed.hasUnits()) {
      const inUnits = tenfoldOfUnits(actual, needed);
      if (inUnits !== undefined) return inUnits;
    } else if (actual.scale <= 4) {
      // Ten units of the figure's last decimal, far above the doubles' error (relative 1e-15 or so).
      const a = actual.approx();
      const n = needed.approx();
      const within = 10 / POW10[actual.scale];
      const margin = 1e-9 * (Math.abs(a) + Math.abs(n) * 10) + within;
      if (Number.isFinite(n) && Math.abs(a - n * 10) > margin && Math.abs(a * 10 - n) > margin) return null;
    }
  }
  return tenfold(actual.value, needed.value);
}

// 10^0 … 10^4: the decimals a figure's slips are read at.
const POW10 = [1, 10, 100, 1000, 10000];

/** `figureEquals` of a value with units, no Decimal made. */
function figureEqualsValue(p: ParsedCell, v: Units): boolean {
  if (p.kind !== "number") return false;
  const u = p.units;
  if (u !== undefined && p.decimals <= 15) {
    const scale = Math.max(p.decimals, v.scale);
    const a = rescale(u, scale - p.decimals);
    const b = rescale(v.units, scale - v.scale);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b;
  }
  return figureEquals(p, decimalOfUnits(v.units, v.scale));
}

/** `roundness` of a search value, from its units where it has them. */
export function roundnessOf(v: SearchValue): number {
  if (!v.hasUnits()) return roundness(v.value);
  if (v.scale > 0 || v.units === 0) return 0;
  let zeros = 0;
  for (let x = Math.abs(v.units); x % 10 === 0; x /= 10) zeros++;
  return zeros;
}

/** Whether the cell's figure equals the search value, from units where both have them. */
export function figureEqualsSearchValue(p: ParsedCell, v: SearchValue): boolean {
  return v.hasUnits() ? figureEqualsValue(p, v) : figureEquals(p, v.value);
}

/**
 * The first slip that explains the repair, strongest evidence first; `needed`: the exact value the
 * equation asks for, when the repair's value is another that reconciles within rounding.
 */
export function slipOf(actual: Decimal, suggested: Decimal, siblings: readonly Sibling[] = [], needed: Decimal = suggested): Pattern | null {
  return signFlip(actual, suggested) ?? tenfold(actual, needed) ?? digitSlip(actual, suggested) ?? copiedColumn(actual, suggested, siblings);
}

/** Whole-number trailing zeros (30 000 → 4; 0 and fractions → 0): how round a figure is. */
export function roundness(v: Decimal): number {
  if (v.isZero()) return 0;
  // From its exact units where it has them: no text made.
  if (readUnits(v, ACTUAL)) {
    const u = ACTUAL;
    if (u.scale > 0) return 0;
    let zeros = 0;
    for (let x = Math.abs(u.units); x % 10 === 0; x /= 10) zeros++;
    return zeros;
  }
  if (!v.isInteger()) return 0;
  const digits = v.abs().toFixed(0);
  return digits.length - digits.replace(/0+$/, "").length;
}
