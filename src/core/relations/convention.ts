import { ParsedCell, figureSign } from "../numbers";
import { SignConvention } from "../model";
import { Nature } from "../recognize/vocabulary/rows";

/**
 * A table's sign convention is read from its own cost figures: costs negative (kuntajaosto,
 * Kemijärvi) or positive (as many municipalities print them). The majority of the non-zero cost
 * figures decides; a tie or no cost figure at all keeps the kuntajaosto convention. A cost figure
 * against the table's majority is then the one in error, not the whole table. Only the first `count`
 * figures are read (a reused list is longer than the table it holds).
 */
export function detectConvention(costFigures: Iterable<ParsedCell>, count = Number.POSITIVE_INFINITY): SignConvention {
  let negative = 0;
  let positive = 0;
  let read = 0;
  for (const p of costFigures) {
    if (read++ >= count) break;
    const sign = figureSign(p);
    if (sign === -1) negative++;
    else if (sign === 1) positive++;
  }
  return positive > negative ? "costs-positive" : "costs-negative";
}

/**
 * The factor that turns a printed figure into its kuntajaosto value (costs negative): −1 for a
 * cost printed positive, and for a net printed as menot − tulot; +1 otherwise.
 */
export function toKuntajaosto(nature: Nature, convention: SignConvention, netCostFirst = false): 1 | -1 {
  if (convention === "costs-negative") return 1;
  if (nature === "cost") return -1;
  if (nature === "net" && netCostFirst) return -1;
  return 1;
}

/** The sign a figure of this nature must have in the convention, or null when either will do. */
export function expectedSign(nature: Nature, convention: SignConvention): 1 | -1 | null {
  if (nature === "revenue") return 1;
  if (nature === "cost") return convention === "costs-negative" ? -1 : 1;
  return null;
}
