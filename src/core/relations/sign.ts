import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import { ParsedNumber, figureSign } from "../numbers";
import { CellRef, Equation, Overrides, ValueRange, cellKey } from "./equation";
import { visitA1 } from "./position";

/**
 * A cost is negative and a revenue positive (`direction`): a one-cell constraint, recorded so that
 * a lost minus sign can be a probable cause and so that no repair proposes a positive cost.
 * Solving gives the same amount with the right sign; 0 satisfies either direction. `value` is the
 * figure as its cell parsed it (its sign read from exact units, no Decimal made) or a Decimal.
 */
export function signEquation(rule: string, ref: CellRef, value: Decimal | ParsedNumber, direction: "cost" | "revenue", column?: string): Equation {
  return new SignEquation(rule, ref, value, direction, column);
}

// A class rather than closures: every figure of every cost and revenue row records one, and the
// cell's key is made only when a what-if asks, and the figure's Decimal only when a repair needs it.
// Its relation and one-cell list are read from the prototype: tens of thousands are kept to the
// end of the check, and each field or list kept is the collector's work.
class SignEquation implements Equation {
  // Always set (if undefined): every sign equation then has one shape.
  readonly column?: string;
  private key?: string;

  constructor(
    readonly rule: string,
    readonly target: CellRef,
    private readonly figure: Decimal | ParsedNumber,
    private readonly direction: "cost" | "revenue",
    column?: string,
  ) {
    this.column = column;
    this.key = undefined;
  }

  get relation(): string {
    return this.direction === "cost" ? "cost ≤ 0" : "revenue ≥ 0";
  }

  get cells(): CellRef[] {
    return [this.target];
  }

  eachCell(visit: (sheet: string, row: number, col: number) => void): boolean {
    return visitA1(this.target.sheet, this.target.cell, visit);
  }

  private get value(): Decimal {
    const f = this.figure;
    return Decimal.isDecimal(f) ? f : f.value;
  }

  private wrongSign(v: Decimal): boolean {
    return (this.direction === "cost" ? v.isPositive() : v.isNegative()) && !v.isZero();
  }

  /** The figure as read (no override) is judged by its sign alone. */
  private figureWrong(): boolean {
    const f = this.figure;
    if (Decimal.isDecimal(f)) return this.wrongSign(f);
    const sign = figureSign(f);
    return this.direction === "cost" ? sign === 1 : sign === -1;
  }

  private override(overrides?: Overrides): Decimal | undefined {
    if (!overrides || overrides.size === 0) return undefined;
    return overrides.get((this.key ??= cellKey(this.target)));
  }

  evaluate(overrides?: Overrides): Verdict {
    const o = this.override(overrides);
    return (o === undefined ? this.figureWrong() : this.wrongSign(o)) ? "wrong" : "ok";
  }

  solveFor(cell: CellRef, overrides?: Overrides): Decimal | null {
    if (cellKey(cell) !== (this.key ??= cellKey(this.target))) return null;
    const o = this.override(overrides);
    if (o === undefined) return this.figureWrong() ? this.value.neg() : null;
    return this.wrongSign(o) ? o.neg() : null;
  }

  /** A cost holds up to 0, a revenue from 0. */
  holdsWithin(cell: CellRef): ValueRange | null {
    if (cell.cell !== this.target.cell || cell.sheet !== this.target.sheet) return null;
    return this.direction === "cost" ? COSTS : REVENUES;
  }
}

const COSTS: ValueRange = { low: new Decimal(-Infinity), high: new Decimal(0) };
const REVENUES: ValueRange = { low: new Decimal(0), high: new Decimal(Infinity) };
