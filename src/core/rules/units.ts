import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, UnitBlock, ValueCell, YksikotTable } from "../model";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, column, kayttotalousFor, rangesText, unitRowLabel } from "./support/tables";
import { holdsNumber, numberIn } from "./support/cells";
import { checkAgainstCell, checkCombination, checkSum } from "./support/euro";

type Role = "menot" | "tulot" | "nettomeno";
const ROLES: readonly Role[] = ["menot", "tulot", "nettomeno"];

/**
 * Unit blocks (yksiköt): NETTOMENO = MENOT + TULOT in every block; the units add up to
 * `Vastuualue yhteensä` (markers such as `sis. joht.` count as nothing); and that total equals the
 * käyttötalous of the same column: MENOT = TOIMINTAKULUT, TULOT = TOIMINTATUOTOT,
 * NETTOMENO = TOIMINTAKATE.
 */
export const unitsRule: Rule = {
  ids: ["unit-nettomeno", "unit-total", "unit-kayttotalous"],
  run(ctx) {
    const out: Finding[] = [];
    for (const { table } of allTables(ctx.model, "yksikot")) {
      for (const unit of table.units) checkNettomeno(ctx, table, unit, out);
      if (table.total) {
        checkNettomeno(ctx, table, table.total, out);
        checkUnitTotal(ctx, table, table.total, out);
        const k = kayttotalousFor(ctx.model, table);
        if (k) checkAgainstKayttotalous(ctx, table, table.total, k, out);
      }
    }
    return out;
  },
};

/** Where a finding of the row's column `i` points; `label` is the row's `unitRowLabel`, made once per row. */
function place(table: YksikotTable, label: string, i: number) {
  return { sheet: table.sheet, area: table.area, table: table.kind, row: label, column: table.columns[i].label };
}

/**
 * Where a table prints costs as positive figures, NETTOMENO is printed either as MENOT − TULOT
 * (a positive net cost) or as TULOT − MENOT; the reading under which more of the table's figures
 * hold is taken.
 */
function costFirst(table: YksikotTable): boolean {
  // Asked once per unit block: read the whole table once.
  let first = COST_FIRST.get(table);
  if (first === undefined) {
    first = readCostFirst(table);
    COST_FIRST.set(table, first);
  }
  return first;
}

const COST_FIRST = new WeakMap<YksikotTable, boolean>();

function readCostFirst(table: YksikotTable): boolean {
  let costMinusRevenue = 0;
  let revenueMinusCost = 0;
  for (const u of table.total ? [...table.units, table.total] : table.units) {
    if (!u.nettomeno) continue;
    u.nettomeno.cells.forEach((cell, i) => {
      const n = numberIn(cell);
      if (!n) return;
      const m = numberIn(u.menot?.cells[i]) ?? new Decimal(0);
      const t = numberIn(u.tulot?.cells[i]) ?? new Decimal(0);
      if (n.eq(m.minus(t))) costMinusRevenue++;
      if (n.eq(t.minus(m))) revenueMinusCost++;
    });
  }
  return costMinusRevenue > revenueMinusCost;
}

function checkNettomeno(ctx: RuleContext, table: YksikotTable, unit: UnitBlock, out: Finding[]): void {
  const { menot, tulot, nettomeno } = unit;
  if (!nettomeno || (!menot && !tulot)) return;
  if (table.convention === "costs-positive") return checkNettomenoPositive(ctx, table, unit, costFirst(table), out);
  const label = unitRowLabel(unit, nettomeno);
  const cells = nettomeno.cells;
  for (let i = 0; i < table.columns.length; i++) {
    const checked = cells[i];
    // What the check would skip is not set up: a unit's empty columns are many.
    if (!holdsNumber(checked)) continue;
    const parts = [menot?.cells[i], tulot?.cells[i]];
    const f = checkSum(ctx, {
      rule: "unit-nettomeno",
      place: place(table, label, i),
      checked,
      parts,
      messageKey: "unit-nettomeno",
      params: () => ({ unit: unit.name, column: table.columns[i].label, ranges: rangesText(parts) }),
    });
    if (f) out.push(f);
  }
}

/** NETTOMENO = MENOT − TULOT (or TULOT − MENOT) in a table printing costs as positive figures. */
function checkNettomenoPositive(ctx: RuleContext, table: YksikotTable, unit: UnitBlock, menotFirst: boolean, out: Finding[]): void {
  const { menot, tulot, nettomeno } = unit;
  if (!nettomeno) return;
  const label = unitRowLabel(unit, nettomeno);
  const sign = (row: "menot" | "tulot") => ((row === "menot") === menotFirst ? 1 : -1);
  table.columns.forEach((col, i) => {
    const parts = [
      { cell: menot?.cells[i], c: sign("menot") },
      { cell: tulot?.cells[i], c: sign("tulot") },
    ].filter((p): p is { cell: ValueCell; c: number } => p.cell !== undefined);
    const cells = parts.map((p) => p.cell);
    const f = checkCombination(ctx, {
      rule: "unit-nettomeno",
      place: place(table, label, i),
      checked: nettomeno.cells[i],
      parts: cells,
      signs: parts.map((p) => p.c),
      expected: () => {
        let expected = new Decimal(0);
        for (const p of parts) expected = expected.plus((numberIn(p.cell) ?? new Decimal(0)).mul(p.c));
        return expected;
      },
      related: () => cellRanges(cells),
      messageKey: menotFirst ? "unit-nettomeno.menot-tulot" : "unit-nettomeno.tulot-menot",
      params: () => ({ unit: unit.name, column: col.label, ranges: rangesText(parts.map((p) => p.cell)) }),
    });
    if (f) out.push(f);
  });
}

function checkUnitTotal(ctx: RuleContext, table: YksikotTable, total: UnitBlock, out: Finding[]): void {
  for (const role of ROLES) {
    const totalRow = total[role];
    if (!totalRow) continue;
    const rows = table.units.map((u) => u[role]).filter((r): r is LabeledRow => r !== undefined);
    if (rows.length === 0) continue;
    const label = unitRowLabel(total, totalRow);
    table.columns.forEach((col, i) => {
      const checked = totalRow.cells[i];
      if (!holdsNumber(checked)) return;
      const f = checkSum(ctx, {
        rule: "unit-total",
        place: place(table, label, i),
        checked,
        parts: column(rows, i),
        messageKey: "unit-total",
        params: () => ({ row: totalRow.label, total: total.name, column: col.label, units: String(rows.length) }),
      });
      if (f) out.push(f);
    });
  }
}

const KAYTTOTALOUS_ROW: Record<Role, (k: KayttotalousTable) => LabeledRow | undefined> = {
  menot: (k) => k.kulutTotal,
  tulot: (k) => k.tuototTotal,
  nettomeno: (k) => k.toimintakate,
};

function checkAgainstKayttotalous(ctx: RuleContext, table: YksikotTable, total: UnitBlock, k: KayttotalousTable, out: Finding[]): void {
  for (const role of ROLES) {
    const totalRow = total[role];
    const kRow = KAYTTOTALOUS_ROW[role](k);
    if (!totalRow || !kRow) continue;
    // A net cost printed positive is the toimintakate with its sign turned: compared by the
    // nettomeno identity in the block itself, not against the toimintakate cell.
    if (role === "nettomeno" && table.convention === "costs-positive" && costFirst(table)) continue;
    const label = unitRowLabel(total, totalRow);
    table.columns.forEach((col, i) => {
      // The same figures only: TA+MUUTOS and TA of a year are different budgets here.
      const j = k.columns.findIndex((c) => c.kind === col.kind && c.year === col.year);
      if (j < 0) return;
      const f = checkAgainstCell(ctx, {
        rule: "unit-kayttotalous",
        place: place(table, label, i),
        checked: totalRow.cells[i],
        source: kRow.cells[j],
        sourceSheet: k.sheet,
        messageKey: "unit-kayttotalous",
        params: { row: totalRow.label, total: total.name, column: col.label, kRow: kRow.label },
      });
      if (f) out.push(f);
    });
  }
}
