import { Finding } from "../findings";
import { BudgetModel, BudgetTable, LabeledRow, UnitBlock, ValueCell } from "../model";
import { Rule } from "./types";
import { ROLES, unitRowLabel } from "./support/tables";
import { makeFinding } from "./support/finding";
import { isUnreadable } from "./support/cells";

interface Located {
  table: BudgetTable;
  row: string;
  column?: string;
  cell: ValueCell;
}

/**
 * A cell where a figure belongs that holds text that is not a number or marker, or an Excel error
 * value. Reported here once; the other rules leave such cells out of their comparisons.
 */
export const unreadableRule: Rule = {
  ids: ["unreadable-cell"],
  run(ctx) {
    const out: Finding[] = [];
    for (const loc of unreadableCells(ctx.model)) {
      const p = loc.cell.parsed;
      if (p.kind !== "text" && p.kind !== "error") continue; // narrows the type; figureCells keeps only these
      const params = { row: loc.row, column: loc.column ?? "", cell: loc.cell.cell, text: p.kind === "text" ? p.text : p.error };
      out.push(
        makeFinding(
          "unreadable-cell",
          "error",
          { sheet: loc.table.sheet, area: loc.table.area, table: loc.table.kind, row: loc.row, column: loc.column, cell: loc.cell.cell },
          [loc.cell.cell],
          {},
          ctx.t(p.kind === "text" ? "unreadable-cell.text" : "unreadable-cell.error", params),
        ),
      );
    }
    return out;
  },
};

function unreadable(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && isUnreadable(cell);
}

/** A row as a finding names it: a unit's row with its unit (`Kadut: MENOT`), a change row with its amount row. */
function rowLabel(row: LabeledRow, within: UnitBlock | LabeledRow | undefined): string {
  if (!within) return row.label;
  if ("cells" in within) return `${within.label}: ${row.label}`;
  return unitRowLabel(within, row);
}

/** Cells where a figure belongs that hold text or an error, each once. */
function unreadableCells(model: BudgetModel): Located[] {
  const out: Located[] = [];
  const seen = new Set<string>();
  // The row's label is made only for a row holding an unreadable cell (nearly none do): a unit's
  // row is named with its unit, a change row with its amount row.
  const addRow = (table: BudgetTable, row: LabeledRow | undefined, within?: UnitBlock | LabeledRow) => {
    if (!row) return;
    const cells = row.cells;
    // The kind read in place, no call per cell: every figure of the workbook passes here, and a
    // cold check (the CLI's one run) walks them in the interpreter, where each call costs.
    for (let i = 0; i < cells.length; i++) {
      const kind = cells[i]?.parsed.kind;
      if (kind === "text" || kind === "error") push(table, rowLabel(row, within), table.columns[i]?.label, cells[i]);
    }
  };
  const push = (table: BudgetTable, row: string, column: string | undefined, cell: ValueCell | undefined) => {
    // Only unreadable cells are kept: building an entry for every figure of a large workbook costs more than the check.
    if (!unreadable(cell)) return;
    const id = `${table.sheet}!${cell.cell}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ table, row, column, cell });
  };
  const addUnit = (table: BudgetTable, u: UnitBlock) => {
    addRow(table, u.menot, u);
    addRow(table, u.tulot, u);
    addRow(table, u.nettomeno, u);
  };
  const sheets = model.sheets;
  for (let s = 0; s < sheets.length; s++) {
    const tables = sheets[s].tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      switch (table.kind) {
        case "kayttotalous":
          for (let r = 0; r < table.tuotot.length; r++) addRow(table, table.tuotot[r]);
          addRow(table, table.tuototTotal);
          for (let r = 0; r < table.kulut.length; r++) addRow(table, table.kulut[r]);
          addRow(table, table.kulutTotal);
          addRow(table, table.toimintakate);
          break;
        case "yksikot":
          for (let u = 0; u < table.units.length; u++) addUnit(table, table.units[u]);
          if (table.total) addUnit(table, table.total);
          break;
        case "maararahat":
          // Its rows walked by index: no list made per table.
          for (let k = 0; k < ROLES.length; k++) {
            const r = table[ROLES[k]];
            if (!r) continue;
            addRow(table, r);
            push(table, r.label, "MUUTOS €", r.changeEur);
            push(table, r.label, "MUUTOS %", r.changePct);
          }
          break;
        case "tunnusluvut":
          for (let k = 0; k < table.items.length; k++) {
            const it = table.items[k];
            addRow(table, it.amount);
            addRow(table, it.change, it.amount);
          }
          addRow(table, table.perResident);
          for (let r = 0; r < table.others.length; r++) addRow(table, table.others[r]);
          break;
      }
    }
  }
  return out;
}
