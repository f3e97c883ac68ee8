import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, UnitBlock, ValueCell, YksikotTable } from "../model";
import { ExactSum } from "../arithmetic/exact";
import { Rule, RuleContext } from "./types";
import { ROLES, Role, allTables, cellRanges, kayttotalousFor, unitRowLabel } from "./support/tables";
import { modelSlots } from "../recognize/modelSlots";
import { holdsNumber, numberIn } from "./support/cells";
import { againstCellFinding, euroFinding, judgeAgainstCell, judgeCells, sumFinding } from "./support/euro";

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
    const tables = allTables(ctx.model, "yksikot");
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      for (let u = 0; u < table.units.length; u++) checkNettomeno(ctx, table, table.units[u], out);
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
function placeOf(table: YksikotTable, label: string, i: number) {
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
      if (!holdsNumber(cell)) return;
      const m = u.menot?.cells[i];
      const t = u.tulot?.cells[i];
      if (isDifference(cell, m, t)) costMinusRevenue++;
      if (isDifference(cell, t, m)) revenueMinusCost++;
    });
  }
  return costMinusRevenue > revenueMinusCost;
}

function addFigure(sum: ExactSum, cell: ValueCell | undefined, coefficient: number): void {
  const p = cell?.parsed;
  if (p?.kind === "number") sum.add(p.units, p.decimals, coefficient);
}

/** Whether `n = a − b` (a missing figure counts as 0), in exact units where the figures have them. */
function isDifference(n: ValueCell, a: ValueCell | undefined, b: ValueCell | undefined): boolean {
  const gap = new ExactSum();
  addFigure(gap, n, 1);
  addFigure(gap, a, -1);
  addFigure(gap, b, 1);
  if (gap.exact) return gap.units === 0;
  const zero = new Decimal(0);
  return (numberIn(n) as Decimal).eq((numberIn(a) ?? zero).minus(numberIn(b) ?? zero));
}

function checkNettomeno(ctx: RuleContext, table: YksikotTable, unit: UnitBlock, out: Finding[]): void {
  const { menot, tulot, nettomeno } = unit;
  if (!nettomeno || (!menot && !tulot)) return;
  if (table.convention === "costs-positive") return checkNettomenoPositive(ctx, table, unit, costFirst(table), out);
  const cells = nettomeno.cells;
  for (let i = 0; i < table.columns.length; i++) {
    const checked = cells[i];
    // What the check would skip is not set up: a unit's empty columns are many.
    if (!holdsNumber(checked)) continue;
    const parts = [menot?.cells[i], tulot?.cells[i]];
    const column = table.columns[i].label;
    const verdict = judgeCells(ctx, "unit-nettomeno", column, table.sheet, checked, parts);
    if (!verdict) continue;
    const related = cellRanges(parts);
    const params = { unit: unit.name, column, ranges: related.join(", ") };
    const label = unitRowLabel(unit, nettomeno);
    out.push(sumFinding(ctx, { rule: "unit-nettomeno", place: placeOf(table, label, i), checked, verdict, messageKey: "unit-nettomeno", params }, parts, related));
  }
}

/** NETTOMENO = MENOT − TULOT (or TULOT − MENOT) in a table printing costs as positive figures. */
function checkNettomenoPositive(ctx: RuleContext, table: YksikotTable, unit: UnitBlock, menotFirst: boolean, out: Finding[]): void {
  const { menot, tulot, nettomeno } = unit;
  if (!nettomeno) return;
  const menotSign = menotFirst ? 1 : -1;
  // The coefficients of the parts a column has (a missing cell is left out), the same in every column.
  const both = [menotSign, -menotSign];
  const menotOnly = [menotSign];
  const tulotOnly = [-menotSign];
  for (let i = 0; i < table.columns.length; i++) {
    const checked = nettomeno.cells[i];
    if (!holdsNumber(checked)) continue;
    const m = menot?.cells[i];
    const t = tulot?.cells[i];
    const cells = m && t ? [m, t] : m ? [m] : t ? [t] : [];
    const partSigns = m && t ? both : m ? menotOnly : tulotOnly;
    const column = table.columns[i].label;
    const verdict = judgeCells(ctx, "unit-nettomeno", column, table.sheet, checked, cells, partSigns);
    if (!verdict) continue;
    let expected = new Decimal(0);
    cells.forEach((c, p) => (expected = expected.plus((numberIn(c) ?? new Decimal(0)).mul(partSigns[p]))));
    const messageKey = menotFirst ? "unit-nettomeno.menot-tulot" : "unit-nettomeno.tulot-menot";
    const related = cellRanges(cells);
    const params = { unit: unit.name, column, ranges: related.join(", ") };
    const failure = { rule: "unit-nettomeno", place: placeOf(table, unitRowLabel(unit, nettomeno), i), checked, verdict, messageKey, params };
    out.push(euroFinding(ctx, failure, expected, related));
  }
}

function checkUnitTotal(ctx: RuleContext, table: YksikotTable, total: UnitBlock, out: Finding[]): void {
  const units = table.units;
  for (let r = 0; r < ROLES.length; r++) {
    const role = ROLES[r];
    const totalRow = total[role];
    if (!totalRow) continue;
    // The units having the row are counted, not listed: each column's parts are read from the
    // units themselves, where a list of the rows (and the list of every unit's, first) was made
    // per role and table, only to be dropped.
    let count = 0;
    for (let u = 0; u < units.length; u++) if (units[u][role]) count++;
    if (count === 0) continue;
    for (let i = 0; i < table.columns.length; i++) {
      const checked = totalRow.cells[i];
      if (!holdsNumber(checked)) continue;
      const parts = unitsColumn(units, role, count, i);
      const label = table.columns[i].label;
      const verdict = judgeCells(ctx, "unit-total", label, table.sheet, checked, parts);
      if (!verdict) continue;
      const params = { row: totalRow.label, total: total.name, column: label, units: String(count) };
      const place = placeOf(table, unitRowLabel(total, totalRow), i);
      out.push(sumFinding(ctx, { rule: "unit-total", place, checked, verdict, messageKey: "unit-total", params }, parts, cellRanges(parts)));
    }
  }
}

/**
 * The cells in column `i` of the `count` units that have the row `role`, in order: `column` of
 * those rows, made in the same long-lived slots.
 */
function unitsColumn(units: readonly UnitBlock[], role: Role, count: number, i: number): (ValueCell | undefined)[] {
  const cells = modelSlots<ValueCell | undefined>(count);
  let k = 0;
  for (let u = 0; u < units.length; u++) {
    const row = units[u][role];
    if (row) cells[k++] = row.cells[i];
  }
  return cells;
}

const KAYTTOTALOUS_ROW: Record<Role, (k: KayttotalousTable) => LabeledRow | undefined> = {
  menot: (k) => k.kulutTotal,
  tulot: (k) => k.tuototTotal,
  nettomeno: (k) => k.toimintakate,
};

function checkAgainstKayttotalous(ctx: RuleContext, table: YksikotTable, total: UnitBlock, k: KayttotalousTable, out: Finding[]): void {
  // The same figures only: TA+MUUTOS and TA of a year are different budgets here. The same
  // käyttötalous column for every row.
  const matches = table.columns.map((col) => k.columns.findIndex((c) => c.kind === col.kind && c.year === col.year));
  for (let r = 0; r < ROLES.length; r++) {
    const role = ROLES[r];
    const totalRow = total[role];
    const kRow = KAYTTOTALOUS_ROW[role](k);
    if (!totalRow || !kRow) continue;
    // A net cost printed positive is the toimintakate with its sign turned: compared by the
    // nettomeno identity in the block itself, not against the toimintakate cell.
    if (role === "nettomeno" && table.convention === "costs-positive" && costFirst(table)) continue;
    for (let i = 0; i < table.columns.length; i++) {
      const j = matches[i];
      if (j < 0) continue;
      const checked = totalRow.cells[i];
      const source = kRow.cells[j];
      const column = table.columns[i].label;
      const verdict = judgeAgainstCell(ctx, "unit-kayttotalous", column, table.sheet, checked, source, k.sheet);
      if (!verdict) continue;
      const params = { row: totalRow.label, total: total.name, column, kRow: kRow.label };
      const place = placeOf(table, unitRowLabel(total, totalRow), i);
      out.push(againstCellFinding(ctx, { rule: "unit-kayttotalous", place, checked: checked!, verdict, messageKey: "unit-kayttotalous", params }, source!, k.sheet));
    }
  }
}
