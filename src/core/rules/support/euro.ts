import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { Verdict } from "../../compare/tolerance";
import { MessageParams as Params } from "../../message";
import { RuleContext } from "../types";
import { Place, makeFinding, placeAt, severityOf } from "./finding";
import { ExactSum } from "../../arithmetic/exact";
import { unitsPlaces, unitsText } from "../../arithmetic/unitsText";
import { FigureParam } from "../../message";
import { ParsedNumber, decimalString } from "../../numbers";
import { relatedRanges } from "../../compare/ranges";
import { sumCells } from "./cells";
import { CellsEquation } from "../../relations/linear";
import { recordJudged } from "../../relations/failingPlaces";

/**
 * What a failed euro comparison is told with, gathered only once it has failed: most comparisons
 * hold, and building the words, ranges and places of every one of them was the bulk of a large
 * workbook's check time.
 */
export interface EuroFailure {
  rule: string;
  place: Omit<Place, "cell">;
  /** The cell holding the figure under check. */
  checked: ValueCell;
  verdict: Exclude<Verdict, "ok">;
  /** Message key; gets `{actual}`, `{expected}`, `{difference}`, `{tolerance}` besides `params`. */
  messageKey: string;
  params: Params;
}

// The tolerance as printed, made once per setting: every finding names it.
let toleranceShown: { euros: number; text: string; decimals: 0 | 2 } | undefined;

function toleranceParam(euros: number): FigureParam {
  if (toleranceShown?.euros !== euros) {
    const tolerance = new Decimal(euros);
    // Two decimals, but a whole tolerance reads as `1`, not `1,00`.
    toleranceShown = { euros, text: decimalString(tolerance), decimals: tolerance.isInteger() ? 0 : 2 };
  }
  return { figure: toleranceShown.text, decimals: toleranceShown.decimals };
}

/**
 * The finding of a failed euro comparison: the figures, the gap and the tolerance in the message,
 * added to a copy of the caller's `params` (made for a failure only), which stay as given.
 */
export function euroFinding(ctx: RuleContext, f: EuroFailure, expected: Decimal, related: string[], kCell?: string): Finding {
  const actual = (f.checked.parsed as ParsedNumber).value;
  const dec = Math.min(Math.max(actual.decimalPlaces(), expected.decimalPlaces()), 2);
  return euroFindingOf(ctx, f, decimalString(actual), decimalString(expected), decimalString(actual.minus(expected)), dec, related, kCell);
}

/**
 * `euroFinding` of an expected figure in exact units (`units × 10^-scale`), its figures written
 * from the integers with no Decimal made; the Decimal path where the checked figure or the gap has
 * no exact units.
 */
function euroFindingOfUnits(ctx: RuleContext, f: EuroFailure, units: number, scale: number, expected: () => Decimal, related: string[], kCell?: string): Finding {
  const p = f.checked.parsed as ParsedNumber;
  const gap = new ExactSum();
  gap.add(p.units, p.decimals, 1);
  gap.add(units, scale, -1);
  if (p.units === undefined || !gap.exact) return euroFinding(ctx, f, expected(), related, kCell);
  const dec = Math.min(Math.max(unitsPlaces(p.units, p.decimals), unitsPlaces(units, scale)), 2);
  return euroFindingOf(ctx, f, unitsText(p.units, p.decimals), unitsText(units, scale), unitsText(gap.units, gap.scale), dec, related, kCell);
}

/**
 * The finding of a failed euro comparison from its figures as decimal strings, shown at `dec`
 * decimals; `kCell`, when given, is added to the params as well (the source cell of a comparison
 * against another table), in the one copy made of them.
 */
function euroFindingOf(ctx: RuleContext, f: EuroFailure, actual: string, expected: string, difference: string, dec: number, related: string[], kCell?: string): Finding {
  // Assigned, not spread: a spread of params of many shapes, then grown by four, was most of a
  // finding's cost.
  const params: Params = Object.assign({}, f.params);
  if (kCell !== undefined) params.kCell = kCell;
  params.actual = { figure: actual, decimals: dec };
  params.expected = { figure: expected, decimals: dec };
  params.difference = { figure: difference, decimals: dec, signed: true };
  params.tolerance = toleranceParam(ctx.options.tolerances.euros);
  const message = [ctx.t(f.messageKey, params), ctx.t(f.verdict === "rounding" ? "verdict.euro-rounding" : "verdict.euro-wrong", params)];
  return makeFinding(f.rule, severityOf(f.verdict), placeAt(f.place, f.checked.cell), related, { actual, expected, difference }, message);
}

/**
 * Records `checked = Σ signᵢ × partᵢ` (each sign +1 when `signs` is absent) as an equation over the
 * cells and judges it in exact integers where the figures allow: the failing verdict, or null when
 * it holds or there is nothing to check (the checked cell holds no number, a part is unreadable,
 * no part holds a number). Positional and object-free, so a comparison that holds costs only its
 * equation; its finding is built by the caller from the verdict.
 */
export function judgeCells(
  ctx: RuleContext,
  rule: string,
  column: string | undefined,
  sheet: string,
  checked: ValueCell | undefined,
  parts: readonly (ValueCell | undefined)[],
  signs?: readonly number[],
  partsSheet: string = sheet,
): Exclude<Verdict, "ok"> | null {
  if (!checked || checked.parsed.kind !== "number") return null;
  let numbers = false;
  // Indexed: the parts come as lists of several shapes (literals, recognition's slots), where an
  // iterator is not optimised away and each comparison made one for the collector.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    const kind = p.parsed.kind;
    if (kind === "number") numbers = true;
    else if (kind === "text" || kind === "error") return null;
  }
  if (!numbers) return null;
  const eq = CellsEquation.make(rule, undefined, column, sheet, checked, partsSheet, parts, signs, ctx.options.tolerances.euros);
  const verdict = recordJudged(ctx.equations, eq);
  return verdict === "ok" ? null : verdict;
}

/**
 * The finding of a figure that should be the sum of `parts`; `related` is their `cellRanges`, which
 * the caller's message names too (merged once).
 */
export function sumFinding(ctx: RuleContext, f: EuroFailure, parts: readonly (ValueCell | undefined)[], related: string[]): Finding {
  const sum = new ExactSum();
  // Indexed, as in judgeCells: the parts come as lists of several shapes.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]?.parsed;
    if (p?.kind === "number") sum.add(p.units, p.decimals, 1);
  }
  if (sum.exact) return euroFindingOfUnits(ctx, f, sum.units, sum.scale, () => sumCells(parts)!.total, related);
  return euroFinding(ctx, f, sumCells(parts)!.total, related);
}

/**
 * A figure that should equal one cell of another table (`source`, on `sourceSheet`): recorded
 * and judged as `judgeCells` does. No check unless the source holds a number.
 */
export function judgeAgainstCell(
  ctx: RuleContext,
  rule: string,
  column: string | undefined,
  sheet: string,
  checked: ValueCell | undefined,
  source: ValueCell | undefined,
  sourceSheet: string,
): Exclude<Verdict, "ok"> | null {
  if (!source || source.parsed.kind !== "number") return null;
  return judgeCells(ctx, rule, column, sheet, checked, [source], undefined, sourceSheet);
}

/** The finding of `judgeAgainstCell`: the source is the related range, named in the message as `{kCell}`. */
export function againstCellFinding(ctx: RuleContext, f: EuroFailure, source: ValueCell, sourceSheet: string): Finding {
  const related = relatedRanges([{ sheet: sourceSheet, row: source.row, col: source.col }], f.place.sheet);
  // The source is named in the params' one copy, after the caller's own: no copy of them and of the failure made for it.
  const p = source.parsed as ParsedNumber;
  if (p.units !== undefined) return euroFindingOfUnits(ctx, f, p.units, p.decimals, () => p.value, related, related[0]);
  return euroFinding(ctx, f, p.value, related, related[0]);
}
