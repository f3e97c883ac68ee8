import Decimal from "decimal.js";

/** Change € = new − old. */
export function changeEuro(newValue: Decimal, oldValue: Decimal): Decimal {
  return newValue.minus(oldValue);
}

/**
 * Change % = (new / old − 1) × 100. Null when old is 0 (no percentage exists; Excel shows #DIV/0!).
 * Signs are kept as written: costs are negative in both years, so their ratio is positive.
 */
export function changePercent(newValue: Decimal, oldValue: Decimal): Decimal | null {
  if (oldValue.isZero()) return null;
  return newValue.div(oldValue).minus(1).mul(100);
}
