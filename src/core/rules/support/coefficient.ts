import Decimal from "decimal.js";

// The catalogue's identities add and subtract whole figures: ±1 nearly always, shared by every
// term (a Decimal never changes), not made anew for each term of each equation.
const PLUS_ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);

/** An identity's integer coefficient as a Decimal. */
export function coefficientOf(n: number): Decimal {
  return n === 1 ? PLUS_ONE : n === -1 ? MINUS_ONE : new Decimal(n);
}
