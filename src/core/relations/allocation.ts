import Decimal from "decimal.js";
import { Verdict } from "../compare/tolerance";
import { CellRef, Equation, Overrides, cellKey } from "./equation";

/** One area's amount of a shared cost and its key (percent). */
export interface AllocationPart {
  ref: CellRef;
  /** The workbook's amount; null when the cell holds no figure (counts as 0). */
  amount: Decimal | null;
  key: Decimal;
}

export interface AllocationSpec {
  rule: string;
  column?: string;
  /** Index into `parts` of the area this equation checks. */
  index: number;
  parts: readonly AllocationPart[];
  /** The agreed total (signed like the amounts); null: the total is the sum of the amounts. */
  total: Decimal | null;
  /** A gap up to this (in euros) is the amounts' and the key's rounding, not a wrong amount. */
  slack: Decimal.Value;
}

/**
 * What every area's equation of one year reads alike, made once per `parts` list: a year shared
 * among hundreds of areas has as many equations, and each building its own keys, cell list and
 * sum made the year cost the square of its areas.
 */
interface SharedParts {
  keys: string[];
  /** Positions of each cell in `parts` (a cell listed twice counts twice, as in the sum). */
  positions: Map<string, number[]>;
  cells: CellRef[];
  amounts: Decimal[];
  /** Σ amounts as the workbook has them. */
  sum: Decimal;
}

const SHARED = new WeakMap<readonly AllocationPart[], SharedParts>();
const ZERO = new Decimal(0);

function sharedOf(parts: readonly AllocationPart[]): SharedParts {
  let s = SHARED.get(parts);
  if (!s) {
    const keys = parts.map((p) => cellKey(p.ref));
    const positions = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const list = positions.get(k);
      if (list) list.push(i);
      else positions.set(k, [i]);
    });
    const amounts = parts.map((p) => p.amount ?? ZERO);
    s = { keys, positions, cells: parts.map((p) => p.ref), amounts, sum: amounts.reduce((a, b) => a.plus(b), ZERO) };
    SHARED.set(parts, s);
  }
  return s;
}

/** Σ amounts with `overrides` in place: the workbook's sum plus what each overridden amount adds (exact in Decimal). */
function sumWith(s: SharedParts, overrides?: Overrides): Decimal {
  if (!overrides || overrides.size === 0) return s.sum;
  let sum = s.sum;
  // Overrides are looked up, never iterated: a layered what-if map iterates only its own layer.
  for (let i = 0; i < s.keys.length; i++) {
    const v = overrides.get(s.keys[i]);
    if (v !== undefined) sum = sum.plus(v).minus(s.amounts[i]);
  }
  return sum;
}

/**
 * `amountᵢ = keyᵢ / 100 × total`, where the total is the agreed one or else the sum of every
 * area's amount (so each amount also enters its own total). Linear in every amount, so a single
 * amount can be solved for; which area is out of line follows from which repair fits all areas.
 */
export function allocationEquation(spec: AllocationSpec): Equation {
  const slack = new Decimal(spec.slack);
  const shared = sharedOf(spec.parts);
  const me = spec.parts[spec.index];
  const myKey = shared.keys[spec.index];
  const mine = (overrides?: Overrides) => overrides?.get(myKey) ?? shared.amounts[spec.index];
  return {
    rule: spec.rule,
    relation: "allocation: amount = key × total",
    ...(spec.column ? { column: spec.column } : {}),
    target: me.ref,
    // Read-only by the equation contract, so one list serves every area's equation.
    cells: spec.total ? [me.ref] : shared.cells,
    evaluate(overrides): Verdict {
      const total = spec.total ?? sumWith(shared, overrides);
      const gap = mine(overrides).minus(me.key.div(100).mul(total)).abs();
      // Largest-remainder parts are within a euro of the exact share.
      if (gap.lt(1)) return "ok";
      return gap.lte(slack) ? "rounding" : "wrong";
    },
    solveFor(ref, overrides) {
      const at = shared.positions.get(cellKey(ref));
      if (!at) return null;
      const j = at[0];
      if (spec.total && j !== spec.index) return null;
      const k = me.key.div(100);
      if (spec.total) return k.mul(spec.total);
      const valueAt = (i: number) => overrides?.get(shared.keys[i]) ?? shared.amounts[i];
      const rest = sumWith(shared, overrides).minus(valueAt(j));
      if (j === spec.index) {
        // x = k (rest + x)  ⇒  x = k · rest / (1 − k)
        return k.eq(1) ? null : k.mul(rest).div(new Decimal(1).minus(k));
      }
      // amount = k (rest + x)  ⇒  x = amount / k − rest
      return k.isZero() ? null : valueAt(spec.index).div(k).minus(rest);
    },
  };
}
