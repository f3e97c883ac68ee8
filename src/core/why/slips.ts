import Decimal from "decimal.js";
import { Figure, siblingCells } from "./figures";
import { ValueCell } from "../model";
import { Units, approxNumber, figureNumber } from "../relations/exactValues";
import { ParsedNumber, decimalOfUnits } from "../numbers";
import { ValueRange } from "../relations/equation";
import { UnitsRange } from "../relations/unitsRange";
import { SearchValue, roundedUnits } from "./searchValue";

/**
 * The values a repair tries beside the exact solution: the figure with a typing slip undone. A
 * figure is tried against every failing equation it is part of, so these are made often; they are
 * measured in doubles first and made Decimals only where they may matter.
 */

/**
 * Values near a solution, and which of them are surely within 5 % of it (the rest may be). A value
 * made from exact units (a digit slip's) is kept as them: the search tries it against a range and
 * a what-if first, which most fail, and makes its Decimal only for one that passes. One list
 * serves every search (thousands a check), filled up to its count: what `slipUndone` gives is
 * read before it is asked again.
 */
export class NearValues {
  readonly surelyNear: boolean[] = [];
  // Filled in step: a Decimal, or units (`units × 10^-scale`, not zero) with scale ≥ 0 and no Decimal yet.
  private readonly made: (Decimal | undefined)[] = [];
  private readonly units: number[] = [];
  private readonly scales: number[] = [];
  count = 0;

  /** Every value as a Decimal, in a list of their own. */
  get values(): Decimal[] {
    const out: Decimal[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.valueAt(i));
    return out;
  }

  valueAt(i: number): Decimal {
    return (this.made[i] ??= decimalOfUnits(this.units[i], this.scales[i]));
  }

  /** The `i`-th value's units into `out` when it was made as units, its Decimal not yet asked for. */
  unitsAt(i: number, out: Units): boolean {
    if (this.made[i] !== undefined || this.scales[i] < 0) return false;
    out.units = this.units[i];
    out.scale = this.scales[i];
    return true;
  }

  add(value: Decimal, surelyNear: boolean): void {
    const i = this.count++;
    this.made[i] = value;
    this.units[i] = 0;
    this.scales[i] = -1;
    this.surelyNear[i] = surelyNear;
  }

  /** `add` of a value in units, nonzero (a zero's sign only its Decimal carries). */
  addUnits(units: number, scale: number, surelyNear: boolean): void {
    const i = this.count++;
    this.made[i] = undefined;
    this.units[i] = units;
    this.scales[i] = scale;
    this.surelyNear[i] = surelyNear;
  }
}

const FAR = 0;
const MAYBE = 1;
const SURELY = 2;

/**
 * Values gathered near a solution, each first measured as a double (no Decimal made for one far).
 * One measurer serves every search (a check makes thousands, over a third of them finding
 * nothing): the values found go to one list, emptied by its count for each search.
 */
class Near {
  private goal = 0;
  private reach = 0;
  private low = 0;
  private high = 0;
  readonly found = new NearValues();

  /** Set to measure against `solved` and `within`, with nothing found yet. */
  reset(solved: SearchValue, within: ValueRange | null): this {
    this.goal = solved.approx();
    this.reach = Math.abs(this.goal) * 0.05 + 1;
    // A range in units gives its ends' doubles without making their Decimals.
    this.low = !within ? -Infinity : within instanceof UnitsRange ? within.lowNumber() : approxNumber(within.low);
    this.high = !within ? Infinity : within instanceof UnitsRange ? within.highNumber() : approxNumber(within.high);
    this.found.count = 0;
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
    this.found.add(value, nearness === SURELY);
  }

  /** `add` of `units × 10^-scale`, kept as units unless zero. */
  addUnits(units: number, scale: number, nearness: number): void {
    if (units === 0) this.add(decimalOfUnits(units, scale), nearness);
    else this.found.addUnits(units, scale, nearness === SURELY);
  }

  /** `add` of −v: in units where v has them (a zero's sign is its Decimal's). */
  addNegated(v: SearchValue, nearness: number): void {
    if (v.hasUnits() && v.units !== 0) this.found.addUnits(-v.units, v.scale, nearness === SURELY);
    else this.add(v.value.neg(), nearness);
  }

  /** `add` of v × 10, as units where it stays a safe integer. */
  addTimesTen(v: SearchValue, nearness: number): void {
    if (v.hasUnits() && v.units !== 0) {
      if (v.scale > 0) return this.found.addUnits(v.units, v.scale - 1, nearness === SURELY);
      if (Number.isSafeInteger(v.units * 10)) return this.found.addUnits(v.units * 10, 0, nearness === SURELY);
    }
    this.add(v.value.mul(10), nearness);
  }

  /** `add` of v ÷ 10 at v's own decimals, rounded half up: in units unless it rounds to zero. */
  addTenth(v: SearchValue, nearness: number): void {
    if (v.hasUnits() && v.units !== 0) {
      const tenth = roundedUnits(v.units, v.scale + 1, v.scale);
      if (tenth !== 0) return this.found.addUnits(tenth, v.scale, nearness === SURELY);
    }
    this.add(v.value.div(10).toDecimalPlaces(v.decimalPlaces(), Decimal.ROUND_HALF_UP), nearness);
  }

  /** `add` of a cell's figure: its units where they hold it (no Decimal made and kept with the cell). */
  addFigure(p: ParsedNumber, nearness: number): void {
    const u = p.units;
    if (u !== undefined && u !== 0 && p.decimals <= 15 && Number.isSafeInteger(u)) this.found.addUnits(u, p.decimals, nearness === SURELY);
    else this.add(p.value, nearness);
  }
}

const NEAR = new Near();
// The figure's siblings' cells, read into this list by the one search running.
const SIBLING_CELLS: ValueCell[] = [];

/**
 * The figure with a slip undone: sign, ×10, ÷10, the row's other years, one digit or two
 * neighbours set right. Only values that may lie within 5 % of `solved`, and within `within` (the
 * range outside which the equation tried surely fails) when given, are made (the rest fail
 * `consider`'s first tests anyway): each is measured in doubles first, with a margin far above
 * their error, so only a value that is surely far is left out, and a Decimal is made for the few
 * that are not; one surely near needs no exact test either. The list given is the one every
 * search fills: read it before asking again.
 */
export function slipUndone(figure: Figure, actual: Decimal, solved: Decimal, within: ValueRange | null = null): NearValues {
  return slipUndoneOf(figure, ACTUAL.setDecimal(actual), SOLVED.setDecimal(solved), within);
}

// `slipUndone`'s values as the search's.
const ACTUAL = new SearchValue();
const SOLVED = new SearchValue();

/**
 * `slipUndone` of the search's values: a slip of a figure in units (most) is made in units, and
 * no Decimal of the figure, the solution or a sibling is made on the way.
 */
export function slipUndoneOf(figure: Figure, actual: SearchValue, solved: SearchValue, within: ValueRange | null): NearValues {
  // Slips are made for one search at a time: the measurer is reset, not made again.
  const out = NEAR.reset(solved, within);
  // Read again for each search, from the units or the Decimal's limbs: a weak map keeping each
  // figure's double cost the collector more.
  const a = actual.approx();
  let n: number;
  if ((n = out.measure(-a))) out.addNegated(actual, n);
  if ((n = out.measure(a * 10))) out.addTimesTen(actual, n);
  if ((n = out.measure(a / 10, 1))) out.addTenth(actual, n);
  const count = siblingCells(figure, SIBLING_CELLS);
  for (let k = 0; k < count; k++) {
    const p = SIBLING_CELLS[k].parsed;
    if (p.kind === "number" && (n = out.measure(figureNumber(p)))) out.addFigure(p, n);
  }
  // A rounded figure (a Muutos %) allows a range of amounts; the amount with one digit set right
  // may be inside it where the exact solution shows no slip at all.
  if (figure.unit === "euro") digitVariantsNear(actual, solved, out);
  return out.found;
}

/**
 * The figure with one digit changed, or two neighbours swapped, whichever come nearest `target`,
 * each measured as a double (where none is at hand, it may be near) and added to `out` unless far.
 * A figure of 15 digits or fewer (every figure of a budget book) is worked on as its exact units:
 * each digit read by division, each variant an integer made a Decimal from its units, no text.
 */
function digitVariantsNear(actual: SearchValue, target: SearchValue, out: Near): void {
  // A zero's sign is its Decimal's (-0 is tried as -1, -2, …).
  const sign = actual.units !== 0 && actual.hasUnits() ? Math.sign(actual.units) : actual.value.isNegative() ? -1 : 1;
  if (actual.hasUnits()) {
    const d = actual.scale;
    const whole = Math.abs(actual.units);
    // toFixed(d) always leaves an integer digit: 0,05 is written 005 without its point.
    const length = Math.max(digitCount(whole), d + 1);
    if (length <= 15) {
      unitVariantsNear(whole, d, length, sign, target, out);
      return;
    }
  }
  textVariantsNear(actual.value, target.value, sign, out);
}

/** Decimal digits of a non-negative safe integer (1 for 0). */
function digitCount(n: number): number {
  let count = 1;
  while (count < 16 && n >= POW10[count]) count++;
  return count;
}

// 10^0 … 10^15, each exact in a double.
const POW10 = Array.from({ length: 16 }, (_, i) => Math.pow(10, i));

/**
 * `digitVariantsNear` of |figure| = `whole` units at `d` decimals, written with `length` digits
 * (15 or fewer): every variant is an exact integer, and so is the target in those units when it
 * has no more decimals than the figure. Otherwise the target is measured approximately, and where
 * two variants come too close to call, Decimals decide. Ties go to the lower digit.
 */
function unitVariantsNear(whole: number, d: number, length: number, sign: number, target: SearchValue, out: Near): void {
  const unit = POW10[d];
  let exact = target.decimalPlaces() <= d;
  let goal = NaN;
  if (exact) {
    // Its units at the figure's decimals; read from its text only where they are no safe integer.
    const u = target.hasUnits() ? target : null;
    goal = u && d - u.scale <= 15 && Math.abs(u.units * Math.pow(10, d - u.scale)) < Number.MAX_SAFE_INTEGER ? u.units * Math.pow(10, d - u.scale) * sign : Number(target.value.toFixed(d).replace(".", "")) * sign;
    exact = Math.abs(goal) < Number.MAX_SAFE_INTEGER;
  }
  if (!exact) goal = target.approx() * unit * sign;
  const measured = Number.isFinite(goal);
  for (let i = 0; i < length; i++) {
    const place = POW10[length - 1 - i];
    const digit = Math.floor(whole / place) % 10;
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
      const value = sign * (rest + bestK * place);
      const n = out.measure(value / unit);
      if (n) out.addUnits(value, d, n);
    } else if (!exact) {
      let best: Decimal | null = null;
      for (let k = 0; k <= 9; k++) {
        if (k === digit) continue;
        const v = decimalOfUnits(sign * (rest + k * place), d);
        if (!best || v.minus(target.value).abs().lt(best.minus(target.value).abs())) best = v;
      }
      const found = best;
      if (found && out.mayBeInside(found.toNumber())) out.add(found, MAYBE);
    }
    const next = i + 1 < length ? Math.floor(whole / (place / 10)) % 10 : digit;
    if (next !== digit) {
      // The two digits trade places: exact while every figure is below 10^15.
      const value = sign * (whole + (next - digit) * place + (digit - next) * (place / 10));
      const n = out.measure(value / unit);
      if (n) out.addUnits(value, d, n);
    }
  }
}

/**
 * `digitVariantsNear` of a figure of more than 15 digits (or none in units), from its text:
 * variants are measured only approximately, so Decimals decide every digit.
 */
function textVariantsNear(actual: Decimal, target: Decimal, sign: number, out: Near): void {
  const d = actual.decimalPlaces();
  const digits = actual.abs().toFixed(d).replace(".", "");
  // The digits back as a figure, by placing the point and the sign in the text.
  const make = (s: string) => new Decimal(`${sign < 0 ? "-" : ""}${d > 0 ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s}`);
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    let best: Decimal | null = null;
    for (let k = 0; k <= 9; k++) {
      if (k === digit) continue;
      const v = make(digits.slice(0, i) + k + digits.slice(i + 1));
      if (!best || v.minus(target).abs().lt(best.minus(target).abs())) best = v;
    }
    const found = best;
    if (found && out.mayBeInside(found.toNumber())) out.add(found, MAYBE);
    const next = i + 1 < digits.length ? digits.charCodeAt(i + 1) - 48 : digit;
    if (next !== digit) {
      const n = out.measure(NaN);
      if (n) out.add(make(swappedDigits(digits, i)), n);
    }
  }
}

/** The digits with the `i`-th and the next trading places. */
function swappedDigits(digits: string, i: number): string {
  return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
}
