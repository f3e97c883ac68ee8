import { ExactSum, rescale } from "../../arithmetic/exact";
import { ParsedCell } from "../../numbers";
import { Units } from "../../relations/exactValues";
import { ValueCell } from "../../model";
import { withinHalfOfUnits } from "./shown";

/**
 * A change percentage's quotient, (new − old) × 100 over old, in exact units: what `checkShown`
 * tells most change percentages right from without a Decimal. Null when a figure has no units or
 * the difference leaves the safe integers.
 */
export function changeUnits(newP: ParsedCell, oldP: ParsedCell): { numerator: Units; denominator: Units } | null {
  if (newP.kind !== "number" || oldP.kind !== "number" || oldP.units === undefined) return null;
  const difference = new ExactSum();
  difference.add(newP.units, newP.decimals, 1);
  difference.add(oldP.units, oldP.decimals, -1);
  if (!difference.exact) return null;
  // × 100: two decimals fewer, or the units times a hundred at scale 0.
  const scale = difference.scale - 2;
  const units = scale >= 0 ? difference.units : rescale(difference.units, -scale);
  if (Number.isNaN(units)) return null;
  return { numerator: { units, scale: Math.max(scale, 0) }, denominator: { units: oldP.units, scale: oldP.decimals } };
}

/**
 * Whether the `shown` change percentage is (new − old) × 100 / old within half a shown unit, told
 * from exact units as `checkShown` tells it from `changeUnits`, with no object made: most are
 * right as printed. Undefined where the units cannot tell.
 */
export function changeWithinHalf(newP: ParsedCell, oldP: ParsedCell, shown: ValueCell): boolean | undefined {
  if (newP.kind !== "number" || oldP.kind !== "number" || oldP.units === undefined) return undefined;
  const difference = DIFFERENCE;
  difference.units = 0;
  difference.scale = 0;
  difference.exact = true;
  difference.add(newP.units, newP.decimals, 1);
  difference.add(oldP.units, oldP.decimals, -1);
  if (!difference.exact) return undefined;
  const scale = difference.scale - 2;
  const units = scale >= 0 ? difference.units : rescale(difference.units, -scale);
  if (Number.isNaN(units)) return undefined;
  return withinHalfOfUnits(shown, true, units, Math.max(scale, 0), oldP.units, oldP.decimals);
}

// Refilled by each call, read before it returns.
const DIFFERENCE = new ExactSum();
