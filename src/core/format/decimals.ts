import Decimal from "decimal.js";

/**
 * How many decimals a figure is written with. Every caller states its policy instead of
 * computing a count inline:
 * - a number: exactly that many (`8,1` for a Muutos % shown with one decimal);
 * - `upTo(n)`: as many as the value has, at most `n`, but never so few that a non-zero value
 *   reads as zero (`0,004` stays `0,004`; `8,0571` becomes `8,06`).
 */
export type DecimalsPolicy = number | { upTo: number };

export function upTo(max: number): DecimalsPolicy {
  return { upTo: max };
}

/** Decimals of figures read from a cell and quoted in a message, and of a finding's figures. */
export const AS_READ: DecimalsPolicy = upTo(2);

/** Beyond this many decimals a figure is noise, even one that would otherwise round to zero. */
const MOST_DECIMALS = 6;

export function decimalsFor(value: Decimal, policy: DecimalsPolicy): number {
  if (typeof policy === "number") return policy;
  const own = value.decimalPlaces();
  let decimals = Math.min(own, policy.upTo);
  if (value.isZero()) return decimals;
  while (decimals < own && decimals < MOST_DECIMALS && value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).isZero()) decimals++;
  return decimals;
}
