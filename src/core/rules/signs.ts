import Decimal from "decimal.js";
import { Finding } from "../findings";
import { BudgetTable, LabeledRow, UnitBlock } from "../model";
import { roleWord } from "../recognize/vocabulary/rows";
import { expectedSign } from "../relations/convention";
import { Rule, RuleContext } from "./types";
import { allTables, isSignedColumn, isStatement, unitRowLabel } from "./support/tables";
import { numberIn } from "./support/cells";
import { makeFinding } from "./support/finding";
import { AS_READ } from "../format";
import { figure } from "../message";
import { figureName } from "./support/counterparts";
import { signEquation } from "../relations/sign";
import { figureSign } from "../numbers";
import { perText } from "../perText";

type Direction = "cost" | "revenue";

interface SignedRow {
  table: BudgetTable;
  row: LabeledRow;
  /** The unit block a unit's row belongs to: a finding names the row with it. */
  unit?: UnitBlock;
  direction: Direction;
}

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
    const out: Finding[] = [...statementSigns(ctx)];
    // Every figure of every cost and revenue row passes here (tens of thousands in a large book):
    // what is the same for a whole row is worked out once, and a figure's sign is read from its
    // exact units, so only a wrong one needs its Decimal.
    for (const r of signedRows(ctx)) {
      const table = r.table;
      const cells = r.row.cells;
      // Costs follow the table's own convention, read from its figures: where costs are printed
      // positive, a cost must be ≥ 0 like a revenue.
      const costsPositive = table.convention === "costs-positive";
      const constraint = r.direction === "cost" && costsPositive ? "revenue" : r.direction;
      // The sign a figure must not have.
      const wrongSign = r.direction === "cost" && !costsPositive ? 1 : -1;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        const p = cell?.parsed;
        if (!p || p.kind !== "number") continue;
        const sign = figureSign(p);
        if (!sign || isSignedColumn(table, i)) continue;
        const column = table.columns[i]?.label;
        ctx.equations.push(signEquation("sign", { sheet: table.sheet, cell: cell.cell }, p, constraint, column));
        if (sign === wrongSign) out.push(signFinding(ctx, r, p.value, column, cell.cell, costsPositive));
      }
    }
    return out;
  },
};

function signFinding(ctx: RuleContext, r: SignedRow, v: Decimal, column: string | undefined, cell: string, costsPositive: boolean): Finding {
  const label = r.unit ? unitRowLabel(r.unit, r.row) : r.row.label;
  const params = { row: label, column: column ?? "", actual: figure(v, AS_READ) };
  return makeFinding(
    "sign",
    "error",
    { sheet: r.table.sheet, area: r.table.area, table: r.table.kind, row: label, column, cell },
    [cell],
    { actual: v, expected: v.neg() },
    ctx.t(r.direction === "cost" ? (costsPositive ? "sign.cost-positive" : "sign.cost") : "sign.revenue", params),
  );
}

function signedRows(ctx: RuleContext): SignedRow[] {
  const rows: SignedRow[] = [];
  const add = (table: BudgetTable, row: LabeledRow | undefined, direction: Direction, unit?: UnitBlock) => {
    if (row) rows.push({ table, row, unit, direction });
  };
  for (const { table } of allTables(ctx.model, "kayttotalous")) {
    for (const r of table.tuotot) add(table, r, "revenue");
    add(table, table.tuototTotal, "revenue");
    for (const r of table.kulut) add(table, r, "cost");
    add(table, table.kulutTotal, "cost");
  }
  for (const { table } of allTables(ctx.model, "yksikot")) {
    for (const unit of table.total ? [...table.units, table.total] : table.units) {
      add(table, unit.menot, "cost", unit);
      add(table, unit.tulot, "revenue", unit);
    }
  }
  for (const { table } of allTables(ctx.model, "maararahat")) {
    add(table, table.menot, "cost");
    add(table, table.tulot, "revenue");
  }
  for (const { table } of allTables(ctx.model, "tunnusluvut")) {
    for (const item of table.items) {
      const d = tunnuslukuDirection(item.amount.label);
      if (d) add(table, item.amount, d);
    }
  }
  return rows;
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
  for (const sheet of ctx.model.sheets) {
    for (const table of sheet.tables.filter(isStatement)) {
      const convention = table.convention ?? "costs-negative";
      for (const row of table.rows) {
        const word = row.role ? roleWord(row.role) : undefined;
        if (!word || word.signed === false || (word.nature !== "cost" && word.nature !== "revenue")) continue;
        const values = row.cells.filter((_, i) => !isSignedColumn(table, i)).map(numberIn).filter((v): v is Decimal => !!v && !v.isZero());
        const unanimous = values.length >= 2 && (values.every((v) => v.isNegative()) || values.every((v) => v.isPositive()));
        if (unanimous) continue;
        const want = expectedSign(word.nature, convention);
        if (!want) continue;
        row.cells.forEach((cell, i) => {
          const v = numberIn(cell);
          if (!v || v.isZero() || isSignedColumn(table, i) || (v.isNegative() ? -1 : 1) === want) return;
          const column = table.columns[i]?.label;
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
        });
      }
    }
  }
  return out;
}
