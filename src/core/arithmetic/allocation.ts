import Decimal from "decimal.js";
import { quotient } from "./quotient";
import { ExactSum, rescale } from "./exact";
import { excelRound } from "./rounding";
import { decimalOfUnits } from "../numbers";
import { Units, readUnits } from "../relations/exactValues";

export class AllocationKeysError extends Error {
  constructor(public readonly sum: Decimal) {
    super(`Allocation keys add up to ${sum.toFixed()} %, not 100 %`);
    this.name = "AllocationKeysError";
  }
}

/** amount × key % / 100. */
export function shareOf(total: Decimal, keyPercent: Decimal): Decimal {
  return total.mul(keyPercent).div(100);
}

/**
 * `shareOf` rounded half away from zero to `decimals` (Excel's ROUND): every area's expected
 * amount of a year whose keys do not add up to 100 %. Worked out in exact integers from the
 * figures' units (the product and the quotient by 100 are exact, so the rounding is of the exact
 * share); Decimal answers where a figure has no units, a step leaves 2^53, or the share rounds to 0.
 */
export function roundedShareOf(total: Decimal, keyPercent: Decimal, decimals: number): Decimal {
  const viaDecimal = () => excelRound(shareOf(total, keyPercent), decimals);
  if (!Number.isInteger(decimals) || decimals < 0 || !readUnits(total, TERM)) return viaDecimal();
  const t = TERM.units;
  const ts = TERM.scale;
  if (!readUnits(keyPercent, TERM)) return viaDecimal();
  const product = t * TERM.units;
  // The share's units at scale `scale`, rounded to `decimals`.
  const scale = ts + TERM.scale + 2;
  if (!Number.isSafeInteger(product)) return viaDecimal();
  let units: number;
  if (scale <= decimals) units = rescale(product, decimals - scale);
  else {
    const unit = 10 ** (scale - decimals);
    if (!Number.isSafeInteger(unit)) return viaDecimal();
    const size = Math.abs(product);
    // Remainders and exact quotients only: a float division's floor can round up to the next integer.
    const rest = size % unit;
    const whole = (size - rest) / unit;
    units = (2 * rest >= unit ? whole + 1 : whole) * Math.sign(product);
  }
  if (!Number.isSafeInteger(units) || units === 0) return viaDecimal();
  return decimalOfUnits(units, decimals);
}

/** The total an allocated amount implies: amount / (key % / 100). Null for a 0 % key. */
export function impliedTotal(amount: Decimal, keyPercent: Decimal): Decimal | null {
  if (keyPercent.isZero()) return null;
  return quotient(amount, keyPercent).mul(100);
}

/**
 * Σ values. A year's sums run over every area (amounts, keys, expected parts, differences): added
 * in exact integers where every value has units, and one Decimal made of the total; Decimal adds
 * where a value has none or the sum leaves the safe integers. A total of 0 is Decimal's own.
 */
export function sumOf(values: readonly Decimal[]): Decimal {
  const exact = new ExactSum();
  for (let i = 0; i < values.length && exact.exact; i++) {
    if (readUnits(values[i], TERM)) exact.add(TERM.units, TERM.scale, 1);
    else exact.exact = false;
  }
  if (exact.exact && exact.units !== 0) return decimalOfUnits(exact.units, exact.scale);
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/** Each term's units, read into one record. */
const TERM: Units = { units: 0, scale: 0 };

/**
 * Splits `total` by percentage keys so that the parts, rounded to `decimals`, add up to the
 * total exactly (largest-remainder method). Ties go to the earlier key, so the result is stable.
 * Keys must add up to 100 % (within `keyTolerance` percentage points, default exact).
 */
export function allocate(
  total: Decimal,
  keysPercent: readonly Decimal[],
  decimals = 0,
  keyTolerance: Decimal.Value = 0,
): Decimal[] {
  const keySum = sumOf(keysPercent);
  if (keySum.minus(100).abs().gt(keyTolerance)) throw new AllocationKeysError(keySum);
  if (keysPercent.length === 0) return [];
  const unitSize = new Decimal(10).pow(-decimals);
  // Work in units of the last decimal, on the absolute total, and give the sign back at the end.
  const sign = total.isNegative() ? -1 : 1;
  const totalUnits = total.abs().div(unitSize).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const exact = keysPercent.map((k) => totalUnits.mul(k).div(keySum));
  const floors = exact.map((e) => e.floor());
  let remaining = totalUnits.minus(sumOf(floors)).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i]) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const parts = floors.slice();
  for (let j = 0; remaining > 0 && j < order.length; j++, remaining--) {
    parts[order[j].i] = parts[order[j].i].plus(1);
  }
  return parts.map((p) => p.mul(unitSize).mul(sign));
}
