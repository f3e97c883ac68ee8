import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import { ParsedNumber, figureSign } from "../numbers";
import { ValueCell } from "../model";
import { CellRef, Equation, Overrides, ValueRange, cellKey } from "./equation";
import { visitA1 } from "./position";

/** A cost or a revenue; as a constraint, `cost ≤ 0` and `revenue ≥ 0` (the sign rule turns a cost printed positive into the latter). */
export type Direction = "cost" | "revenue";

/**
 * A cost is negative and a revenue positive (`direction`): a one-cell constraint, recorded so that
 * a lost minus sign can be a probable cause and so that no repair proposes a positive cost.
 * Solving gives the same amount with the right sign; 0 satisfies either direction. `value` is the
 * figure as its cell parsed it (its sign read from exact units, no Decimal made) or a Decimal.
 */
export function signEquation(rule: string, ref: CellRef, value: Decimal | ParsedNumber, direction: Direction, column?: string): Equation {
  return new SignAtRef(rule, ref, value, direction, column);
}

/**
 * `signEquation` of a figure cell on `sheet` (it must hold a number), kept as the cell itself:
 * its `CellRef` and address are made only when the analysis asks for them (it asks of few), and
 * the analysis's index reads its row and column as they are.
 */
export function signOfCell(rule: string, sheet: string, cell: ValueCell, direction: Direction, column?: string): Equation {
  if (cell.parsed.kind !== "number") throw new Error(`${sheet}!${cell.cell} holds no figure`);
  return new SignOfCell(rule, sheet, cell, direction, column);
}

// Classes rather than closures: the cell's key is made only when a what-if asks, and the figure's
// Decimal only when a repair needs it. Their relation and one-cell list are read from the
// prototype. The sign rule makes one for a wrong sign; one that holds is a row of the held signs'
// table (heldSigns.ts), made as an equation only when the whole list of equations is read, and
// then for every figure of every cost and revenue row.
abstract class SignConstraint implements Equation {
  abstract readonly rule: string;
  abstract readonly target: CellRef;
  abstract readonly column?: string;
  protected abstract readonly direction: Direction;
  /** The figure as read: a Decimal, or as its cell parsed it. */
  protected abstract figure(): Decimal | ParsedNumber;
  /** `cellKey` of the one cell, kept once made. */
  protected abstract key(): string;

  get relation(): string {
    return this.direction === "cost" ? "cost ≤ 0" : "revenue ≥ 0";
  }

  get cells(): CellRef[] {
    return [this.target];
  }

  abstract eachCell(visit: (sheet: string, row: number, col: number) => void): boolean;

  private value(): Decimal {
    const f = this.figure();
    return Decimal.isDecimal(f) ? f : f.value;
  }

  private wrongSign(v: Decimal): boolean {
    return (this.direction === "cost" ? v.isPositive() : v.isNegative()) && !v.isZero();
  }

  /** The figure as read (no override) is judged by its sign alone. */
  private figureWrong(): boolean {
    const f = this.figure();
    if (Decimal.isDecimal(f)) return this.wrongSign(f);
    const sign = figureSign(f);
    return this.direction === "cost" ? sign === 1 : sign === -1;
  }

  private override(overrides?: Overrides): Decimal | undefined {
    if (!overrides || overrides.size === 0) return undefined;
    return this.overrideIn(overrides);
  }

  /** The cell's value in non-empty overrides: by key, or by position where both know it. */
  protected overrideIn(overrides: Overrides): Decimal | undefined {
    return overrides.get(this.key());
  }

  evaluate(overrides?: Overrides): Verdict {
    const o = this.override(overrides);
    return (o === undefined ? this.figureWrong() : this.wrongSign(o)) ? "wrong" : "ok";
  }

  solveFor(cell: CellRef, overrides?: Overrides): Decimal | null {
    if (cellKey(cell) !== this.key()) return null;
    const o = this.override(overrides);
    if (o === undefined) return this.figureWrong() ? this.value().neg() : null;
    return this.wrongSign(o) ? o.neg() : null;
  }

  /** A cost holds up to 0, a revenue from 0. */
  holdsWithin(cell: CellRef): ValueRange | null {
    const target = this.target;
    if (cell.cell !== target.cell || cell.sheet !== target.sheet) return null;
    return this.direction === "cost" ? COSTS : REVENUES;
  }
}

/** A sign constraint on a cell given by its `CellRef`. */
class SignAtRef extends SignConstraint {
  // Always set (if undefined): every sign equation of the kind then has one shape.
  readonly column?: string;
  private keyText?: string;

  constructor(
    readonly rule: string,
    readonly target: CellRef,
    private readonly read: Decimal | ParsedNumber,
    protected readonly direction: Direction,
    column?: string,
  ) {
    super();
    this.column = column;
    this.keyText = undefined;
  }

  protected figure(): Decimal | ParsedNumber {
    return this.read;
  }

  protected key(): string {
    return (this.keyText ??= cellKey(this.target));
  }

  eachCell(visit: (sheet: string, row: number, col: number) => void): boolean {
    return visitA1(this.target.sheet, this.target.cell, visit);
  }
}

/** A sign constraint on a figure cell, its `CellRef` and key made when first asked for. */
class SignOfCell extends SignConstraint {
  // Always set (if undefined): every sign equation of the kind then has one shape.
  readonly column?: string;
  private asked?: { ref: CellRef; key: string };

  constructor(
    readonly rule: string,
    private readonly sheet: string,
    private readonly cell: ValueCell,
    protected readonly direction: Direction,
    column?: string,
  ) {
    super();
    this.column = column;
    this.asked = undefined;
  }

  get target(): CellRef {
    return this.refs().ref;
  }

  private refs(): { ref: CellRef; key: string } {
    if (!this.asked) {
      const ref = { sheet: this.sheet, cell: this.cell.cell };
      this.asked = { ref, key: cellKey(ref) };
    }
    return this.asked;
  }

  protected figure(): ParsedNumber {
    return this.cell.parsed as ParsedNumber;
  }

  protected override overrideIn(overrides: Overrides): Decimal | undefined {
    return overrides.atCell ? overrides.atCell(this.sheet, this.cell.row, this.cell.col) : overrides.get(this.key());
  }

  protected key(): string {
    return this.refs().key;
  }

  eachCell(visit: (sheet: string, row: number, col: number) => void): boolean {
    visit(this.sheet, this.cell.row, this.cell.col);
    return true;
  }
}

const COSTS: ValueRange = { low: new Decimal(-Infinity), high: new Decimal(0) };
const REVENUES: ValueRange = { low: new Decimal(0), high: new Decimal(Infinity) };
