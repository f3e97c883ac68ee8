import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import { CellRef, Equation, Overrides, ValueRange, cellKey } from "./equation";

/**
 * A cost is negative and a revenue positive (`direction`): a one-cell constraint, recorded so that
 * a lost minus sign can be a probable cause and so that no repair proposes a positive cost.
 * Solving gives the same amount with the right sign; 0 satisfies either direction.
 */
export function signEquation(rule: string, ref: CellRef, value: Decimal, direction: "cost" | "revenue", column?: string): Equation {
  return new SignEquation(rule, ref, value, direction, column);
}

// A class rather than closures: every figure of every cost and revenue row records one, and the
// cell's key is made only when a what-if asks.
class SignEquation implements Equation {
  declare readonly column?: string;
  readonly relation: string;
  readonly cells: CellRef[];
  private key?: string;

  constructor(
    readonly rule: string,
    readonly target: CellRef,
    private readonly value: Decimal,
    private readonly direction: "cost" | "revenue",
    column?: string,
  ) {
    this.relation = direction === "cost" ? "cost ≤ 0" : "revenue ≥ 0";
    if (column) (this as { column?: string }).column = column;
    this.cells = [target];
  }

  private wrongSign(v: Decimal): boolean {
    return (this.direction === "cost" ? v.isPositive() : v.isNegative()) && !v.isZero();
  }

  private valueWith(overrides?: Overrides): Decimal {
    if (!overrides || overrides.size === 0) return this.value;
    return overrides.get((this.key ??= cellKey(this.target))) ?? this.value;
  }

  evaluate(overrides?: Overrides): Verdict {
    return this.wrongSign(this.valueWith(overrides)) ? "wrong" : "ok";
  }

  solveFor(cell: CellRef, overrides?: Overrides): Decimal | null {
    if (cellKey(cell) !== (this.key ??= cellKey(this.target))) return null;
    const v = this.valueWith(overrides);
    return this.wrongSign(v) ? v.neg() : null;
  }

  /** A cost holds up to 0, a revenue from 0. */
  holdsWithin(cell: CellRef): ValueRange | null {
    if (cell.cell !== this.target.cell || cell.sheet !== this.target.sheet) return null;
    return this.direction === "cost" ? COSTS : REVENUES;
  }
}

const COSTS: ValueRange = { low: new Decimal(-Infinity), high: new Decimal(0) };
const REVENUES: ValueRange = { low: new Decimal(0), high: new Decimal(Infinity) };
