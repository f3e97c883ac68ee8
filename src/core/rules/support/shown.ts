import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { compareShown } from "../../compare/tolerance";
import { Params } from "../../../i18n/translate";
import { RuleContext } from "../types";
import { Place, makeFinding, severityOf } from "./finding";
import { formatFigure, formatSigned } from "../../format";
import { numberIn, shownDecimals, shownPercent } from "./cells";

export interface ShownFigureCheck {
  rule: string;
  place: Omit<Place, "cell">;
  checked: ValueCell;
  /** The exact value the cell should show, rounded. */
  exact: Decimal;
  /** Allowed beyond half a unit before the gap is an error (`info` within). */
  extra: Decimal.Value;
  related: string[];
  messageKey: string;
  params?: Params;
  /** The figure is a percentage: a `%` number format shows the stored value × 100. */
  percent?: boolean;
}

/**
 * A rounded figure (percentage, €/asukas): fine within half a unit of the decimals it shows,
 * `info` (pyöristysero) within `extra` more, `error` beyond. Expected is the exact value rounded
 * as the cell shows it.
 */
export function checkShown(ctx: RuleContext, c: ShownFigureCheck): Finding | null {
  const shown = c.percent ? shownPercent(c.checked) : numberIn(c.checked);
  if (!shown) return null;
  const res = compareShown(shown, c.exact, shownDecimals(c.checked), c.extra);
  if (res.verdict === "ok") return null;
  const lang = ctx.options.lang;
  const d = res.decimals;
  const params: Params = {
    ...c.params,
    actual: formatFigure(lang, shown, d),
    expected: formatFigure(lang, res.expected, d),
    exact: formatFigure(lang, c.exact, Math.min(d + 2, 10)),
    difference: formatSigned(lang, shown.minus(res.expected), d),
  };
  const verdictKey = res.verdict === "rounding" ? "verdict.shown-rounding" : "verdict.shown-wrong";
  const message = `${ctx.t(c.messageKey, params)} ${ctx.t(verdictKey, params)}`;
  return makeFinding(c.rule, severityOf(res.verdict), { ...c.place, cell: c.checked.cell }, c.related, { actual: shown, expected: res.expected }, message);
}
