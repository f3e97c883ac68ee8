import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, MaararahatRow, MaararahatTable } from "../model";
import { matchColumn } from "../compare/columns";
import { changePercent } from "../arithmetic/change";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, kayttotalousFor } from "./support/tables";
import { holdsNumber, isUnreadable, numberIn } from "./support/cells";
import { changeUnits } from "./support/changeUnits";
import { figureSign } from "../numbers";
import { againstCellFinding, euroFinding, judgeAgainstCell, judgeCells } from "./support/euro";
import { checkShown } from "./support/shown";
import { CHANGE_PERCENT, figureInput } from "../relations/shown";
import { zeroBaseFinding } from "./support/change";
import { AS_READ } from "../format";
import { figure } from "../message";

type Role = "menot" | "tulot" | "nettomeno";
const ROLES: readonly Role[] = ["menot", "tulot", "nettomeno"];

/** Change € = new − old, the parts in that order. */
const CHANGE_SIGNS: readonly number[] = [1, -1];

const KAYTTOTALOUS_ROW: Record<Role, (k: KayttotalousTable) => LabeledRow | undefined> = {
  menot: (k) => k.kulutTotal,
  tulot: (k) => k.tuototTotal,
  nettomeno: (k) => k.toimintakate,
};

/**
 * Määrärahat (appropriations): MENOT / TULOT / NETTOMENO of both years equal the käyttötalous
 * totals of the same column (TOIMINTAKULUT / TOIMINTATUOTOT / TOIMINTAKATE); change € = new − old;
 * change % = (new / old − 1) × 100 as shown.
 */
export const maararahatRule: Rule = {
  ids: ["maararahat-total", "maararahat-change-eur", "maararahat-change-percent"],
  run(ctx) {
    const out: Finding[] = [];
    for (const table of allTables(ctx.model, "maararahat")) {
      const k = kayttotalousFor(ctx.model, table);
      // Each column's käyttötalous column, the same for every role.
      const matches = k ? table.columns.map((col) => matchColumn(col, k.columns)) : [];
      for (const role of ROLES) {
        const row = table[role];
        if (!row) continue;
        if (k) checkTotals(ctx, table, row, role, k, matches, out);
        checkChanges(ctx, table, row, out);
      }
    }
    return out;
  },
};

function checkTotals(
  ctx: RuleContext,
  table: MaararahatTable,
  row: MaararahatRow,
  role: Role,
  k: KayttotalousTable,
  matches: readonly ({ index: number } | null)[],
  out: Finding[],
): void {
  const kRow = KAYTTOTALOUS_ROW[role](k);
  if (!kRow) return;
  for (let i = 0; i < table.columns.length; i++) {
    const m = matches[i];
    if (!m) continue;
    const checked = row.cells[i];
    const source = kRow.cells[m.index];
    const column = table.columns[i].label;
    const verdict = judgeAgainstCell(ctx, "maararahat-total", column, table.sheet, checked, source, k.sheet);
    if (!verdict) continue;
    const place = { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column };
    const params = { row: row.label, column, kRow: kRow.label, kColumn: k.columns[m.index].label };
    out.push(againstCellFinding(ctx, { rule: "maararahat-total", place, checked: checked!, verdict, messageKey: "maararahat-total", params }, source!, k.sheet));
  }
}

function checkChanges(ctx: RuleContext, table: MaararahatTable, row: MaararahatRow, out: Finding[]): void {
  if (table.columns.length < 2) return;
  const oldCell = row.cells[0];
  const newCell = row.cells[1];
  if (!holdsNumber(oldCell) || !holdsNumber(newCell)) return;
  // Most changes are right and told so from the figures' exact units: their Decimals are made
  // for a finding, a figure without units, or the analysis.
  const oldV = () => numberIn(oldCell) as Decimal;
  const newV = () => numberIn(newCell) as Decimal;
  // Places are literals: spreading is V8's slow path, and every row's percentage has one.
  const placeAt = (column: string) => ({ sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column });
  // Words and ranges are made for a finding only.
  const params = () => ({
    row: row.label,
    old: figure(oldV(), AS_READ),
    new: figure(newV(), AS_READ),
    oldColumn: table.columns[0].label,
    newColumn: table.columns[1].label,
  });
  const related = () => cellRanges([oldCell, newCell]);
  const changeEur = row.changeEur;
  const eurVerdict = changeEur && judgeCells(ctx, "maararahat-change-eur", "MUUTOS €", table.sheet, changeEur, [newCell, oldCell], CHANGE_SIGNS);
  if (eurVerdict) {
    const failure = { rule: "maararahat-change-eur", place: placeAt("MUUTOS €"), checked: changeEur!, verdict: eurVerdict, messageKey: "maararahat-change-eur", params: params() };
    out.push(euroFinding(ctx, failure, newV().minus(oldV()), related()));
  }
  const pct = row.changePct;
  if (pct && !isUnreadable(pct)) {
    const column = "MUUTOS %";
    if (figureSign(oldCell.parsed) !== 0) {
      const f = checkShown(ctx, {
        rule: "maararahat-change-percent",
        place: placeAt(column),
        checked: pct,
        exact: () => changePercent(newV(), oldV()) as Decimal,
        quotientUnits: changeUnits(newCell.parsed, oldCell.parsed),
        extra: ctx.options.tolerances.percentPoints,
        related,
        relation: {
          inputs: [
            figureInput({ sheet: table.sheet, cell: oldCell.cell }, oldCell),
            figureInput({ sheet: table.sheet, cell: newCell.cell }, newCell),
          ],
          formula: CHANGE_PERCENT,
        },
        messageKey: "maararahat-change-percent",
        params,
        percent: true,
      });
      if (f) out.push(f);
    } else {
      const place = { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column, cell: pct.cell };
      const f = zeroBaseFinding(ctx, "maararahat-change-percent", place, pct, newV(), related(), params());
      if (f) out.push(f);
    }
  }
}
