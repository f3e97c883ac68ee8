import { CellRef, Equation, Overrides, ValueRange } from "./equation";
import { UnitsRange } from "./unitsRange";
import { Units } from "./exactValues";

/**
 * An equation that gives `solveFor`'s answer as exact units where it works it out in them: the
 * repair search solves for thousands of values a check (each followed total of each trial) and
 * mostly only sets them in a what-if that sums them in units again, so a Decimal of each was made
 * for nothing.
 */
export interface SolvesInUnits {
  /**
   * `solveFor(cell, overrides)` written into `out` as units when it is a nonzero value the
   * equation solves in exact integers, and true; false, `out` as it was, where `solveFor` must
   * answer (no solution, a zero, whose sign only Decimal carries, or a value beyond the units).
   */
  solveUnitsInto(cell: CellRef, overrides: Overrides | undefined, out: Units): boolean;
}

export function solvesInUnits(e: Equation): e is Equation & SolvesInUnits {
  return typeof (e as Partial<SolvesInUnits>).solveUnitsInto === "function";
}

/**
 * An equation that gives `holdsWithin`'s range from a solution already worked out: the repair
 * search solves each figure's equation in units and then asks where it holds, which solved it
 * all over again (thousands of times a check).
 */
export interface RangeAroundUnits {
  /**
   * `holdsWithin(cell, overrides, reuse)`, given `solved`: what `solveUnitsInto(cell, overrides)`
   * wrote, having answered true.
   */
  holdsAround(cell: CellRef, overrides: Overrides | undefined, solved: Units, reuse?: UnitsRange): ValueRange | null;
}

export function givesRangeAround(e: Equation): e is Equation & RangeAroundUnits {
  return typeof (e as Partial<RangeAroundUnits>).holdsAround === "function";
}
