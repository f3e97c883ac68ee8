import Decimal from "decimal.js";

/** Excel's ROUND: half away from zero, negative `decimals` round to tens, hundreds, … */
export function excelRound(value: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const factor = new Decimal(10).pow(-decimals);
  return value.div(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(factor);
}

/** Half of one unit in the last shown decimal: the most a correctly rounded figure can be off. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(10).pow(-decimals).div(2);
}
