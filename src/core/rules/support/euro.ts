import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { Verdict } from "../../compare/tolerance";
import { MessageParams as Params } from "../../message";
import { RuleContext } from "../types";
import { Place, differenceParam, makeFinding, placeAt, severityOf } from "./finding";
import { FigureParam, figure } from "../../message";
import { decimalString } from "../../numbers";
import { relatedRanges } from "../../compare/ranges";
import { numberIn, sumCells } from "./cells";
import { cellRanges } from "./tables";
import { recordCells } from "../../relations/linear";

export interface EuroCheck {
  rule: string;
  place: Omit<Place, "cell">;
  /** The cell holding the figure under check; skipped unless it holds a number. */
  checked: ValueCell | undefined;
  expected: Decimal;
  /** Related ranges, or a function giving them: most comparisons agree, and naming ranges for
   * every one of them was the bulk of a large workbook's check time. */
  related: string[] | (() => string[]);
  /** Message key; gets `{actual}`, `{expected}`, `{difference}` besides `params`. */
  messageKey: string;
  params?: Params | (() => Params);
}

function resolve<T>(v: T | (() => T)): T {
  return typeof v === "function" ? (v as () => T)() : v;
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
 * The finding of a failed euro comparison: the figures, the gap and the tolerance in the message.
 * Objects are built as literals and by assignment, not by spreading, which is V8's slow path and
 * was most of a finding's cost.
 */
function euroFinding(
  ctx: RuleContext,
  rule: string,
  place: Omit<Place, "cell">,
  messageKey: string,
  related: EuroCheck["related"],
  checked: ValueCell,
  actual: Decimal,
  expected: Decimal,
  verdict: Exclude<Verdict, "ok">,
  extra: EuroCheck["params"],
): Finding {
  const dec = Math.min(Math.max(actual.decimalPlaces(), expected.decimalPlaces()), 2);
  const params: Params = Object.assign({}, resolve(extra));
  params.actual = figure(actual, dec);
  params.expected = figure(expected, dec);
  params.difference = differenceParam(actual, expected, dec);
  params.tolerance = toleranceParam(ctx.options.tolerances.euros);
  const message = [ctx.t(messageKey, params), ctx.t(verdict === "rounding" ? "verdict.euro-rounding" : "verdict.euro-wrong", params)];
  return makeFinding(rule, severityOf(verdict), placeAt(place, checked.cell), resolve(related), { actual, expected }, message);
}

/** A check whose expected figure is `Σ signᵢ × partᵢ` over cells: what `checkCombination` takes. */
export type CellsCheck = Omit<EuroCheck, "expected" | "related"> & {
  parts: readonly (ValueCell | undefined)[];
  /** Integer coefficient of each part (a net cost printed positive is `menot − tulot`); +1 when absent. */
  signs?: readonly number[];
  /** The expected figure as Decimal, asked for only when the check fails (for the message). */
  expected: () => Decimal;
  related: () => string[];
};

/**
 * A figure that should equal `Σ signᵢ × partᵢ`. No check when a part is unreadable (text or an
 * error) or none holds a number, or when the checked cell holds none. Recorded as an equation
 * over the cells, judged in exact integers where the figures allow; Decimal figures are made
 * only for a finding.
 */
export function checkCombination(ctx: RuleContext, c: CellsCheck, partsSheet: string = c.place.sheet): Finding | null {
  return checkCells(ctx, c, c.parts, c.signs, partsSheet, c.expected, c.related, c.params);
}

// The one path of every cell-based euro check; positional so the hot path builds no objects.
function checkCells(
  ctx: RuleContext,
  c: Pick<EuroCheck, "rule" | "place" | "checked" | "messageKey">,
  parts: readonly (ValueCell | undefined)[],
  signs: readonly number[] | undefined,
  partsSheet: string,
  expected: () => Decimal,
  related: () => string[],
  params: EuroCheck["params"],
): Finding | null {
  const checked = c.checked;
  if (!checked || checked.parsed.kind !== "number") return null;
  let numbers = false;
  for (const p of parts) {
    if (!p) continue;
    const kind = p.parsed.kind;
    if (kind === "number") numbers = true;
    else if (kind === "text" || kind === "error") return null;
  }
  if (!numbers) return null;
  const eq = recordCells(c.rule, c.place.column, c.place.sheet, checked, partsSheet, parts, signs, ctx.options.tolerances.euros);
  ctx.equations.push(eq);
  const verdict = eq.evaluate();
  if (verdict === "ok") return null;
  return euroFinding(ctx, c.rule, c.place, c.messageKey, related, checked, checked.parsed.value, expected(), verdict, params);
}

/**
 * A figure that should be the sum of `parts` (markers and empties count as nothing). No check when
 * the sum cannot be known (an unreadable part) or holds no number; the parts are the related cells.
 */
export function checkSum(ctx: RuleContext, c: Omit<EuroCheck, "expected" | "related"> & { parts: readonly (ValueCell | undefined)[] }): Finding | null {
  const parts = c.parts;
  return checkCells(ctx, c, parts, undefined, c.place.sheet, () => sumCells(parts)!.total, () => cellRanges(parts), c.params);
}

/**
 * A figure that should equal one cell of another table (`source`, on `sourceSheet`), which is
 * the related range and is named in the message as `{kCell}`. No check unless it holds a number.
 */
export function checkAgainstCell(
  ctx: RuleContext,
  c: Omit<EuroCheck, "expected" | "related"> & { source: ValueCell; sourceSheet: string },
): Finding | null {
  const { source, sourceSheet } = c;
  if (source.parsed.kind !== "number") return null;
  const related = () => relatedRanges([{ sheet: sourceSheet, row: source.row, col: source.col }], c.place.sheet);
  const params = (): Params => Object.assign({}, resolve(c.params), { kCell: related()[0] });
  return checkCells(ctx, c, [source], undefined, sourceSheet, () => numberIn(source)!, related, params);
}
