import { Finding } from "../findings";
import { ColumnSum, StatementTable, ValueCell } from "../model";
import { Rule, RuleContext } from "./types";
import { makeFinding, severityOf } from "./support/finding";
import { holdsNumber, numberIn } from "./support/cells";
import { cellRanges, isStatement } from "./support/tables";
import { sumFigures } from "./support/sumFigures";
import { linearEquation } from "../relations/linear";
import { recordJudged } from "../relations/failingPlaces";
import { coefficientOf } from "./support/coefficient";
import { roundingTolerance } from "./relationChecking";

/**
 * Identities between columns that the header states (`Yhteensä` after `Talousarvio` and
 * `TA-muutokset`): in every row the total column is the sum of its columns. Rounding is judged
 * as for the statement's own sums: one unit of the last digit shown, or the half-units of the
 * figures added up; a table in whole euros keeps at least the user's euro tolerance.
 */
export const columnSumsRule: Rule = {
  ids: ["column-sum"],
  run(ctx) {
    const out: Finding[] = [];
    const sheets = ctx.model.sheets;
    for (let s = 0; s < sheets.length; s++) {
      const tables = sheets[s].tables;
      for (let t = 0; t < tables.length; t++) {
        const table = tables[t];
        if (!isStatement(table) || !table.columnSums) continue;
        for (const sum of table.columnSums) table.rows.forEach((_, k) => checkRow(ctx, table, sum, k, out));
      }
    }
    return out;
  },
};

/** The row's cell in sheet column `col`: a year column's, or a change column's (`TA-muutokset`). */
function cellAt(table: StatementTable, k: number, col: number): ValueCell | undefined {
  const i = table.columns.findIndex((c) => c.col === col);
  if (i >= 0) return table.rows[k].cells[i];
  return table.across.find((a) => a.col === col)?.cells[k];
}

function checkRow(ctx: RuleContext, table: StatementTable, sum: ColumnSum, k: number, out: Finding[]): void {
  const row = table.rows[k];
  const cell = cellAt(table, k, sum.target);
  const actual = numberIn(cell);
  if (!cell || !actual) return;
  const cells = sum.terms.map((t) => cellAt(table, k, t.col));
  // An empty term is nothing added; a text or an error in one is the unreadable rule's to report.
  if (cells.some((x) => !x || x.parsed.kind === "text" || x.parsed.kind === "error")) return;
  if (!cells.some(holdsNumber)) return;
  const ref = (x: ValueCell) => ({ sheet: table.sheet, cell: x.cell });
  const column = table.columns.find((c) => c.col === sum.target)?.label ?? "";
  const eq = linearEquation({
    rule: "column-sum",
    relation: sum.text,
    column,
    target: { ref: ref(cell), value: actual },
    terms: sum.terms.map((t, j) => ({ ref: ref(cells[j]!), coefficient: coefficientOf(t.sign), value: numberIn(cells[j]) })),
    tolerance: roundingTolerance(ctx, table, [cell, ...(cells as ValueCell[])]),
  });
  const verdict = recordJudged(ctx.equations, eq);
  if (verdict === "ok") return;
  const { expected, params: figures } = sumFigures(eq, actual, cells, table);
  // A nameless subtotal is named by its heading, else by its place.
  const rowName = row.heading ?? (row.label || row.labelCell);
  const params = { row: rowName, column, relation: sum.text, ...figures };
  out.push(
    makeFinding(
      "column-sum",
      severityOf(verdict),
      { sheet: table.sheet, area: table.area, table: table.kind, row: rowName, column, cell: cell.cell },
      cellRanges(cells),
      { actual, expected },
      [ctx.t("column-sum.failed", params), ctx.t(verdict === "rounding" ? "column-sum.rounding" : "column-sum.wrong", params)],
    ),
  );
}
