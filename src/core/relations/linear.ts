import Decimal from "decimal.js";
import { Verdict, compareEuros } from "../compare/tolerance";
import { CellRef, Equation, Overrides, cellKey } from "./equation";

/** A cell's part in a linear identity: its coefficient (usually +1 or −1) and current value. */
export interface LinearTerm {
  ref: CellRef;
  coefficient: Decimal;
  /** The workbook's value; null for markers and empties, which count as nothing. */
  value: Decimal | null;
}

export interface LinearSpec {
  rule: string;
  relation?: string;
  column?: string;
  /** The checked cell and its value: `target = Σ coefficient × term`. */
  target: { ref: CellRef; value: Decimal };
  terms: readonly LinearTerm[];
  /** Euro gap still counted as rounding, in the table's own unit. */
  tolerance: Decimal.Value;
}

/**
 * `target = Σ cᵢ·xᵢ` as an equation: the form of every sum, total and cross-table agreement.
 * Solving for any one cell is exact, which is what a single-cell repair needs.
 */
export function linearEquation(spec: LinearSpec): Equation {
  return new LinearEquation(spec);
}

const ZERO = new Decimal(0);

function times(coefficient: Decimal, value: Decimal): Decimal {
  return coefficient.eq(1) ? value : value.mul(coefficient);
}

// A class rather than closures: a large workbook records hundreds of thousands of equations and
// keeps them all, so each should be one object with its methods on the prototype.
class LinearEquation implements Equation {
  readonly rule: string;
  declare readonly relation?: string;
  declare readonly column?: string;
  readonly target: CellRef;
  readonly cells: CellRef[];
  private readonly targetKey: string;
  private readonly targetValue: Decimal;
  private readonly terms: readonly LinearTerm[];
  // Keys once: a what-if evaluation looks every term up, and the analysis runs many of them.
  private readonly termKeys: string[];
  private readonly tolerance: number;

  constructor(spec: LinearSpec) {
    this.rule = spec.rule;
    if (spec.relation) (this as { relation?: string }).relation = spec.relation;
    if (spec.column) (this as { column?: string }).column = spec.column;
    this.target = spec.target.ref;
    this.targetKey = cellKey(spec.target.ref);
    this.targetValue = spec.target.value;
    this.terms = spec.terms;
    this.termKeys = spec.terms.map((t) => cellKey(t.ref));
    this.tolerance = new Decimal(spec.tolerance).toNumber();
    this.cells = [spec.target.ref];
    const seen = new Set<string>([this.targetKey]);
    spec.terms.forEach((t, i) => {
      const k = this.termKeys[i];
      if (!seen.has(k)) {
        seen.add(k);
        this.cells.push(t.ref);
      }
    });
  }

  /** Σ cᵢ·xᵢ with the workbook's values, summed once. */
  private baseExpected?: Decimal;

  private sides(overrides?: Overrides): { actual: Decimal; expected: Decimal } {
    const actual = (overrides?.get(this.targetKey) ?? this.targetValue) ?? ZERO;
    if (!this.baseExpected) {
      let sum = ZERO;
      for (const t of this.terms) if (t.value) sum = sum.plus(times(t.coefficient, t.value));
      this.baseExpected = sum;
    }
    // A what-if replaces a term or two: adjust the stored sum by those, exactly, not re-add them all.
    let expected = this.baseExpected;
    if (overrides) {
      this.terms.forEach((t, i) => {
        const v = overrides.get(this.termKeys[i]);
        if (v === undefined) return;
        if (t.value) expected = expected.minus(times(t.coefficient, t.value));
        expected = expected.plus(times(t.coefficient, v));
      });
    }
    return { actual, expected };
  }

  evaluate(overrides?: Overrides): Verdict {
    const { actual, expected } = this.sides(overrides);
    return compareEuros(actual, expected, this.tolerance);
  }

  solveFor(ref: CellRef, overrides?: Overrides): Decimal | null {
    const key = cellKey(ref);
    const { actual, expected } = this.sides(overrides);
    if (key === this.targetKey) return expected;
    // A cell may appear as several terms (rarely): its total coefficient is what moves the sum.
    let coefficient = new Decimal(0);
    let own: Decimal | null = null;
    this.terms.forEach((t, i) => {
      if (this.termKeys[i] !== key) return;
      coefficient = coefficient.plus(t.coefficient);
      own ??= t.value;
    });
    if (coefficient.isZero()) return null;
    const current = (overrides?.get(key) ?? own) ?? new Decimal(0);
    // actual = expected − c·current + c·x  ⇒  x = current + (actual − expected) / c
    return current.plus(actual.minus(expected).div(coefficient));
  }
}
