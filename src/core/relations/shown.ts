import Decimal from "decimal.js";
import { compareShown } from "../compare/tolerance";
import { excelRound } from "../arithmetic/rounding";
import { CellRef, Equation, Overrides, cellKey } from "./equation";

/** An input of a rounded figure's formula: a cell and the workbook's value. */
export interface ShownInput {
  ref: CellRef;
  value: Decimal;
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
}

/**
 * A figure shown rounded from a formula over other cells (change %, €/asukas): holds when the
 * shown value is the exact one within half a unit. Solving for the figure gives the exact value
 * rounded as shown; solving for an input inverts the formula at the shown value.
 */
export function shownEquation(spec: ShownSpec): Equation {
  const scale = new Decimal(spec.scale);
  const targetKey = cellKey(spec.target.ref);
  const keys = spec.inputs.map((x) => cellKey(x.ref));
  const valuesWith = (overrides?: Overrides) => spec.inputs.map((x, i) => overrides?.get(keys[i]) ?? x.value);
  const shownWith = (overrides?: Overrides) => (overrides?.get(targetKey) ?? spec.target.stored).mul(scale);
  const cells: CellRef[] = [];
  const seen = new Set<string>();
  for (const ref of [spec.target.ref, ...spec.inputs.map((x) => x.ref)]) {
    const k = cellKey(ref);
    if (!seen.has(k)) {
      seen.add(k);
      cells.push(ref);
    }
  }
  return {
    rule: spec.rule,
    relation: spec.formula.relation,
    ...(spec.column ? { column: spec.column } : {}),
    target: spec.target.ref,
    cells,
    evaluate(overrides) {
      const exact = spec.formula.exact(valuesWith(overrides));
      // No value exists (a zero divisor): the figure cannot be right, whatever it shows.
      if (!exact) return "wrong";
      return compareShown(shownWith(overrides), exact, spec.decimals, spec.extra).verdict;
    },
    solveFor(ref, overrides) {
      const key = cellKey(ref);
      const values = valuesWith(overrides);
      if (key === targetKey) {
        const exact = spec.formula.exact(values);
        return exact ? excelRound(exact, spec.decimals).div(scale) : null;
      }
      const i = keys.indexOf(key);
      if (i < 0) return null;
      return spec.formula.solveInput(i, shownWith(overrides), values);
    },
  };
}

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
