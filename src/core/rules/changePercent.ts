import { Finding } from "../findings";
import Decimal from "decimal.js";
import { ColumnKind, LabeledRow, TunnusluvutTable, ValueCell, YearColumn } from "../model";
import { compareShown } from "../compare/tolerance";
import { ColumnRef, matchColumn } from "../compare/columns";
import { changePercent } from "../arithmetic/change";
import { MessageParams as Params } from "../message";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, isSignedColumn } from "./support/tables";
import { holdsNumber, numberIn, shownDecimals, shownPercent } from "./support/cells";
import { figureSign } from "../numbers";
import { changeUnits } from "./support/changeUnits";
import { checkShown } from "./support/shown";
import { CHANGE_PERCENT, figureInput } from "../relations/shown";
import { makeFinding } from "./support/finding";
import { zeroBaseFinding } from "./support/change";
import { ResolvedBase, resolveChangeBase } from "./support/changeBase";
import { AS_READ } from "../format";
import { MessagePart, figure, list } from "../message";

/**
 * Every tunnusluvut `Muutos %` against its comparison base (see `resolveChangeBase`): the shown
 * figure must be (new / base − 1) × 100 rounded as shown. A base column missing from the table is
 * said for that cell (`change-base-missing`), never guessed.
 */
export const changePercentRule: Rule = {
  ids: ["change-percent", "change-base-missing"],
  run(ctx) {
    const out: Finding[] = [];
    for (const { table } of allTables(ctx.model, "tunnusluvut")) {
      // A column's base is the same for every row: found once per table.
      let bases: ColumnBase[] | undefined;
      for (const item of table.items) {
        if (!item.change) continue;
        bases ??= table.columns.map((col) => {
          const base = resolveChangeBase(col, ctx.options.changeBases, table.notes);
          return { base, index: findBase(base, table.columns) };
        });
        const row = `${item.amount.label}: ${item.change.label}`;
        for (let i = 0; i < table.columns.length; i++) {
          // An overrun right is compared with no year: a Muutos % under it has no base to miss.
          if (isSignedColumn(table, i)) continue;
          const f = checkCell(ctx, table, item.amount, item.change, row, i, bases[i]);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};

/** A column's comparison base and where it stands in the table (−1: not there). */
interface ColumnBase {
  base: ResolvedBase;
  index: number;
}

/** `row` is the change row as a finding names it (`Henkilöstömenot €: Muutos %`). */
function checkCell(ctx: RuleContext, table: TunnusluvutTable, amount: LabeledRow, change: LabeledRow, row: string, i: number, { base, index: baseIndex }: ColumnBase): Finding | null {
  const shownCell = change.cells[i];
  if (!holdsNumber(shownCell)) return null;
  const col = table.columns[i];
  const place = { sheet: table.sheet, area: table.area, table: table.kind, row, column: col.label };
  // Words and ranges are made for a finding only: most change percentages are right.
  const params = (): Params => ({ row: amount.label, column: col.label, source: sourceText(ctx, base, col.kind) });
  if (baseIndex < 0) {
    const wanted = list(base.candidates.map((c) => `${c.kind} ${c.year}`), "word.or");
    // Related: the figure whose change could not be checked.
    return makeFinding("change-base-missing", "info", { ...place, cell: shownCell.cell }, cellRanges([amount.cells[i]]), {}, ctx.t("change-base-missing", { ...params(), base: wanted }));
  }
  const newCell = amount.cells[i];
  const oldCell = amount.cells[baseIndex];
  if (!holdsNumber(newCell) || !holdsNumber(oldCell)) return null;
  // Most change percentages are right and told so from the figures' exact units: their Decimals
  // are made for a finding, a figure without units, or the analysis.
  const newV = () => numberIn(newCell) as Decimal;
  const oldV = () => numberIn(oldCell) as Decimal;
  const related = () => cellRanges([oldCell, newCell]);
  const full = (): Params => ({
    ...params(),
    base: table.columns[baseIndex].label,
    old: figure(oldV(), AS_READ),
    new: figure(newV(), AS_READ),
  });
  const oldSign = figureSign(oldCell.parsed);
  if (oldSign === 0) {
    return zeroBaseFinding(ctx, "change-percent", { ...place, cell: shownCell.cell }, shownCell, newV(), related(), full());
  }
  // Divided only for a figure that is not plainly right: (new − old) × 100 / old is its quotient.
  const exact = () => changePercent(newV(), oldV()) as Decimal;
  const quotient = () => ({ numerator: newV().minus(oldV()).mul(100), denominator: oldV() });
  const relation = {
    inputs: [
      figureInput({ sheet: table.sheet, cell: oldCell.cell }, oldCell),
      figureInput({ sheet: table.sheet, cell: newCell.cell }, newCell),
    ],
    formula: CHANGE_PERCENT,
  };
  const check = {
    rule: "change-percent",
    place,
    checked: shownCell,
    exact,
    quotient,
    quotientUnits: changeUnits(newCell.parsed, oldCell.parsed),
    extra: ctx.options.tolerances.percentPoints,
    related,
    messageKey: "change-percent",
    params: full,
    percent: true,
    relation,
  };
  const newSign = figureSign(newCell.parsed);
  const signHint = newSign !== 0 && newSign !== oldSign && signSlip(ctx, newV(), oldV(), shownCell);
  if (signHint) {
    // Right for the figures without their signs: the identity is the sign's, which `sign` checks.
    const shown = shownPercent(shownCell) as Decimal;
    const message = ctx.t("change-percent.sign", { ...full(), actual: figure(shown, shownDecimals(shownCell)) });
    return makeFinding("change-percent", "warning", { ...place, cell: shownCell.cell }, related(), { actual: shown }, message);
  }
  return checkShown(ctx, check);
}

/**
 * New and base figures of opposite signs, while the shown percentage is right for the figures
 * without their signs: a lost minus sign (which `sign` reports), not a wrong percentage.
 */
function signSlip(ctx: RuleContext, newV: Decimal, oldV: Decimal, shownCell: ValueCell): boolean {
  if (newV.isZero() || newV.isNegative() === oldV.isNegative()) return false;
  const exactAbs = changePercent(newV.abs(), oldV.abs());
  const shown = shownPercent(shownCell);
  if (!exactAbs || !shown) return false;
  return compareShown(shown, exactAbs, shownDecimals(shownCell), ctx.options.tolerances.percentPoints).verdict !== "wrong";
}

function findBase(base: ResolvedBase, columns: readonly YearColumn[]): number {
  for (const c of base.candidates) {
    // An explicit base may say TA where the table writes TA+MUUTOS; defaults list both already.
    const m = base.source === "default" ? exactIndex(c, columns) : matchColumn(c, columns)?.index ?? -1;
    if (m >= 0) return m;
  }
  return -1;
}

function exactIndex(c: ColumnRef, columns: readonly YearColumn[]): number {
  return columns.findIndex((x) => x.kind === c.kind && x.year === c.year);
}

function sourceText(ctx: RuleContext, base: ResolvedBase, kind: ColumnKind): MessagePart {
  if (base.source === "option") return ctx.t("change.source-option");
  if (base.source === "note") return ctx.t("change.source-note", { cell: base.noteCell ?? "" });
  return ctx.t(`change.source-default.${kind}`);
}
