import Decimal from "decimal.js";
import { Figure } from "./figures";

/**
 * The values a repair tries beside the exact solution: the figure with a typing slip undone. A
 * figure is tried against every failing equation it is part of, so these are made often; they are
 * measured in doubles first and made Decimals only where they may matter.
 */

/** Values near a solution, and which of them are surely within 5 % of it (the rest may be). */
export interface NearValues {
  values: Decimal[];
  surelyNear: boolean[];
}

/**
 * The figure with a slip undone: sign, ×10, ÷10, the row's other years, one digit or two
 * neighbours set right. Only values that may lie within 5 % of `solved` are made (the rest fail
 * `consider`'s first test anyway): each is measured in doubles first, with a margin far above
 * their error, so only a value that is surely far is left out, and a Decimal is made for the few
 * that are not; one surely near needs no exact test either.
 */
export function slipUndone(figure: Figure, actual: Decimal, solved: Decimal): NearValues {
  const goal = solved.toNumber();
  const reach = Math.abs(goal) * 0.05 + 1;
  const out: NearValues = { values: [], surelyNear: [] };
  // `slack`: how far the value made may lie from `approx` (a rounding of its last decimal).
  const add = (approx: number, make: () => Decimal, slack = 0) => {
    if (!(Number.isFinite(approx) && Number.isFinite(goal))) {
      out.values.push(make());
      out.surelyNear.push(false);
      return;
    }
    const distance = Math.abs(approx - goal);
    const margin = slack + 1e-9 * (reach + Math.abs(approx) + Math.abs(goal));
    if (distance > reach + margin) return;
    out.values.push(make());
    out.surelyNear.push(distance < reach - margin);
  };
  const a = approx(actual);
  add(-a, () => actual.neg());
  add(a * 10, () => actual.mul(10));
  add(a / 10, () => actual.div(10).toDecimalPlaces(actual.decimalPlaces(), Decimal.ROUND_HALF_UP), 1);
  for (const s of figure.siblings) if (s.cell.parsed.kind === "number") add(approx(s.cell.parsed.value), () => (s.cell.parsed as { value: Decimal }).value);
  // A rounded figure (a Muutos %) allows a range of amounts; the amount with one digit set right
  // may be inside it where the exact solution shows no slip at all.
  if (figure.unit === "euro") digitVariantsNear(actual, solved, add);
  return out;
}

interface Digits {
  /** Decimals the figure is written with. */
  d: number;
  /** |figure| written with `d` decimals, without the point. */
  digits: string;
  sign: 1 | -1;
  /** `digits` as a number (exact up to 15 digits). */
  whole: number;
}

// A workbook's figure is measured against every value tried near it: as a double once.
const approxCache = new WeakMap<Decimal, number>();

function approx(v: Decimal): number {
  let x = approxCache.get(v);
  if (x === undefined) {
    x = v.toNumber();
    approxCache.set(v, x);
  }
  return x;
}

// A figure's digits are asked for once per equation it is tried against: worked out once.
const digitsCache = new WeakMap<Decimal, Digits>();

function digitsOf(actual: Decimal): Digits {
  let x = digitsCache.get(actual);
  if (!x) {
    const d = actual.decimalPlaces();
    const digits = actual.abs().toFixed(d).replace(".", "");
    x = { d, digits, sign: actual.isNegative() ? -1 : 1, whole: digits.length <= 15 ? Number(digits) : NaN };
    digitsCache.set(actual, x);
  }
  return x;
}

/**
 * The figure with one digit changed, or two neighbours swapped, whichever come nearest `target`,
 * each given to `add` with its value as a double (or NaN when none is at hand).
 */
export function digitVariantsNear(actual: Decimal, target: Decimal, add: (approx: number, make: () => Decimal) => void): void {
  const { d, digits, sign, whole } = digitsOf(actual);
  const unit = Math.pow(10, d);
  // The digits back as a figure, by placing the point and the sign in the text (s / 10^d × sign,
  // without two divisions' worth of Decimals): toFixed always leaves an integer digit.
  const make = (s: string) => new Decimal(`${sign < 0 ? "-" : ""}${d > 0 ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s}`);
  // A whole figure is made from its exact integer, which is quicker than reading its text.
  const made = (s: string, value: number) => (d === 0 ? new Decimal(sign * value) : make(s));
  // Distances in units of the last digit, in doubles: the nine variants of each digit are
  // compared without a Decimal or a text each (they were most of the analysis's time), and only
  // the nearest is made one, if it may be near. Same choice, ties to the lower digit. Up to 15
  // digits every variant is an exact integer; the target in those units is one too when it has no
  // more decimals than the figure (its digits read as one integer). Otherwise it is measured
  // approximately, and where two variants come too close to call, Decimals decide.
  const small = digits.length <= 15;
  let exact = small && target.decimalPlaces() <= d;
  let goal = NaN;
  if (exact) {
    goal = Number(target.toFixed(d).replace(".", "")) * sign;
    exact = Math.abs(goal) < Number.MAX_SAFE_INTEGER;
  }
  if (small && !exact) goal = target.toNumber() * unit * sign;
  const measured = small && Number.isFinite(goal);
  let place = Math.pow(10, digits.length - 1);
  for (let i = 0; i < digits.length; i++, place /= 10) {
    const digit = digits.charCodeAt(i) - 48;
    // The digit set to k is `rest + k × place`, exactly (all below 10^15).
    const rest = whole - digit * place;
    let bestK = -1;
    if (measured) {
      let bestDistance = Infinity;
      let nextDistance = Infinity;
      for (let k = 0; k <= 9; k++) {
        if (k === digit) continue;
        const distance = Math.abs(rest + k * place - goal);
        if (distance < bestDistance) {
          nextDistance = bestDistance;
          bestDistance = distance;
          bestK = k;
        } else if (distance < nextDistance) {
          nextDistance = distance;
        }
      }
      // An approximate target tells two variants apart only beyond the doubles' error.
      if (!exact && nextDistance - bestDistance <= 1e-9 * (Math.abs(goal) + whole + place * 10 + 1)) bestK = -1;
    }
    if (bestK >= 0) {
      const k = bestK;
      add((sign * (rest + k * place)) / unit, () => made(digits.slice(0, i) + k + digits.slice(i + 1), rest + k * place));
    } else if (!exact) {
      let best: Decimal | null = null;
      for (let k = 0; k <= 9; k++) {
        if (k === digit) continue;
        const v = make(digits.slice(0, i) + k + digits.slice(i + 1));
        if (!best || v.minus(target).abs().lt(best.minus(target).abs())) best = v;
      }
      const found = best;
      if (found) add(NaN, () => found);
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
      const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
      const value = small ? Number(swapped) : NaN;
      add((sign * value) / unit, () => (small ? made(swapped, value) : make(swapped)));
    }
  }
}
