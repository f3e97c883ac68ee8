import Decimal from "decimal.js";
import { Overrides } from "./equation";
import { Units } from "./exactValues";

/**
 * What-if values that list the ones on a sheet by position. A sum over a sheet's cells asks for
 * the few values overriding cells of that sheet (a repair's cell or two, a taken repair or so)
 * instead of asking for each of its parts in turn: the analysis judges tens of thousands of
 * what-ifs a check, of sums of nine parts on average, mostly over a base of hundreds of taken
 * repairs, and each part asked was a lookup through every layer.
 *
 * Each value is also listed as exact units where it has them: the repair search tries thousands
 * of values a check as units, and a sum judged in units then needs no Decimal of them.
 */
export interface SheetwiseOverrides extends Overrides {
  /**
   * Writes into `out`, from its `from`-th entry on, the values overriding cells of `sheet` by
   * position (as `positionOf` numbers them) and returns the count written with `from`'s; −1 when
   * it cannot tell (a layer over overrides that answer only by key). A position may be listed
   * more than once (a layer's cell over its base's): the first listing is what `atCell` gives.
   */
  overridesOn(sheet: string, out: OnSheet, from: number): number;
  /**
   * The value overriding the cell at `row` and `col` of `sheet`, as `atCell` gives it, written
   * into `out` as units: NO_OVERRIDE when none does, IN_UNITS when written, IN_DECIMAL when one
   * does but has no units (`atCell` gives it).
   */
  unitsAtCell(sheet: string, row: number, col: number, out: Units): number;
}

export const NO_OVERRIDE = 0;
export const IN_UNITS = 1;
export const IN_DECIMAL = 2;

/**
 * Positions and their values, filled up to a count and reused: one answer is read before the next
 * is asked. An entry with a scale of 0 or more is its units (`units × 10^-scale`, its value's
 * Decimal not made); one with a negative scale has no units, and its value is the Decimal.
 */
export interface OnSheet {
  positions: number[];
  units: number[];
  scales: number[];
  values: (Decimal | undefined)[];
}

export function isSheetwise(o: Overrides): o is SheetwiseOverrides {
  return typeof (o as Partial<SheetwiseOverrides>).overridesOn === "function";
}
