import Decimal from "decimal.js";
import { Verdict, compareShown } from "../compare/tolerance";
import { excelRound } from "../arithmetic/rounding";
import { CellRef, Equation, Overrides, cellKey } from "./equation";
import { ParsedNumber } from "../numbers";
import { ValueCell } from "../model";

/** An input of a rounded figure's formula: a cell and the workbook's value. */
export interface ShownInput {
  ref: CellRef;
  readonly value: Decimal;
}

/**
 * An input read from a figure cell, its Decimal made when the analysis evaluates the equation: a
 * class, so that the equation keeps the cell alone and not the scope of the rule that made it.
 */
class FigureInput implements ShownInput {
  constructor(
    readonly ref: CellRef,
    private readonly figure: ParsedNumber,
  ) {}

  get value(): Decimal {
    return this.figure.value;
  }
}

/** A figure cell's value as an equation's input (the cell must hold a number). */
export function figureInput(ref: CellRef, cell: ValueCell): ShownInput {
  if (cell.parsed.kind !== "number") throw new Error(`${ref.sheet}!${ref.cell} holds no figure`);
  return new FigureInput(ref, cell.parsed);
}

/**
 * The formula a shown figure is rounded from, over its inputs' values in `inputs` order, and its
 * inverse: the value input `i` needs so that the formula gives `exact`.
 */
export interface ShownFormula {
  /** Catalogue-style name, e.g. `change % = (new / old − 1) × 100`. */
  relation: string;
  exact(values: readonly Decimal[]): Decimal | null;
  solveInput(i: number, exact: Decimal, values: readonly Decimal[]): Decimal | null;
}

export interface ShownSpec {
  rule: string;
  column?: string;
  /** The checked cell and what it stores (a `0.0 %` cell stores 0.081 for a shown 8,1). */
  target: { ref: CellRef; stored: Decimal };
  /** Shown = stored × scale: 100 for a percent-formatted cell, else 1. */
  scale: Decimal.Value;
  /** Decimals the cell shows. */
  decimals: number;
  /** Allowed beyond half a unit before the figure is wrong (rounding within). */
  extra: Decimal.Value;
  inputs: readonly ShownInput[];
  formula: ShownFormula;
  /**
   * The rule told the figure within half a unit of its exact value in exact integers: the
   * workbook's own verdict is "ok" without a division (the analysis asks every equation's).
   */
  holds?: boolean;
}

/**
 * A figure shown rounded from a formula over other cells (change %, €/asukas): holds when the
 * shown value is the exact one within half a unit. Solving for the figure gives the exact value
 * rounded as shown; solving for an input inverts the formula at the shown value.
 */
export function shownEquation(spec: ShownSpec): Equation {
  return new ShownEquation(spec);
}

// A class rather than closures, its keys and cell list made when first asked for: every change %
// and €/asukas figure records one, and only the analysis reads them.
class ShownEquation implements Equation {
  readonly rule: string;
  readonly relation: string;
  declare readonly column?: string;
  readonly target: CellRef;
  private readonly spec: ShownSpec;
  private readonly scale: Decimal;
  private keyed?: { target: string; inputs: string[] };
  private cellList?: CellRef[];

  constructor(spec: ShownSpec) {
    this.rule = spec.rule;
    this.relation = spec.formula.relation;
    if (spec.column) (this as { column?: string }).column = spec.column;
    this.target = spec.target.ref;
    this.spec = spec;
    this.scale = spec.scale === 1 ? ONE : spec.scale === 100 ? HUNDRED : new Decimal(spec.scale);
  }

  get cells(): CellRef[] {
    if (!this.cellList) {
      const cells: CellRef[] = [];
      const seen = new Set<string>();
      for (const ref of [this.spec.target.ref, ...this.spec.inputs.map((x) => x.ref)]) {
        const k = cellKey(ref);
        if (!seen.has(k)) {
          seen.add(k);
          cells.push(ref);
        }
      }
      this.cellList = cells;
    }
    return this.cellList;
  }

  private keys(): { target: string; inputs: string[] } {
    return (this.keyed ??= { target: cellKey(this.spec.target.ref), inputs: this.spec.inputs.map((x) => cellKey(x.ref)) });
  }

  private valuesWith(overrides?: Overrides): Decimal[] {
    if (!overrides) return this.spec.inputs.map((x) => x.value);
    const keys = this.keys().inputs;
    return this.spec.inputs.map((x, i) => overrides.get(keys[i]) ?? x.value);
  }

  private shownWith(overrides?: Overrides): Decimal {
    return ((overrides && overrides.get(this.keys().target)) ?? this.spec.target.stored).mul(this.scale);
  }

  evaluate(overrides?: Overrides): Verdict {
    if (this.spec.holds && (!overrides || overrides.size === 0)) return "ok";
    const exact = this.spec.formula.exact(this.valuesWith(overrides));
    // No value exists (a zero divisor): the figure cannot be right, whatever it shows.
    if (!exact) return "wrong";
    return compareShown(this.shownWith(overrides), exact, this.spec.decimals, this.spec.extra).verdict;
  }

  solveFor(ref: CellRef, overrides?: Overrides): Decimal | null {
    const key = cellKey(ref);
    const values = this.valuesWith(overrides);
    if (key === this.keys().target) {
      const exact = this.spec.formula.exact(values);
      return exact ? excelRound(exact, this.spec.decimals).div(this.scale) : null;
    }
    const i = this.keys().inputs.indexOf(key);
    if (i < 0) return null;
    return this.spec.formula.solveInput(i, this.shownWith(overrides), values);
  }
}

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/** Change % = (new / old − 1) × 100; inputs are [old, new]. */
export const CHANGE_PERCENT: ShownFormula = {
  relation: "change % = (new / old − 1) × 100",
  exact([oldV, newV]) {
    return oldV.isZero() ? null : newV.div(oldV).minus(1).mul(100);
  },
  solveInput(i, pct, [oldV, newV]) {
    const factor = pct.div(100).plus(1);
    if (i === 1) return oldV.mul(factor);
    return factor.isZero() ? null : newV.div(factor);
  },
};

/** €/asukas = toimintakate / population, the population a constant; inputs are [toimintakate]. */
export function perResidentFormula(population: Decimal): ShownFormula {
  return {
    relation: "€/asukas = toimintakate / population",
    exact([kate]) {
      return population.isZero() ? null : kate.div(population);
    },
    solveInput(_i, perResident) {
      return perResident.mul(population);
    },
  };
}
