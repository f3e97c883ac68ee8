import Decimal from "decimal.js";

// One unit of the last shown digit, per number of decimals: every figure of every identity asks,
// and a Decimal power each time was most of a tolerance's cost. Half a unit is
// arithmetic/rounding.ts's `halfUnit`, kept the same way.
const UNITS = new Map<number, Decimal>();

/** 10^-decimals. */
export function unitOf(decimals: number): Decimal {
  let unit = UNITS.get(decimals);
  if (!unit) UNITS.set(decimals, (unit = new Decimal(10).pow(-decimals)));
  return unit;
}
