import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { Verdict, compareShown, shownPlaces, shownWithinHalf } from "../../compare/tolerance";
import { rescale, withinHalfUnits } from "../../arithmetic/exact";
import { Units } from "../../relations/exactValues";
import { FigureParam, MessageParams as Params } from "../../message";
import { RuleContext } from "../types";
import { Figures, Place, differenceParam, makeFinding, placeAt, severityOf } from "./finding";
import { figure } from "../../message";
import { holdsNumber, numberIn, shownDecimals, shownPercent } from "./cells";
import { ShownFormula, ShownInput, shownEquationAt } from "../../relations/shown";
import { recordJudged } from "../../relations/failingPlaces";
import { formatShape } from "../../compare/numberFormat";
import { ExactDigits, ShownWords, shownWords } from "./shownWords";

export interface ShownFigureCheck {
  rule: string;
  place: Omit<Place, "cell">;
  checked: ValueCell;
  /** The exact value the cell should show, rounded (or how to work it out, asked for only when the figure is not plainly right). */
  exact: Decimal | (() => Decimal);
  /**
   * `exact` as numerator / denominator (denominator non-zero): a figure within half a unit of it
   * is told right without the division, which most figures are.
   */
  quotient?: { numerator: Decimal; denominator: Decimal } | (() => { numerator: Decimal; denominator: Decimal });
  /** `quotient` in exact units, when the figures have them: told right without any Decimal. */
  quotientUnits?: { numerator: Units; denominator: Units } | null;
  /** Allowed beyond half a unit before the gap is an error (`info` within). */
  extra: Decimal.Value;
  /** Related ranges, or a function giving them (asked for only when there is a finding). */
  related: string[] | (() => string[]);
  messageKey: string;
  params?: Params | (() => Params);
  /** The figure is a percentage: a `%` number format shows the stored value × 100. */
  percent?: boolean;
  /** The formula `exact` came from, recorded as an equation in `ctx.equations` (holding or not). */
  relation?: { inputs: readonly ShownInput[]; formula: ShownFormula };
  /**
   * Optional: the figure as shown (× 100 under a `%` format) and `exact` (the Decimal's own value)
   * as exact digits, or null where the figures have none: a figure told wrong from its units is
   * then worded from them (`shownWords`) with no Decimal made, where they tell.
   */
  exactDigits?(): { shown: ExactDigits; exact: ExactDigits } | null;
}

/**
 * A rounded figure (percentage, €/asukas): fine within half a unit of the decimals it shows,
 * `info` (pyöristysero) within `extra` more, `error` beyond. Expected is the exact value rounded
 * as the cell shows it.
 */
export function checkShown(ctx: RuleContext, c: ShownFigureCheck): Finding | null {
  if (!holdsNumber(c.checked)) return null;
  const q = c.quotientUnits;
  const within = q ? withinHalfOfUnits(c.checked, c.percent === true, q.numerator.units, q.numerator.scale, q.denominator.units, q.denominator.scale) : undefined;
  const holds = within === true;
  // Read once: a check may make its relation when asked (a row's change makes it per read).
  const relation = c.relation;
  if (relation) recordShownAt(ctx, c.rule, c.place.sheet, c.place.column, c.checked, c.extra, c.percent === true, relation.inputs, relation.formula, holds);
  if (holds) return null;
  if (within === false && c.exactDigits && typeof c.extra === "number") {
    const digits = c.exactDigits();
    const places = shownPlaces(shownDecimals(c.checked));
    const words = digits && shownWords(digits.shown, digits.exact, places, c.extra);
    if (words) return wordedFinding(ctx, c, words, places);
  }
  const shown = (c.percent ? shownPercent(c.checked) : numberIn(c.checked)) as Decimal;
  // The units' "not within half a unit" is the same exact comparison `shownWithinHalf` makes in Decimal.
  const quotient = within === false ? undefined : c.quotient && resolve(c.quotient);
  if (quotient && shownWithinHalf(shown, quotient.numerator, quotient.denominator, shownDecimals(c.checked))) return null;
  const exact = resolve(c.exact);
  const res = compareShown(shown, exact, shownDecimals(c.checked), c.extra);
  if (res.verdict === "ok") return null;
  const d = res.decimals;
  const difference = differenceParam(shown, res.expected, d);
  const words = { actual: figure(shown, d), expected: figure(res.expected, d), exact: figure(exact, Math.min(d + 2, 10)), difference };
  return shownFinding(ctx, c, res.verdict, words, { actual: shown, expected: res.expected, difference: difference.figure });
}

/** `checkShown`'s finding of a figure judged and worded from its digits (`shownWords`): the same params, message and figures. */
function wordedFinding(ctx: RuleContext, c: ShownFigureCheck, words: ShownWords, d: number): Finding {
  const params = {
    actual: { figure: words.actual, decimals: d },
    expected: { figure: words.expected, decimals: d },
    exact: { figure: words.exact, decimals: Math.min(d + 2, 10) },
    difference: { figure: words.difference, decimals: d, signed: true as const },
  };
  return shownFinding(ctx, c, words.verdict, params, { actual: words.actual, expected: words.expected, difference: words.difference });
}

/** The finding of a shown figure that is off, with its message's figures and the finding's own, however they were worked out. */
function shownFinding(ctx: RuleContext, c: ShownFigureCheck, verdict: Exclude<Verdict, "ok">, words: Record<"actual" | "expected" | "exact" | "difference", FigureParam>, figures: Figures): Finding {
  // Assigned, not spread: spreading is V8's slow path and was much of a finding's cost.
  const params: Params = Object.assign({}, resolve(c.params));
  params.actual = words.actual;
  params.expected = words.expected;
  params.exact = words.exact;
  params.difference = words.difference;
  const verdictKey = verdict === "rounding" ? "verdict.shown-rounding" : "verdict.shown-wrong";
  const message = [ctx.t(c.messageKey, params), ctx.t(verdictKey, params)];
  return makeFinding(c.rule, severityOf(verdict), placeAt(c.place, c.checked.cell), resolve(c.related), figures, message);
}

/**
 * `shownWithinHalf` on the cell's exact units (scaled as it shows, × 100 for a `%` format) against
 * numerator / denominator, each as units at a scale; undefined where the units cannot tell.
 */
export function withinHalfOfUnits(cell: ValueCell, percent: boolean, numerator: number, numeratorScale: number, denominator: number, denominatorScale: number): boolean | undefined {
  const p = cell.parsed;
  if (p.kind !== "number" || p.units === undefined || denominator === 0) return undefined;
  let units = p.units;
  let scale = p.decimals - (percent && formatShape(cell.numberFormat)?.percent ? 2 : 0);
  if (scale < 0) {
    units = rescale(units, -scale);
    scale = 0;
  }
  if (Number.isNaN(units)) return undefined;
  const places = shownPlaces(shownDecimals(cell));
  return withinHalfUnits(units, scale, numerator, numeratorScale, denominator, denominatorScale, places);
}

function resolve<T>(v: T | (() => T)): T {
  return typeof v === "function" ? (v as () => T)() : v;
}

/**
 * Records a shown figure's relation as an equation, from its parts: a figure told right without a
 * check object made for it passes its relation's inputs and formula, no object wrapping them.
 */
export function recordShownAt(
  ctx: RuleContext,
  rule: string,
  sheet: string,
  column: string | undefined,
  checked: ValueCell,
  extra: Decimal.Value,
  percent: boolean,
  inputs: readonly ShownInput[],
  formula: ShownFormula,
  holds: boolean,
): void {
  if (!holdsNumber(checked)) return;
  const percentFormat = percent && formatShape(checked.numberFormat)?.percent === true;
  // One told right keeps its verdict from `holds`; the stored figure's Decimal is made, when
  // `recordJudged` asks, for one that is not.
  recordJudged(ctx.equations, shownEquationAt(rule, column, sheet, checked, percentFormat ? 100 : 1, shownDecimals(checked), extra, inputs, formula, holds));
}
