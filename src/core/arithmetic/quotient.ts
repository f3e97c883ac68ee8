import Decimal from "decimal.js";

/**
 * `x / y`, the very Decimal `x.div(y)` gives, with the divisor made whole first. Decimal's division
 * is correctly rounded, so scaling both by a power of ten leaves the quotient as it is; but a whole
 * divisor below 10⁷ is one word of decimal.js's digits, divided by its short division, where a
 * divisor with decimals (`65,75`, `250,35`) takes the long division and its working arrays. The
 * rules divide by thousands of figures written with decimals (keys, €/asukas ± half a unit).
 */
export function quotient(x: Decimal, y: Decimal): Decimal {
  if (!y.isFinite() || !x.isFinite()) return x.div(y);
  const places = y.decimalPlaces();
  if (places === 0) return x.div(y);
  // A power of ten only moves the digits: exact while neither has more digits than the precision.
  const precision = Decimal.precision;
  if (x.sd() > precision || y.sd() > precision) return x.div(y);
  const scale = powerOfTen(places);
  return x.mul(scale).div(y.mul(scale));
}

const POWERS: Decimal[] = [];

function powerOfTen(n: number): Decimal {
  if (n > 40) return new Decimal(10).pow(n);
  return (POWERS[n] ??= new Decimal(10).pow(n));
}
