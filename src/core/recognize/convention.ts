import { ParsedCell } from "../numbers";
import { BudgetTable, LabeledRow, SignConvention } from "../model";
import { detectConvention } from "../relations/convention";

/** The sign convention of a käyttötalous-layout table, from its cost rows (statements read their own). */
export function conventionOf(table: BudgetTable): SignConvention {
  // One list for every table, never shortened: emptying it (length 0) let its store go, and each
  // table grew a new one. It keeps the length of the largest table seen, so only this table's
  // `n` figures are read: walking it all made every small table after a big one cost the big one.
  // `add` is a module function given the count so far, not a closure over it made per table
  // (docs/engine-speed.md: closures).
  const figures = FIGURES;
  let n = 0;
  switch (table.kind) {
    case "kayttotalous":
      for (const row of table.kulut) n = add(figures, n, row);
      n = add(figures, n, table.kulutTotal);
      break;
    case "yksikot":
      for (const u of table.units) n = add(figures, n, u.menot);
      n = add(figures, n, table.total?.menot);
      break;
    case "maararahat":
      n = add(figures, n, table.menot);
      break;
    default:
      return "costs-negative";
  }
  const convention = detectConvention(figures, n);
  // Nor kept: the cells are the model's.
  figures.fill(NO_SIGN, 0, n);
  return convention;
}

/** `row`'s figures put in `figures` from `n` on; the count after them. */
function add(figures: ParsedCell[], n: number, row: LabeledRow | undefined): number {
  if (row) for (const c of row.cells) figures[n++] = c.parsed;
  return n;
}

const NO_SIGN: ParsedCell = Object.freeze({ kind: "empty" });
const FIGURES: ParsedCell[] = [];
