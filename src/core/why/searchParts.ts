import Decimal from "decimal.js";
import { Figure } from "./figures";
import { LayeredValues } from "./layered";
import { SearchValue } from "./searchValue";
import { CellRef, Equation, Overrides, ValueRange } from "../relations/equation";
import { UnitsRange } from "../relations/unitsRange";
import { Units } from "../relations/exactValues";
import { solvesInUnits } from "../relations/solveUnits";
import { compareDecimals, sameDecimal } from "../compare/decimalOrder";
import { grown } from "../grown";

// The repair search's bookkeeping, and its values' ways into the equations and what-ifs.

/**
 * Cell ids (−1 too: no equation reads the cell) marked in one search, told from earlier searches'
 * by a stamp: a set of ids filled and emptied for each search (a thousand a check) made its table
 * again each time. Ids are counted from 0 as the index gives them.
 */
export class IdMarks {
  private stamps = new Int32Array(1024);
  private stamp = 1;

  /** Forgets every mark. */
  clear(): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /**
   * Room for ids below `size` (the index's count), made at once: grown from its first kilobytes by
   * the ids met, the table was copied eight times a check at 200 sheets (half a million numbers
   * allocated for an index of 140 000 ids).
   */
  reserve(size: number): void {
    this.roomFor(size);
  }

  /** Marks the id: false when it was marked already. */
  mark(id: number): boolean {
    const i = id + 1;
    this.roomFor(i);
    if (this.stamps[i] === this.stamp) return false;
    this.stamps[i] = this.stamp;
    return true;
  }

  /** Room for the stamp at index `i`. */
  private roomFor(i: number): void {
    if (i >= this.stamps.length) this.stamps = grown(this.stamps, Math.max(i + 1, this.stamps.length * 2));
  }
}

/**
 * The values tried for one figure in a search, told apart by value: a few each, in lists kept
 * across searches (thousands of figures a check) and emptied by their count.
 */
export class TriedValues {
  count = 0;
  private readonly units: number[] = [];
  // −1: a value with no units, told by its Decimal.
  private readonly scales: number[] = [];
  private readonly decimals: (Decimal | undefined)[] = [];

  add(v: SearchValue): void {
    const i = this.count++;
    this.units[i] = v.units;
    this.scales[i] = v.scale;
    this.decimals[i] = v.hasUnits() ? undefined : v.value;
  }

  /** Whether a value equal to `v` was tried (as `SearchValue.equals` tells). */
  has(v: SearchValue): boolean {
    const n = this.count;
    if (v.hasUnits()) {
      for (let i = 0; i < n; i++) if (this.units[i] === v.units && this.scales[i] === v.scale) return true;
      return false;
    }
    const d = v.value;
    for (let i = 0; i < n; i++) {
      const tried = this.decimals[i];
      if (tried !== undefined && sameDecimal(tried, d)) return true;
    }
    return false;
  }
}

/**
 * `solveFor` of the cell into `out`: SOLVED_IN_UNITS where the equation solves in units (its
 * `solveUnitsInto` answered), SOLVED where Decimal did, 0 where it has no finite solution.
 */
export function solveInto(e: Equation, ref: CellRef, overrides: Overrides, out: SearchValue): number {
  if (solvesInUnits(e) && e.solveUnitsInto(ref, overrides, SOLVED_UNITS)) {
    out.setUnits(SOLVED_UNITS.units, SOLVED_UNITS.scale);
    return SOLVED_IN_UNITS;
  }
  const v = e.solveFor(ref, overrides);
  if (!v || !v.isFinite()) return 0;
  out.setDecimal(v);
  return SOLVED;
}

// `solveInto`'s answers besides 0.
export const SOLVED = 1;
export const SOLVED_IN_UNITS = 2;

/** The cell set to `v` in a what-if layer: as units where it has them (and is no zero, whose sign is its Decimal's). */
export function setValue(layer: LayeredValues, ref: CellRef, figure: Figure, v: SearchValue): void {
  if (v.hasUnits() && v.units !== 0) layer.setCellUnits(ref, figure, v.units, v.scale);
  else layer.setCell(ref, figure, v.value);
}

/** Whether `v` lies outside the range: from its units against a range in units where both allow. */
export function excludes(range: ValueRange, v: SearchValue): boolean {
  if (range instanceof UnitsRange) {
    const outside = v.hasUnits() ? range.excludesUnits(v.units, v.scale) : undefined;
    return outside ?? range.excludes(v.value);
  }
  return compareDecimals(v.value, range.low) < 0 || compareDecimals(v.value, range.high) > 0;
}

// A solution's units, read and kept at once.
const SOLVED_UNITS: Units = { units: 0, scale: 0 };
