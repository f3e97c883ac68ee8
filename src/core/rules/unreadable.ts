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

/**
 * The unreadable cells found so far, each once. A class, not closures made per check
 * (docs/engine-speed.md: closures).
 */
class UnreadableCells {
  readonly out: Located[] = [];
  private readonly seen = new Set<string>();

  // The row's label is made only for a row holding an unreadable cell (nearly none do): a unit's
  // row is named with its unit, a change row with its amount row.
  addRow(table: BudgetTable, row: LabeledRow | undefined, within?: UnitBlock | LabeledRow): void {
    if (!row) return;
    const cells = row.cells;
    // The kind read in place, no call per cell: every figure of the workbook passes here, and a
    // cold check (the CLI's one run) walks them in the interpreter, where each call costs.
    for (let i = 0; i < cells.length; i++) {
      const kind = cells[i]?.parsed.kind;
      if (kind === "text" || kind === "error") this.push(table, rowLabel(row, within), table.columns[i]?.label, cells[i]);
    }
  }

  push(table: BudgetTable, row: string, column: string | undefined, cell: ValueCell | undefined): void {
    // Only unreadable cells are kept: building an entry for every figure of a large workbook costs more than the check.
    if (!unreadable(cell)) return;
    const id = `${table.sheet}!${cell.cell}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.out.push({ table, row, column, cell });
  }

  addUnit(table: BudgetTable, u: UnitBlock): void {
    this.addRow(table, u.menot, u);
    this.addRow(table, u.tulot, u);
    this.addRow(table, u.nettomeno, u);
  }
}

/** Cells where a figure belongs that hold text or an error, each once. */
function unreadableCells(model: BudgetModel): Located[] {
  const found = new UnreadableCells();
  const sheets = model.sheets;
  for (let s = 0; s < sheets.length; s++) {
    const tables = sheets[s].tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      switch (table.kind) {
        case "kayttotalous":
          for (let r = 0; r < table.tuotot.length; r++) found.addRow(table, table.tuotot[r]);
          found.addRow(table, table.tuototTotal);
          for (let r = 0; r < table.kulut.length; r++) found.addRow(table, table.kulut[r]);
          found.addRow(table, table.kulutTotal);
          found.addRow(table, table.toimintakate);
          break;
        case "yksikot":
          for (let u = 0; u < table.units.length; u++) found.addUnit(table, table.units[u]);
          if (table.total) found.addUnit(table, table.total);
          break;
        case "maararahat":
          // Its rows walked by index: no list made per table.
          for (let k = 0; k < ROLES.length; k++) {
            const r = table[ROLES[k]];
            if (!r) continue;
            found.addRow(table, r);
            found.push(table, r.label, "MUUTOS €", r.changeEur);
            found.push(table, r.label, "MUUTOS %", r.changePct);
          }
          break;
        case "tunnusluvut":
          for (let k = 0; k < table.items.length; k++) {
            const it = table.items[k];
            found.addRow(table, it.amount);
            found.addRow(table, it.change, it.amount);
          }
          found.addRow(table, table.perResident);
          for (let r = 0; r < table.others.length; r++) found.addRow(table, table.others[r]);
          break;
      }
    }
  }
  return found.out;
}
