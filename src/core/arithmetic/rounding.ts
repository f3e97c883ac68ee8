import Decimal from "decimal.js";

/** Excel's ROUND: half away from zero, negative `decimals` round to tens, hundreds, … */
export function excelRound(value: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const factor = new Decimal(10).pow(-decimals);
  return value.div(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(factor);
}

/** Half of one unit in the last shown decimal: the most a correctly rounded figure can be off. */
export function halfUnit(decimals: number): Decimal {
  // Every shown figure asks for one; the few decimals a sheet uses are worked out once each.
  if (Number.isInteger(decimals) && decimals >= -HALF_UNITS && decimals <= HALF_UNITS) {
    return (HALF_UNIT[decimals + HALF_UNITS] ??= new Decimal(10).pow(-decimals).div(2));
  }
  return new Decimal(10).pow(-decimals).div(2);
}

const HALF_UNITS = 20;
const HALF_UNIT: Decimal[] = [];
