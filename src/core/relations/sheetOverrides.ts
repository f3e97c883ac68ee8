import Decimal from "decimal.js";
import { Overrides } from "./equation";

/**
 * What-if values that list the ones on a sheet by position. A sum over a sheet's cells asks for
 * the few values overriding cells of that sheet (a repair's cell or two, a taken repair or so)
 * instead of asking for each of its parts in turn: the analysis judges tens of thousands of
 * what-ifs a check, of sums of nine parts on average, mostly over a base of hundreds of taken
 * repairs, and each part asked was a lookup through every layer.
 */
export interface SheetwiseOverrides extends Overrides {
  /**
   * Writes into `out`, from its `from`-th entry on, the values overriding cells of `sheet` by
   * position (as `positionOf` numbers them) and returns the count written with `from`'s; −1 when
   * it cannot tell (a layer over overrides that answer only by key). A position may be listed
   * more than once (a layer's cell over its base's): the first listing is what `atCell` gives.
   */
  overridesOn(sheet: string, out: OnSheet, from: number): number;
}

/** Positions and their values, filled up to a count and reused: one answer is read before the next is asked. */
export interface OnSheet {
  positions: number[];
  values: Decimal[];
}

export function isSheetwise(o: Overrides): o is SheetwiseOverrides {
  return typeof (o as Partial<SheetwiseOverrides>).overridesOn === "function";
}
