import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import type { UnitsRange } from "./unitsRange";
import type { CellEntries } from "./cellEntries";

/**
 * Every identity the engine checks (a sum, a unit total, cross-table agreement, a change € or %,
 * €/asukas, an allocation, a relation of the catalogue) is recorded as an equation over cells,
 * whether it holds or not. The root-cause analysis works on these; the corpus test reads them to
 * know which relations were checked. This file is the contract between the rules that record
 * equations and everything that reads them. One kind is kept apart while it holds: a sign check is
 * a row of the list's table of held signs (heldSigns.ts) until a reader asks for the whole list
 * (`allEquations`, `CheckResult.equations`).
 */

/** A cell of the workbook: `sheet` as the workbook spells it, `cell` in A1 without the sheet. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** `Sheet!A1`: the key under which a cell's value is looked up or overridden. */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/**
 * Values that replace the workbook's own for a what-if evaluation, by `cellKey`. A what-if map may
 * also answer by position (`atCell`): an equation that knows its cells' rows and columns then
 * asks for them with no key string made or hashed (the analysis asks tens of thousands of times).
 */
export interface Overrides extends ReadonlyMap<string, Decimal> {
  /**
   * Optional: the value overriding the cell at the 0-based `row` and `col` of `sheet`: what `get`
   * gives for the key of that cell written as `a1` writes it.
   */
  atCell?(sheet: string, row: number, col: number): Decimal | undefined;
}

export interface Equation {
  /** Finding rule id a failure of this equation is reported under (`sum`, `unit-total`, …). */
  rule: string;
  /** Catalogue name of the relation when it has one (`toimintakate = toimintatuotot + toimintakulut`). */
  relation?: string;
  /** The checked cell: where a finding for this equation is placed. */
  target: CellRef;
  /** `KIND YEAR` of the checked column, as in findings. */
  column?: string;
  /** Every cell the equation reads, the target included, each once. */
  cells: CellRef[];
  /**
   * Optional: visits the cells of `cells`, in its order and each once, as the sheet and the
   * 0-based row and column (as `a1` takes them), without making a `CellRef` or an address for
   * each: for a caller that indexes every equation's cells. Returns false, having visited
   * nothing, when it cannot (a cell whose address is not as `a1` writes it); the caller then reads
   * `cells`, as it does for an equation without the member.
   */
  eachCell?(visit: (sheet: string, row: number, col: number) => void): boolean;
  /**
   * Optional: writes the cells `eachCell` visits into `out`, in its order, with no visitor
   * called per cell: for the analysis's index, which reads every equation's cells.
   */
  cellsInto?(out: CellEntries): void;
  /** Verdict with the workbook's values, some replaced by `overrides`. */
  evaluate(overrides?: Overrides): Verdict;
  /**
   * The value `cell` would need for the equation to hold exactly with every other cell as it is
   * (or as overridden); null when the equation cannot be solved for that cell (it is not linear
   * in it, or the solution does not exist, e.g. a zero divisor).
   */
  solveFor(cell: CellRef, overrides?: Overrides): Decimal | null;
  /**
   * Optional: the values of `cell` (every other cell as it is, or as overridden) outside which the
   * equation surely fails, ends included; a value inside may still fail, and `evaluate` tells.
   * Lets a caller testing many values for one cell (the analysis's trials) answer most by a
   * comparison. Null when the equation gives no such range for the cell; an equation without the
   * member is evaluated for every value. `reuse`: a range of the caller's that a range in exact
   * units may be written into and returned as, instead of a new one; the caller reads it only until
   * it passes it again.
   */
  holdsWithin?(cell: CellRef, overrides?: Overrides, reuse?: UnitsRange): ValueRange | null;
}

/** Values from `low` to `high`, both included; either may be infinite. */
export interface ValueRange {
  low: Decimal;
  high: Decimal;
}
