import Decimal from "decimal.js";
import { Finding } from "../findings";
import { BudgetTable, LabeledRow, UnitBlock, ValueCell } from "../model";
import { roleWord } from "../recognize/vocabulary/rows";
import { expectedSign } from "../relations/convention";
import { Rule, RuleContext } from "./types";
import { allTables, isSignedColumn, isStatement, unitRowLabel } from "./support/tables";
import { makeFinding } from "./support/finding";
import { AS_READ } from "../format";
import { figure } from "../message";
import { figureName } from "./support/counterparts";
import { Direction, signOfCell } from "../relations/sign";
import { heldSignsOf } from "../relations/heldSigns";
import { recordJudged } from "../relations/failingPlaces";
import { ParsedNumber, figureSign } from "../numbers";
import { perText } from "../perText";

/**
 * Costs are negative and revenues positive in a budget book. A positive cost (MENOT,
 * TOIMINTAKULUT and its lines, tunnusluvut `… menot €` / `Palvelujen ostot`) or a negative revenue
 * (TULOT, TOIMINTATUOTOT and its lines) is an `error`: the sign convention of a budget book has
 * no exceptions, and a wrong sign moves every total it enters the wrong way (a positive cost is
 * a lost minus sign, or a refund that belongs under revenues). A user who has a reason for it
 * explains the finding, and the explanation stays with the workbook.
 */
export const signsRule: Rule = {
  ids: ["sign"],
  run(ctx) {
    const out: Finding[] = statementSigns(ctx);
    const kayttotalous = allTables(ctx.model, "kayttotalous");
    for (let t = 0; t < kayttotalous.length; t++) {
      const table = kayttotalous[t];
      const columns = signColumns(table);
      for (let r = 0; r < table.tuotot.length; r++) checkRow(ctx, table, columns, table.tuotot[r], "revenue", undefined, out);
      checkRow(ctx, table, columns, table.tuototTotal, "revenue", undefined, out);
      for (let r = 0; r < table.kulut.length; r++) checkRow(ctx, table, columns, table.kulut[r], "cost", undefined, out);
      checkRow(ctx, table, columns, table.kulutTotal, "cost", undefined, out);
    }
    const yksikot = allTables(ctx.model, "yksikot");
    for (let t = 0; t < yksikot.length; t++) {
      const table = yksikot[t];
      const columns = signColumns(table);
      for (let u = 0; u < table.units.length; u++) checkUnit(ctx, table, columns, table.units[u], out);
      if (table.total) checkUnit(ctx, table, columns, table.total, out);
    }
    const maararahat = allTables(ctx.model, "maararahat");
    for (let t = 0; t < maararahat.length; t++) {
      const table = maararahat[t];
      const columns = signColumns(table);
      checkRow(ctx, table, columns, table.menot, "cost", undefined, out);
      checkRow(ctx, table, columns, table.tulot, "revenue", undefined, out);
    }
    const tunnusluvut = allTables(ctx.model, "tunnusluvut");
    for (let t = 0; t < tunnusluvut.length; t++) {
      const table = tunnusluvut[t];
      const columns = signColumns(table);
      for (let k = 0; k < table.items.length; k++) {
        const amount = table.items[k].amount;
        const d = tunnuslukuDirection(amount.label);
        if (d) checkRow(ctx, table, columns, amount, d, undefined, out);
      }
    }
    return out;
  },
};

function checkUnit(ctx: RuleContext, table: BudgetTable, columns: readonly (string | null | undefined)[], unit: UnitBlock, out: Finding[]): void {
  checkRow(ctx, table, columns, unit.menot, "cost", unit, out);
  checkRow(ctx, table, columns, unit.tulot, "revenue", unit, out);
}

/**
 * Each column's label, or null for a column whose figures may have either sign: what every row of
 * the table asks of every column, worked out once per table.
 */
function signColumns(table: BudgetTable): (string | null | undefined)[] {
  // A loop, no callback per column: every table of the workbook asks once.
  const columns = table.columns;
  const out = new Array<string | null | undefined>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = isSignedColumn(table, i) ? null : columns[i].label;
  return out;
}

/**
 * Every figure of every cost and revenue row passes here (tens of thousands in a large book): each
 * records its sign check, read from its exact units, so only a wrong one needs its Decimal; the
 * row's label and the finding's words are made for a wrong one only. A check that holds (nearly
 * all) is a row of the held signs' table, a wrong one an equation.
 */
function checkRow(
  ctx: RuleContext,
  table: BudgetTable,
  columns: readonly (string | null | undefined)[],
  row: LabeledRow | undefined,
  direction: Direction,
  unit: UnitBlock | undefined,
  out: Finding[],
): void {
  if (!row) return;
  // Costs follow the table's own convention, read from its figures: where costs are printed
  // positive, a cost must be ≥ 0 like a revenue.
  const costsPositive = table.convention === "costs-positive";
  const constraint = direction === "cost" && costsPositive ? "revenue" : direction;
  // The sign a figure must not have.
  const wrongSign = direction === "cost" && !costsPositive ? 1 : -1;
  const cells = row.cells;
  const held = heldSignsOf(ctx.equations);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const p = cell?.parsed;
    if (!p || p.kind !== "number") continue;
    const sign = figureSign(p);
    // A column beyond the table's columns has no label and is checked, as it always was.
    const column = columns[i];
    if (!sign || column === null) continue;
    if (sign !== wrongSign) {
      held.hold(table.sheet, cell, constraint, column);
      continue;
    }
    recordJudged(ctx.equations, signOfCell("sign", table.sheet, cell, constraint, column));
    out.push(signFinding(ctx, table, row, unit, direction, p.value, column, cell.cell, costsPositive));
  }
}

function signFinding(
  ctx: RuleContext,
  table: BudgetTable,
  row: LabeledRow,
  unit: UnitBlock | undefined,
  direction: Direction,
  v: Decimal,
  column: string | undefined,
  cell: string,
  costsPositive: boolean,
): Finding {
  const label = unit ? unitRowLabel(unit, row) : row.label;
  const params = { row: label, column: column ?? "", actual: figure(v, AS_READ) };
  return makeFinding(
    "sign",
    "error",
    { sheet: table.sheet, area: table.area, table: table.kind, row: label, column, cell },
    [cell],
    { actual: v, expected: v.neg() },
    ctx.t(direction === "cost" ? (costsPositive ? "sign.cost-positive" : "sign.cost") : "sign.revenue", params),
  );
}

/** What a tunnusluku amount row is, from its name; null when the name does not say. */
export const tunnuslukuDirection: (label: string) => Direction | null = perText(readDirection);

// Every area's tunnusluvut print the same few labels: each is read once.
function readDirection(label: string): Direction | null {
  const name = figureName(label);
  // Net figures and margins may have either sign.
  if (/netto|kate|jäämä/.test(name)) return null;
  if (/tulot|tuotot|tuet ja avustukset/.test(name)) return "revenue";
  if (/menot|kulut|ostot|kustannukset|avustukset|vuokrat/.test(name)) return "cost";
  return null;
}

/**
 * Signs in a statement table follow the table's own convention (costs negative or positive, read
 * from its figures). A row printed the other way throughout is the book's choice for that row
 * (financial costs printed positive under negative operating costs) and is no error; a figure
 * against its row and its table is.
 */
function statementSigns(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const sheets = ctx.model.sheets;
  for (let s = 0; s < sheets.length; s++) {
    const tables = sheets[s].tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      if (!isStatement(table)) continue;
      const convention = table.convention ?? "costs-negative";
      const columns = signColumns(table);
      for (const row of table.rows) {
        const word = row.role ? roleWord(row.role) : undefined;
        if (!word || word.signed === false || (word.nature !== "cost" && word.nature !== "revenue")) continue;
        // Signs read from the figures' exact units: a row's Decimals are made for a finding only.
        const cells = row.cells;
        if (rowUnanimous(cells, columns)) continue;
        const want = expectedSign(word.nature, convention);
        if (!want) continue;
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i];
          const sign = cell ? figureSign(cell.parsed) : null;
          if (!sign || columns[i] === null || sign === want) continue;
          const v = (cell.parsed as ParsedNumber).value;
          const column = columns[i] ?? undefined;
          const key = word.nature === "revenue" ? "sign.revenue" : convention === "costs-negative" ? "sign.cost" : "sign.cost-positive";
          const params = { row: row.label, column: column ?? "", actual: figure(v, AS_READ) };
          out.push(
            makeFinding(
              "sign",
              "error",
              { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column, cell: cell.cell },
              [cell.cell],
              { actual: v, expected: v.neg() },
              ctx.t(key, params),
            ),
          );
        }
      }
    }
  }
  return out;
}

/** A row whose non-zero figures (two at least, the either-sign columns left out) all have one sign. */
function rowUnanimous(cells: readonly (ValueCell | undefined)[], columns: readonly (string | null | undefined)[]): boolean {
  let first: -1 | 1 | undefined;
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || columns[i] === null) continue;
    const sign = figureSign(cell.parsed);
    if (!sign) continue;
    if (first === undefined) first = sign;
    else if (sign !== first) return false;
    count++;
  }
  return count >= 2;
}
