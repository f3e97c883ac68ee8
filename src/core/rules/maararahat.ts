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
import { checkAgainstCell, checkCombination } from "./support/euro";
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
    for (const { table } of allTables(ctx.model, "maararahat")) {
      const k = kayttotalousFor(ctx.model, table);
      for (const role of ROLES) {
        const row = table[role];
        if (!row) continue;
        if (k) out.push(...checkTotals(ctx, table, row, role, k));
        out.push(...checkChanges(ctx, table, row));
      }
    }
    return out;
  },
};

function checkTotals(ctx: RuleContext, table: MaararahatTable, row: MaararahatRow, role: Role, k: KayttotalousTable): Finding[] {
  const kRow = KAYTTOTALOUS_ROW[role](k);
  if (!kRow) return [];
  const out: Finding[] = [];
  table.columns.forEach((col, i) => {
    const m = matchColumn(col, k.columns);
    if (!m) return;
    const f = checkAgainstCell(ctx, {
      rule: "maararahat-total",
      place: { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column: col.label },
      checked: row.cells[i],
      source: kRow.cells[m.index],
      sourceSheet: k.sheet,
      messageKey: "maararahat-total",
      params: { row: row.label, column: col.label, kRow: kRow.label, kColumn: k.columns[m.index].label },
    });
    if (f) out.push(f);
  });
  return out;
}

function checkChanges(ctx: RuleContext, table: MaararahatTable, row: MaararahatRow): Finding[] {
  if (table.columns.length < 2) return [];
  const oldCell = row.cells[0];
  const newCell = row.cells[1];
  if (!holdsNumber(oldCell) || !holdsNumber(newCell)) return [];
  // Most changes are right and told so from the figures' exact units: their Decimals are made
  // for a finding, a figure without units, or the analysis.
  const oldV = () => numberIn(oldCell) as Decimal;
  const newV = () => numberIn(newCell) as Decimal;
  const out: Finding[] = [];
  const place = { sheet: table.sheet, area: table.area, table: table.kind, row: row.label };
  // Words and ranges are made for a finding only.
  const params = () => ({
    row: row.label,
    old: figure(oldV(), AS_READ),
    new: figure(newV(), AS_READ),
    oldColumn: table.columns[0].label,
    newColumn: table.columns[1].label,
  });
  const related = () => cellRanges([oldCell, newCell]);
  if (row.changeEur) {
    const f = checkCombination(ctx, {
      rule: "maararahat-change-eur",
      place: { ...place, column: "MUUTOS €" },
      checked: row.changeEur,
      parts: [newCell, oldCell],
      signs: CHANGE_SIGNS,
      expected: () => newV().minus(oldV()),
      related,
      messageKey: "maararahat-change-eur",
      params,
    });
    if (f) out.push(f);
  }
  const pct = row.changePct;
  if (pct && !isUnreadable(pct)) {
    const column = "MUUTOS %";
    if (figureSign(oldCell.parsed) !== 0) {
      const f = checkShown(ctx, {
        rule: "maararahat-change-percent",
        place: { ...place, column },
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
      const f = zeroBaseFinding(ctx, "maararahat-change-percent", { ...place, column, cell: pct.cell }, pct, newV(), related(), params());
      if (f) out.push(f);
    }
  }
  return out;
}
