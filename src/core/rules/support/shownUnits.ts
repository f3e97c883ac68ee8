import Decimal from "decimal.js";

// One unit and half a unit of the last shown digit, per number of decimals: every figure of every
// identity asks, and a Decimal power and division each time was most of a tolerance's cost.
const UNITS = new Map<number, { unit: Decimal; half: Decimal }>();

function unitsOf(decimals: number): { unit: Decimal; half: Decimal } {
  let u = UNITS.get(decimals);
  if (!u) {
    const unit = new Decimal(10).pow(-decimals);
    UNITS.set(decimals, (u = { unit, half: unit.div(2) }));
  }
  return u;
}

/** 10^-decimals. */
export function unitOf(decimals: number): Decimal {
  return unitsOf(decimals).unit;
}

/** Half of 10^-decimals. */
export function halfUnitOf(decimals: number): Decimal {
  return unitsOf(decimals).half;
}

const PLUS_ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);

/** An identity's integer coefficient as a Decimal: ±1, nearly always, shared (a Decimal never changes). */
export function coefficientOf(n: number): Decimal {
  return n === 1 ? PLUS_ONE : n === -1 ? MINUS_ONE : new Decimal(n);
}
