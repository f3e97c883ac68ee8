import Decimal from "decimal.js";
import { ParsedNumber, decimalOfUnits } from "../numbers";
import { Units, approxNumber, readUnits } from "../relations/exactValues";
import { rescale } from "../arithmetic/exact";
import { sameDecimal } from "../compare/decimalOrder";

// Units hold at most 15 decimals (relations/exactValues.ts).
const MAX_SCALE = 15;

/**
 * A value the repair search works with (a figure, a solution, a value tried): exact units
 * (`units × 10^-scale`, a safe integer at 15 decimals or fewer) where they hold it, its Decimal
 * made only when it is read. The search weighs thousands of values a check and returns a repair
 * for few of them; a Decimal made for each was most of its garbage.
 *
 * The decimals are kept as few as the value needs (no trailing zero), as a Decimal's own digits
 * are: `scale` is then its `decimalPlaces()`, and two values are equal exactly when their units
 * and scales are. A zero keeps its Decimal (or its cell's), whose sign only Decimal carries. A value that units
 * cannot hold has scale −1 and is its Decimal alone; having units or not is thus a property of
 * the value itself.
 *
 * The search keeps a few of these and fills them again for each figure and trial: no object is
 * made per value.
 */
export class SearchValue implements Units {
  units = 0;
  scale = -1;
  private made: Decimal | undefined = undefined;
  // A figure's cell, whose own Decimal (kept with the cell) is the value's when asked.
  private figure: ParsedNumber | undefined = undefined;

  /** Set to a Decimal, its units read from its digits. */
  setDecimal(v: Decimal): this {
    this.made = v;
    this.figure = undefined;
    if (!readUnits(v, this)) {
      this.units = 0;
      this.scale = -1;
    }
    return this;
  }

  /** Set to `units × 10^-scale`: a nonzero safe integer, 0 ≤ scale ≤ 15. */
  setUnits(units: number, scale: number): this {
    while (scale > 0 && units % 10 === 0) {
      units /= 10;
      scale--;
    }
    this.units = units;
    this.scale = scale;
    this.made = undefined;
    this.figure = undefined;
    return this;
  }

  /** Set to a cell's figure: its units where they hold it, its Decimal the cell's own (a zero's sign too). */
  setFigure(p: ParsedNumber): this {
    const u = p.units;
    if (u === undefined || p.decimals > MAX_SCALE || !Number.isSafeInteger(u)) return this.setDecimal(p.value);
    if (u === 0) {
      this.units = 0;
      this.scale = 0;
      this.made = undefined;
    } else this.setUnits(u, p.decimals);
    this.figure = p;
    return this;
  }

  get value(): Decimal {
    return (this.made ??= this.figure ? this.figure.value : decimalOfUnits(this.units, this.scale));
  }

  /**
   * The Decimal where units alone would not give it back: one made, one beyond the units, or a
   * figure's zero (its cell's Decimal, which keeps a minus that units lose; made when asked).
   */
  get decimal(): Decimal | undefined {
    return this.made ?? (this.figure && this.units === 0 ? this.value : undefined);
  }

  hasUnits(): boolean {
    return this.scale >= 0;
  }

  isZero(): boolean {
    return this.scale >= 0 ? this.units === 0 : this.value.isZero();
  }

  /** −1, 0 or 1, a zero's sign not counting. */
  sign(): number {
    if (this.scale >= 0) return Math.sign(this.units);
    const v = this.value;
    return v.isZero() ? 0 : v.isNegative() ? -1 : v.isPositive() ? 1 : 0;
  }

  /** `decimalPlaces()` of the value. */
  decimalPlaces(): number {
    return this.scale >= 0 ? this.scale : this.value.decimalPlaces();
  }

  /** Whether the values are equal, as Decimal's `eq` tells (a zero's sign not counting). */
  equals(v: SearchValue): boolean {
    if (this.scale >= 0 || v.scale >= 0) return this.units === v.units && this.scale === v.scale;
    return sameDecimal(this.value, v.value);
  }

  /** Equal to `units × 10^-scale` (as a value's, no trailing zero)? */
  equalsUnits(units: number, scale: number): boolean {
    return this.units === units && this.scale === scale;
  }

  /** The value as a double, as `approxNumber` reads it (a zero's sign aside: measured, it makes no difference). */
  approx(): number {
    return this.scale >= 0 ? this.units / POW10[this.scale] : approxNumber(this.value);
  }
}

/**
 * `units × 10^-scale` rounded to `places` decimals (fewer than `scale`), half away from zero as
 * Decimal's ROUND_HALF_UP rounds, as units at `places`. The remainder is taken first, so that
 * the quotient is exact.
 */
export function roundedUnits(units: number, scale: number, places: number): number {
  const f = POW10[scale - places];
  const a = Math.abs(units);
  const rest = a % f;
  let q = (a - rest) / f;
  if (2 * rest >= f) q++;
  return units < 0 ? -q : q;
}

/**
 * Whether `v` is farther from `w` than `|w| × 0,05 + 1` (20·|v − w| > |w| + 20 at their common
 * scale), in exact integers; undefined where they leave the safe integers.
 */
export function fartherThanTwentieth(v: Units, w: Units): boolean | undefined {
  const scale = Math.max(v.scale, w.scale);
  const x = rescale(v.units, scale - v.scale);
  const y = rescale(w.units, scale - w.scale);
  const one = POW10[scale];
  const gap = 20 * Math.abs(x - y);
  const reach = Math.abs(y) + 20 * one;
  if (!Number.isSafeInteger(gap) || !Number.isSafeInteger(reach)) return undefined;
  return gap > reach;
}

// 10^0 … 10^15, each exact in a double.
const POW10 = Array.from({ length: MAX_SCALE + 1 }, (_, i) => Math.pow(10, i));
