import { ParsedCell } from "../numbers";
import { BudgetTable, LabeledRow, SignConvention } from "../model";
import { detectConvention } from "../relations/convention";

/** The sign convention of a käyttötalous-layout table, from its cost rows (statements read their own). */
export function conventionOf(table: BudgetTable): SignConvention {
  // One list for every table, never shortened: emptying it (length 0) let its store go, and each
  // table grew a new one. It keeps the length of the largest table seen, so only this table's
  // `n` figures are read: walking it all made every small table after a big one cost the big one.
  const figures = FIGURES;
  let n = 0;
  const add = (row: LabeledRow | undefined) => {
    if (row) for (const c of row.cells) figures[n++] = c.parsed;
  };
  switch (table.kind) {
    case "kayttotalous":
      table.kulut.forEach(add);
      add(table.kulutTotal);
      break;
    case "yksikot":
      for (const u of table.units) add(u.menot);
      add(table.total?.menot);
      break;
    case "maararahat":
      add(table.menot);
      break;
    default:
      return "costs-negative";
  }
  const convention = detectConvention(figures, n);
  // Nor kept: the cells are the model's.
  figures.fill(NO_SIGN, 0, n);
  return convention;
}

const NO_SIGN: ParsedCell = Object.freeze({ kind: "empty" });
const FIGURES: ParsedCell[] = [];
