import Decimal from "decimal.js";
import { ExactSum, rescale } from "../../arithmetic/exact";
import { ParsedCell, ParsedNumber } from "../../numbers";
import { Units } from "../../relations/exactValues";
import { ValueCell } from "../../model";
import { withinHalfOfUnits } from "./shown";
import { roundedQuotientDigits } from "../../compare/roundedQuotient";
import { pow10 } from "../../compare/powersOfTen";
import { ExactDigits } from "./shownWords";
import { toPrecision } from "../../compare/bigDigits";
import { formatShape } from "../../compare/numberFormat";

/**
 * A change percentage's quotient, (new − old) × 100 over old, in exact units: what `checkShown`
 * tells most change percentages right from without a Decimal. Null when a figure has no units or
 * the difference leaves the safe integers.
 */
export function changeUnits(newP: ParsedCell, oldP: ParsedCell): { numerator: Units; denominator: Units } | null {
  if (newP.kind !== "number" || oldP.kind !== "number" || oldP.units === undefined) return null;
  if (!hundredfoldChange(newP, oldP)) return null;
  return { numerator: { units: CHANGE.units, scale: CHANGE.scale }, denominator: { units: oldP.units, scale: oldP.decimals } };
}

/**
 * Whether the `shown` change percentage is (new − old) × 100 / old within half a shown unit, told
 * from exact units as `checkShown` tells it from `changeUnits`, with no object made: most are
 * right as printed. Undefined where the units cannot tell.
 */
export function changeWithinHalf(newP: ParsedCell, oldP: ParsedCell, shown: ValueCell): boolean | undefined {
  if (newP.kind !== "number" || oldP.kind !== "number" || oldP.units === undefined) return undefined;
  if (!hundredfoldChange(newP, oldP)) return undefined;
  return withinHalfOfUnits(shown, true, CHANGE.units, CHANGE.scale, oldP.units, oldP.decimals);
}

/**
 * (new − old) × 100 in exact units, into `CHANGE`: two decimals fewer, or the units times a
 * hundred at scale 0. False where the difference leaves the safe integers.
 */
function hundredfoldChange(newP: ParsedNumber, oldP: ParsedNumber): boolean {
  const difference = DIFFERENCE;
  difference.units = 0;
  difference.scale = 0;
  difference.exact = true;
  difference.add(newP.units, newP.decimals, 1);
  difference.add(oldP.units, oldP.decimals, -1);
  if (!difference.exact) return false;
  const scale = difference.scale - 2;
  const units = scale >= 0 ? difference.units : rescale(difference.units, -scale);
  if (Number.isNaN(units)) return false;
  CHANGE.units = units;
  CHANGE.scale = Math.max(scale, 0);
  return true;
}

// Refilled by each call, read before it returns.
const DIFFERENCE = new ExactSum();
const CHANGE: Units = { units: 0, scale: 0 };

/**
 * `changePercent(new, old)` (arithmetic/change.ts) as exact digits, the value Decimal gives:
 * new / old correctly rounded to its precision, less 1 rounded again, times 100 (exact). Made
 * for a percentage told wrong, whose words name it to 80 digits. Null where a figure has no
 * units, new is 0 or the change is 0 (Decimal's zeros), or the quotient is Decimal's to make.
 */
export function changePercentDigits(newP: ParsedCell, oldP: ParsedCell): ExactDigits | null {
  if (newP.kind !== "number" || oldP.kind !== "number") return null;
  const n = newP.units;
  const o = oldP.units;
  if (n === undefined || o === undefined || !Number.isSafeInteger(n) || !Number.isSafeInteger(o) || n === 0) return null;
  const q = roundedQuotientDigits({ units: BigInt(n), scale: newP.decimals }, { units: BigInt(o), scale: oldP.decimals });
  if (!q) return null;
  const scale = Math.max(q.scale, 0);
  const less = q.units * pow10(scale - q.scale) - pow10(scale);
  if (less === 0n) return null;
  const r = toPrecision({ units: less, scale }, Decimal.precision);
  return { units: r.units, scale: r.scale - 2 };
}

/**
 * A change percentage's shown figure (× 100 under a `%` format) and `changePercentDigits`, as
 * `checkShown`'s `exactDigits` asks for them; null where either has no exact digits.
 */
export function changeShownDigits(newP: ParsedCell, oldP: ParsedCell, shown: ValueCell): { shown: ExactDigits; exact: ExactDigits } | null {
  const s = shown.parsed;
  const exact = changePercentDigits(newP, oldP);
  if (!exact || s.kind !== "number" || s.units === undefined || !Number.isSafeInteger(s.units)) return null;
  const percentFormat = formatShape(shown.numberFormat)?.percent === true;
  return { shown: { units: BigInt(s.units), scale: s.decimals - (percentFormat ? 2 : 0) }, exact };
}
