import Decimal from "decimal.js";
import { halfUnit } from "./rounding";
import { quotient } from "./quotient";

/** €/asukas = amount / residents. Throws on a population that is not a positive number. */
export function perResident(amount: Decimal, population: Decimal.Value): Decimal {
  const p = new Decimal(population);
  if (!p.isFinite() || p.lte(0)) throw new RangeError(`Population must be positive, got ${p.toString()}`);
  return amount.div(p);
}

/**
 * The population range a shown €/asukas figure allows, given it was rounded to `decimals`:
 * amount / (shown ± half a unit). Null when the figure is 0 or the amount is 0 (nothing implied).
 */
export function impliedPopulationRange(
  amount: Decimal,
  shown: Decimal,
  decimals: number,
): { low: Decimal; high: Decimal; point: Decimal } | null {
  if (amount.isZero() || shown.isZero()) return null;
  const a = amount.abs();
  const s = shown.abs();
  const half = halfUnit(decimals);
  const point = quotient(a, s);
  const low = quotient(a, s.plus(half));
  const high = s.minus(half).lte(0) ? new Decimal(Infinity) : quotient(a, s.minus(half));
  return { low, high, point };
}
