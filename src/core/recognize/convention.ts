import { ParsedCell } from "../numbers";
import { BudgetTable, LabeledRow, SignConvention } from "../model";
import { detectConvention } from "../relations/convention";

/** The sign convention of a käyttötalous-layout table, from its cost rows (statements read their own). */
export function conventionOf(table: BudgetTable): SignConvention {
  // One list for every table: read at once and let go, not kept by detectConvention.
  const figures = FIGURES;
  figures.length = 0;
  const add = (row: LabeledRow | undefined) => {
    if (row) for (const c of row.cells) figures.push(c.parsed);
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
  const convention = detectConvention(figures);
  figures.length = 0;
  return convention;
}

const FIGURES: ParsedCell[] = [];
