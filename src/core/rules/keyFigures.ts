import { BudgetTable, StatementRow, StatementTable } from "../model";
import { readRow } from "../recognize/vocabulary/rows";
import { sameColumns } from "./relationChecking";

/**
 * Key-figure rows printed in a block of their own under a statement, headed by the same columns
 * (Leppävirta's "Tunnusluvut" under its tuloslaskelma, read as a table of key figures): read by the
 * row vocabulary, so a ratio of the catalogue finds its printed figure there when the statement
 * has no row of it.
 */
export function keyFigureRows(table: StatementTable, tables: readonly BudgetTable[]): StatementRow[] {
  const out: StatementRow[] = [];
  for (const t of tables) {
    if (t.kind !== "tunnusluvut" || t.sheet !== table.sheet || !sameColumns(t, table)) continue;
    for (const row of [...t.items.map((item) => item.amount), ...t.others]) {
      const role = readRow(row.label).role?.role;
      if (role) out.push({ ...row, role, total: false });
    }
  }
  return out;
}
