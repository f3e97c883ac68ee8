import Decimal from "decimal.js";
import { Figure, siblingCells } from "./figures";
import { ValueCell } from "../model";
import { Units, approxNumber, figureNumber, readUnits } from "../relations/exactValues";
import { ValueRange } from "../relations/equation";
import { UnitsRange } from "../relations/unitsRange";

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

const FAR = 0;
const MAYBE = 1;
const SURELY = 2;

/**
 * Values gathered near a solution, each first measured as a double (no Decimal made for one far).
 * One measurer serves every search (a check makes thousands, over a third of them finding
 * nothing): the values found get a list of their own, made at the first.
 */
class Near {
  private goal = 0;
  private reach = 0;
  private low = 0;
  private high = 0;
  found: NearValues | null = null;

  /** Set to measure against `solved` and `within`, with nothing found yet. */
  reset(solved: Decimal, within: ValueRange | null): this {
    this.goal = approxNumber(solved);
    this.reach = Math.abs(this.goal) * 0.05 + 1;
    // A range in units gives its ends' doubles without making their Decimals.
    this.low = !within ? -Infinity : within instanceof UnitsRange ? within.lowNumber() : approxNumber(within.low);
    this.high = !within ? Infinity : within instanceof UnitsRange ? within.highNumber() : approxNumber(within.high);
    this.found = null;
    return this;
  }

  /**
   * How near a value measured as `approx` is: surely far, maybe near, or surely near, with a margin
   * far above a double's error; `slack`: how far the value made may lie from `approx` (a rounding
   * of its last decimal). A value not measured (NaN) may be near.
   */
  measure(approx: number, slack = 0): number {
    if (!(Number.isFinite(approx) && Number.isFinite(this.goal))) return MAYBE;
    const distance = Math.abs(approx - this.goal);
    const margin = slack + 1e-9 * (this.reach + Math.abs(approx) + Math.abs(this.goal));
    if (distance > this.reach + margin || !this.mayBeInside(approx, slack)) return FAR;
    return distance < this.reach - margin ? SURELY : MAYBE;
  }

  /** False when `approx` is surely outside the range the equation may hold in, by more than the doubles' error. */
  mayBeInside(approx: number, slack = 0): boolean {
    if (approx < this.low - (slack + 1e-9 * (Math.abs(approx) + Math.abs(this.low) + 1))) return false;
    return !(approx > this.high + (slack + 1e-9 * (Math.abs(approx) + Math.abs(this.high) + 1)));
  }

  add(value: Decimal, nearness: number): void {
    const found = (this.found ??= { values: [], surelyNear: [] });
    found.values.push(value);
    found.surelyNear.push(nearness === SURELY);
  }
}

const NEAR = new Near();
// The figure's siblings' cells, read into this list by the one search running.
const SIBLING_CELLS: ValueCell[] = [];

// What most searches find: nothing. Shared, read only.
const NOTHING_NEAR: NearValues = { values: [], surelyNear: [] };

/**
 * The figure with a slip undone: sign, ×10, ÷10, the row's other years, one digit or two
 * neighbours set right. Only values that may lie within 5 % of `solved`, and within `within` (the
 * range outside which the equation tried surely fails) when given, are made (the rest fail
 * `consider`'s first tests anyway): each is measured in doubles first, with a margin far above
 * their error, so only a value that is surely far is left out, and a Decimal is made for the few
 * that are not; one surely near needs no exact test either.
 */
export function slipUndone(figure: Figure, actual: Decimal, solved: Decimal, within: ValueRange | null = null): NearValues {
  // Slips are made for one search at a time: the measurer is reset, not made again.
  const out = NEAR.reset(solved, within);
  // Read again for each search, from the Decimal's limbs: a weak map keeping each figure's double
  // cost the collector more.
  const a = approxNumber(actual);
  let n: number;
  if ((n = out.measure(-a))) out.add(actual.neg(), n);
  if ((n = out.measure(a * 10))) out.add(actual.mul(10), n);
  if ((n = out.measure(a / 10, 1))) out.add(actual.div(10).toDecimalPlaces(actual.decimalPlaces(), Decimal.ROUND_HALF_UP), n);
  const count = siblingCells(figure, SIBLING_CELLS);
  for (let k = 0; k < count; k++) {
    const p = SIBLING_CELLS[k].parsed;
    if (p.kind === "number" && (n = out.measure(figureNumber(p)))) out.add(p.value, n);
  }
  // A rounded figure (a Muutos %) allows a range of amounts; the amount with one digit set right
  // may be inside it where the exact solution shows no slip at all.
  if (figure.unit === "euro") digitVariantsNear(actual, solved, out);
  return out.found ?? NOTHING_NEAR;
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

/**
 * The figure's digits, from its exact units where it has them (every figure of a budget book):
 * made again for each equation it is tried against, which costs less than keeping them in a weak
 * map by Decimal did (a Decimal and two texts made once per figure, and the map's upkeep).
 */
function digitsOf(actual: Decimal, out: Digits): Digits {
  out.sign = actual.isNegative() ? -1 : 1;
  if (readUnits(actual, scratch)) {
    const d = scratch.scale;
    const units = Math.abs(scratch.units);
    // toFixed(d) always leaves an integer digit: 0,05 is 005 without its point.
    const digits = String(units).padStart(d + 1, "0");
    out.d = d;
    out.digits = digits;
    out.whole = digits.length <= 15 ? units : NaN;
    return out;
  }
  const d = actual.decimalPlaces();
  const digits = actual.abs().toFixed(d).replace(".", "");
  out.d = d;
  out.digits = digits;
  out.whole = digits.length <= 15 ? Number(digits) : NaN;
  return out;
}

// Read at once into locals by the one search running: one object, not one per search.
const DIGITS: Digits = { d: 0, digits: "", sign: 1, whole: 0 };

/**
 * The figure with one digit changed, or two neighbours swapped, whichever come nearest `target`,
 * each measured as a double (where none is at hand, it may be near) and added to `out` unless far.
 */
function digitVariantsNear(actual: Decimal, target: Decimal, out: Near): void {
  const { d, digits, sign, whole } = digitsOf(actual, DIGITS);
  const unit = Math.pow(10, d);
  // The digits back as a figure, by placing the point and the sign in the text (s / 10^d × sign,
  // without two divisions' worth of Decimals): toFixed always leaves an integer digit.
  const make = (s: string) => new Decimal(`${sign < 0 ? "-" : ""}${d > 0 ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s}`);
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
    // Its units at the figure's decimals; read from its text only where they are no safe integer.
    const u = readUnits(target, scratch) ? scratch : null;
    goal = u && d - u.scale <= 15 && Math.abs(u.units * Math.pow(10, d - u.scale)) < Number.MAX_SAFE_INTEGER ? u.units * Math.pow(10, d - u.scale) * sign : Number(target.toFixed(d).replace(".", "")) * sign;
    exact = Math.abs(goal) < Number.MAX_SAFE_INTEGER;
  }
  if (small && !exact) goal = approxNumber(target) * unit * sign;
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
      const n = out.measure((sign * (rest + k * place)) / unit);
      // A whole figure is made from its exact integer, quicker than reading its text.
      if (n) out.add(d === 0 ? new Decimal(sign * (rest + k * place)) : make(digits.slice(0, i) + k + digits.slice(i + 1)), n);
    } else if (!exact) {
      let best: Decimal | null = null;
      for (let k = 0; k <= 9; k++) {
        if (k === digit) continue;
        const v = make(digits.slice(0, i) + k + digits.slice(i + 1));
        if (!best || v.minus(target).abs().lt(best.minus(target).abs())) best = v;
      }
      const found = best;
      if (found && out.mayBeInside(found.toNumber())) out.add(found, MAYBE);
    }
    const next = i + 1 < digits.length ? digits.charCodeAt(i + 1) - 48 : digit;
    if (next !== digit) {
      // The two digits trade places: exact while every figure is below 10^15.
      const value = small ? whole + (next - digit) * place + (digit - next) * (place / 10) : NaN;
      const n = out.measure((sign * value) / unit);
      if (n) out.add(small && d === 0 ? new Decimal(sign * value) : make(swappedDigits(digits, i)), n);
    }
  }
}

/** The digits with the `i`-th and the next trading places. */
function swappedDigits(digits: string, i: number): string {
  return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
}

// Units read and used at once, tens of thousands of times a check: one object, not one each.
const scratch: Units = { units: 0, scale: 0 };
