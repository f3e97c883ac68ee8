import Decimal from "decimal.js";
import { BudgetTable, LabeledRow, SignConvention } from "../model";
import { detectConvention } from "../relations/convention";

/** The sign convention of a käyttötalous-layout table, from its cost rows (statements read their own). */
export function conventionOf(table: BudgetTable): SignConvention {
  const rows: (LabeledRow | undefined)[] = [];
  switch (table.kind) {
    case "kayttotalous":
      rows.push(...table.kulut, table.kulutTotal);
      break;
    case "yksikot":
      for (const u of [...table.units, ...(table.total ? [table.total] : [])]) rows.push(u.menot);
      break;
    case "maararahat":
      rows.push(table.menot);
      break;
    default:
      return "costs-negative";
  }
  const figures: (Decimal | null)[] = rows.flatMap((r) => (r ? r.cells.map((c) => c.value) : []));
  return detectConvention(figures);
}
