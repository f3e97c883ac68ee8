import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { compareEuros } from "../../compare/tolerance";
import { MessageParams as Params } from "../../message";
import { RuleContext } from "../types";
import { Place, makeFinding, severityOf } from "./finding";
import { figure, signedFigure } from "../../message";
import { relatedRanges } from "../../compare/ranges";
import { numberIn, sumCells } from "./cells";
import { cellRanges } from "./tables";
import { LinearTerm, linearEquation } from "../../relations/linear";
import { CellRef } from "../../relations/equation";

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
  /** What `expected` is made of (`expected = Σ coefficient × value`), recorded as an equation in
   * `ctx.equations` whether or not the figures agree. */
  terms?: () => LinearTerm[];
}

function resolve<T>(v: T | (() => T)): T {
  return typeof v === "function" ? (v as () => T)() : v;
}

/**
 * Two euro figures that should be equal. No finding when they are; `info` for a rounding-sized
 * gap (up to `tolerances.euros`); `error` beyond.
 */
export function checkEuros(ctx: RuleContext, c: EuroCheck): Finding | null {
  const actual = numberIn(c.checked);
  if (!actual || !c.checked) return null;
  if (c.terms) {
    ctx.equations.push(
      linearEquation({
        rule: c.rule,
        column: c.place.column,
        target: { ref: { sheet: c.place.sheet, cell: c.checked.cell }, value: actual },
        terms: c.terms(),
        tolerance: ctx.options.tolerances.euros,
      }),
    );
  }
  const verdict = compareEuros(actual, c.expected, ctx.options.tolerances.euros);
  if (verdict === "ok") return null;
  const tolerance = new Decimal(ctx.options.tolerances.euros);
  const dec = Math.min(Math.max(actual.decimalPlaces(), c.expected.decimalPlaces()), 2);
  const params: Params = {
    ...resolve(c.params ?? {}),
    actual: figure(actual, dec),
    expected: figure(c.expected, dec),
    difference: signedFigure(actual.minus(c.expected), dec),
    // Two decimals, but a whole tolerance reads as `1`, not `1,00`.
    tolerance: figure(tolerance, tolerance.isInteger() ? 0 : 2),
  };
  const message = [ctx.t(c.messageKey, params), ctx.t(verdict === "rounding" ? "verdict.euro-rounding" : "verdict.euro-wrong", params)];
  return makeFinding(c.rule, severityOf(verdict), { ...c.place, cell: c.checked.cell }, resolve(c.related), { actual, expected: c.expected }, message);
}

/**
 * A figure that should be the sum of `parts` (markers and empties count as nothing). No check when
 * the sum cannot be known (an unreadable part) or holds no number; the parts are the related cells.
 */
export function checkSum(ctx: RuleContext, c: Omit<EuroCheck, "expected" | "related"> & { parts: readonly (ValueCell | undefined)[] }): Finding | null {
  const { parts, ...check } = c;
  const sum = sumCells(parts);
  if (!sum) return null;
  const terms = () => parts.filter((p): p is ValueCell => p !== undefined).map((p) => term({ sheet: c.place.sheet, cell: p.cell }, p));
  return checkEuros(ctx, { ...check, expected: sum.total, related: () => cellRanges(parts), terms });
}

/**
 * A figure that should equal one cell of another table (`source`, on `sourceSheet`), which is
 * the related range and is named in the message as `{kCell}`. No check unless it holds a number.
 */
export function checkAgainstCell(
  ctx: RuleContext,
  c: Omit<EuroCheck, "expected" | "related"> & { source: ValueCell; sourceSheet: string },
): Finding | null {
  const { source, sourceSheet, ...check } = c;
  const expected = numberIn(source);
  if (!expected) return null;
  const related = () => relatedRanges([{ sheet: sourceSheet, row: source.row, col: source.col }], c.place.sheet);
  const terms = () => [term({ sheet: sourceSheet, cell: source.cell }, source)];
  return checkEuros(ctx, { ...check, expected, related, terms, params: () => ({ ...resolve(check.params ?? {}), kCell: related()[0] }) });
}

const ONE = new Decimal(1);

/** A cell's part in a sum: coefficient 1 unless given (a change € is `new − old`). */
export function term(ref: CellRef, cell: ValueCell, coefficient: Decimal.Value = 1): LinearTerm {
  // Decimals are immutable: the usual coefficient 1 is one shared value, not one per term.
  return { ref, coefficient: coefficient === 1 ? ONE : new Decimal(coefficient), value: numberIn(cell) };
}
