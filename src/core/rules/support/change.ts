import Decimal from "decimal.js";
import { Finding } from "../../findings";
import { ValueCell } from "../../model";
import { RuleContext } from "../types";
import { makeFinding } from "./finding";
import { AS_READ } from "../../format";
import { figure } from "../../message";
import { shownPercent } from "./cells";
import { MessageParams as Params } from "../../message";

/**
 * The old figure is 0, so no percentage exists. 0 → 0 shown as 0 (or a marker, or empty) is
 * fine; a marker or empty is fine when the new figure is not 0; any other number is reported.
 */
export function zeroBaseFinding(
  ctx: RuleContext,
  rule: string,
  place: { sheet: string; area: string; table: "maararahat" | "tunnusluvut"; row: string; column: string; cell: string },
  shownCell: ValueCell,
  change: { readonly newV: Decimal; readonly related: string[]; readonly params: Params },
): Finding | null {
  const shown = shownPercent(shownCell);
  if (!shown) return null;
  // Read only now: the change's Decimals, words and ranges are made for a finding.
  const newV = change.newV;
  if (newV.isZero() && shown.isZero()) return null;
  const related = change.related;
  // Assigned, not spread (V8's slow path); the caller's params stay as given.
  const withActual: Params = Object.assign({}, change.params);
  withActual.actual = figure(shown, AS_READ);
  if (newV.isZero()) {
    const message = ctx.t("change.zero-to-zero", withActual);
    return makeFinding(rule, "error", place, related, { actual: shown, expected: new Decimal(0) }, message);
  }
  const message = ctx.t("change.zero-base", withActual);
  return makeFinding(rule, "warning", place, related, { actual: shown }, message);
}
