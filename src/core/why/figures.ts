import Decimal from "decimal.js";
import { BudgetModel, LabeledRow, ValueCell, YearColumn } from "../model";
import { CellRef, cellKey } from "../relations/equation";

/**
 * What a repair may change: an input figure (a line item, a unit's MENOT or TULOT, a tunnusluku
 * amount) or a figure computed from others (a total, NETTOMENO, a percentage). Inputs are
 * preferred as causes: a typed figure is wrong more often than a sum of typed figures.
 */
export type FigureRole = "input" | "derived";

/** Euros, or a ratio shown rounded (Muutos %, €/asukas): changes of the two are not comparable. */
export type FigureUnit = "euro" | "ratio";

export interface Figure {
  ref: CellRef;
  key: string;
  cell: ValueCell;
  value: Decimal | null;
  role: FigureRole;
  unit: FigureUnit;
  /** Row label as a reader names it (`Kelkkareitit: MENOT`). */
  row: string;
  /** `KIND YEAR` of its column, when it sits in a year column. */
  column?: string;
  /** The other year columns' cells of the same row, with their labels (a copied year shows here). */
  readonly siblings: { column: string; cell: ValueCell }[];
}

export type FigureIndex = Map<string, Figure>;

/** Every figure cell of the model's tables by `cellKey`. */
export function indexFigures(model: BudgetModel): FigureIndex {
  const index: FigureIndex = new Map();
  const addRow = (sheet: string, row: LabeledRow | undefined, columns: readonly YearColumn[], role: FigureRole, label = row?.label ?? "", unit: FigureUnit = "euro") => {
    if (!row) return;
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const ref = { sheet, cell: cell.cell };
      const key = cellKey(ref);
      let siblings: Figure["siblings"] | undefined;
      index.set(key, {
        ref,
        key,
        cell,
        value: numberOf(cell),
        role,
        unit,
        row: label,
        column: columns[i]?.label,
        // Few figures are ever asked for their row's other years: worked out on demand.
        get siblings() {
          siblings ??= row.cells.flatMap((c, j) => (j !== i && c && columns[j] ? [{ column: columns[j].label, cell: c }] : []));
          return siblings;
        },
      });
    });
  };
  const addCell = (sheet: string, cell: ValueCell | undefined, role: FigureRole, label: string, column: string, unit: FigureUnit) => {
    if (!cell) return;
    const ref = { sheet, cell: cell.cell };
    index.set(cellKey(ref), { ref, key: cellKey(ref), cell, value: numberOf(cell), role, unit, row: label, column, siblings: [] });
  };
  for (const sheet of model.sheets) {
    for (const t of sheet.tables) {
      const s = t.sheet;
      switch (t.kind) {
        case "kayttotalous":
          for (const r of [...t.tuotot, ...t.kulut]) addRow(s, r, t.columns, "input");
          for (const r of [t.tuototTotal, t.kulutTotal, t.toimintakate]) addRow(s, r, t.columns, "derived");
          break;
        case "yksikot":
          for (const u of t.units) {
            addRow(s, u.menot, t.columns, "input", u.menot && `${u.name}: ${u.menot.label}`);
            addRow(s, u.tulot, t.columns, "input", u.tulot && `${u.name}: ${u.tulot.label}`);
            addRow(s, u.nettomeno, t.columns, "derived", u.nettomeno && `${u.name}: ${u.nettomeno.label}`);
          }
          if (t.total) for (const r of [t.total.menot, t.total.tulot, t.total.nettomeno]) addRow(s, r, t.columns, "derived", r && `${t.total.name}: ${r.label}`);
          break;
        case "maararahat":
          for (const r of [t.menot, t.tulot, t.nettomeno]) {
            if (!r) continue;
            addRow(s, r, t.columns, "derived");
            addCell(s, r.changeEur, "derived", r.label, "MUUTOS €", "euro");
            addCell(s, r.changePct, "derived", r.label, "MUUTOS %", "ratio");
          }
          break;
        case "tunnusluvut":
          for (const item of t.items) {
            addRow(s, item.amount, t.columns, "input");
            if (item.change) addRow(s, item.change, t.columns, "derived", `${item.amount.label}: ${item.change.label}`, "ratio");
          }
          addRow(s, t.perResident, t.columns, "derived", t.perResident?.label, "ratio");
          break;
        default:
          // Statements (tuloslaskelma, rahoituslaskelma, …): a `… yhteensä` is computed, a line typed.
          for (const r of t.rows) addRow(s, r, t.columns, r.total ? "derived" : "input", r.heading ? `${r.heading}: ${r.label}` : r.label);
          for (const c of t.changes) addRow(s, c.row, t.columns, "derived", `${c.of.label}: ${c.row.label}`, "ratio");
          break;
      }
    }
  }
  return index;
}

function numberOf(cell: ValueCell): Decimal | null {
  return cell.parsed.kind === "number" ? cell.parsed.value : null;
}
