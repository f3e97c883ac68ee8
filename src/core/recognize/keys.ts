import Decimal from "decimal.js";
import { AllocationKey } from "../model";
import { normaliseSpaces, parseFinnishNumber } from "../numbers";
import { perText } from "../perText";

/**
 * Management-cost keys written in a unit heading, each percentage tied to the year that follows
 * it: `Johtaminen (elinvoima 82,5 % kust. v. 2023 ja 65,7 % v. 2024)` → 2023: 82,5; 2024: 65,7.
 */
export function parseAllocationKeys(heading: string, cell: string): AllocationKey[] {
  // Every unit heading is read; few carry a key, and every key has its percent sign. The units
  // without one (nearly all) share one empty list, frozen, rather than keep one each in the model.
  if (!heading.includes("%")) return NO_KEYS as AllocationKey[];
  // The same heading stands on every area's sheet: its keys are read once (a Decimal is immutable, shared).
  // A loop, not a map callback made per heading (docs/engine-speed.md: closures).
  const read = keysIn(heading);
  const keys: AllocationKey[] = [];
  for (const k of read) keys.push({ year: k.year, percent: k.percent, text: k.text, cell });
  return keys;
}

export const NO_KEYS: readonly AllocationKey[] = Object.freeze([]);

const keysIn = perText((heading: string): Omit<AllocationKey, "cell">[] => {
  const text = normaliseSpaces(heading);
  const keys: Omit<AllocationKey, "cell">[] = [];
  const pattern = /(\d{1,3}(?:[,.]\d+)?)\s*%[^%]*?\b(?:v\.?|vuonna|vuodelle|year)\s*((?:19|20)\d{2})/gi;
  for (const m of text.matchAll(pattern)) {
    const parsed = parseFinnishNumber(m[1]);
    if (!parsed) continue;
    keys.push({ year: Number(m[2]), percent: new Decimal(parsed.value), text: m[0] });
  }
  return keys;
});

// Asked of every unit: written once, not made at each call.
const MANAGEMENT = /johta|johdon|johto/i;

/** Shared management cost units: `Johtaminen`, `Elinvoiman johtamisen kust.`, `Hallinto ja johto`. */
export function isManagementUnit(name: string, keys: readonly AllocationKey[]): boolean {
  return keys.length > 0 || MANAGEMENT.test(name);
}
