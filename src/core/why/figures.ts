import Decimal from "decimal.js";
import { BudgetModel, BudgetTable, LabeledRow, ValueCell, YearColumn } from "../model";
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

/** The figures of a workbook by cell: what the analysis asks of an index. */
export interface FigureIndex {
  at(ref: CellRef): Figure | undefined;
}

/** An index of the given figures (a few, made by hand). */
export function figureIndex(figures: Iterable<Figure>): FigureIndex {
  const byKey = new Map<string, Figure>();
  for (const f of figures) byKey.set(f.key, f);
  return { at: (ref) => byKey.get(cellKey(ref)) };
}

/** Where a figure cell sits: its row (with the table's columns) or, for a lone cell, its column. */
interface Place {
  sheet: string;
  role: FigureRole;
  unit: FigureUnit;
  label: string;
  row?: LabeledRow;
  columns?: readonly YearColumn[];
  /** A lone cell (a Muutos € beside its row) and its column's label. */
  cell?: ValueCell;
  column?: string;
}

/**
 * Every figure cell of the model's tables, looked up by sheet and cell. A check asks for the few
 * figures around its failing equations, so the index records where each cell of a sheet sits when
 * the sheet is first asked about (one entry per cell, no key built) and makes a cell's `Figure`
 * only when asked.
 */
export class ModelFigures implements FigureIndex {
  private tables: Map<string, BudgetTable[]> | null = null;
  // Each figure cell's place, replaced by its figure once made (one map per sheet, not two).
  private readonly cells = new Map<string, Map<string, Place | PlacedFigure>>();

  constructor(private readonly model: BudgetModel) {}

  at(ref: CellRef): Figure | undefined {
    let cells = this.cells.get(ref.sheet);
    if (!cells) this.cells.set(ref.sheet, (cells = this.placesOn(ref.sheet)));
    const held = cells.get(ref.cell);
    if (held === undefined || held instanceof PlacedFigure) return held;
    const figure = figureAt(held, ref.cell);
    cells.set(ref.cell, figure);
    return figure;
  }

  /** A sheet's figure cells, placed when the sheet is first asked about (a failing one). */
  private placesOn(sheet: string): Map<string, Place | PlacedFigure> {
    this.tables ??= tablesBySheet(this.model);
    return placesOf(this.tables.get(sheet) ?? []);
  }

  /** Every figure, in the order of the model's tables. */
  values(): Figure[] {
    const out = new Set<Figure>();
    walkFigures(this.model.sheets.flatMap((sheet) => sheet.tables), (place, cell) => {
      const figure = this.at({ sheet: place.sheet, cell: cell.cell });
      // A cell placed twice counts once, where it was first placed, as a Map keeps it.
      if (figure) out.add(figure);
    });
    return [...out];
  }
}

/** Every figure cell of the model's tables by `cellKey`. */
export function indexFigures(model: BudgetModel): ModelFigures {
  return new ModelFigures(model);
}

/** The places of one sheet's figure cells; a cell placed twice keeps the later place, as a Map does. */
function placesOf(tables: readonly BudgetTable[]): Map<string, Place | PlacedFigure> {
  const places = new Map<string, Place | PlacedFigure>();
  walkFigures(tables, (place, cell) => places.set(cell.cell, place));
  return places;
}

/** The model's tables by the sheet they are on, in the model's order. */
function tablesBySheet(model: BudgetModel): Map<string, BudgetTable[]> {
  const out = new Map<string, BudgetTable[]>();
  for (const sheet of model.sheets) {
    for (const t of sheet.tables) {
      const list = out.get(t.sheet);
      if (list) list.push(t);
      else out.set(t.sheet, [t]);
    }
  }
  return out;
}

function figureAt(place: Place, a1: string): PlacedFigure {
  const { row, columns } = place;
  // A lone cell (a Muutos € beside its row) has no row of years around it.
  const i = row && columns ? lastIndex(row.cells, a1) : -1;
  return new PlacedFigure(place, a1, i);
}

/**
 * A figure read from where it sits. A check makes thousands and reads little of most: its key,
 * Decimal and row's other years are worked out when first asked for, on the prototype (no
 * closures per figure).
 */
class PlacedFigure implements Figure {
  readonly ref: CellRef;
  readonly cell: ValueCell;
  readonly role: FigureRole;
  readonly unit: FigureUnit;
  readonly row: string;
  readonly column?: string;
  private keyText?: string;
  private siblingList?: Figure["siblings"];

  constructor(
    private readonly place: Place,
    a1: string,
    /** Its index in its row's cells; −1 for a lone cell. */
    private readonly index: number,
  ) {
    this.ref = { sheet: place.sheet, cell: a1 };
    this.cell = index >= 0 ? (place.row!.cells[index] as ValueCell) : (place.cell as ValueCell);
    this.role = place.role;
    this.unit = place.unit;
    this.row = place.label;
    const column = index >= 0 ? place.columns![index]?.label : place.column;
    if (column !== undefined) this.column = column;
  }

  get key(): string {
    return (this.keyText ??= cellKey(this.ref));
  }

  // The figure's Decimal is made when a repair reads it: most figures indexed are only summed in units.
  get value(): Decimal | null {
    return numberOf(this.cell);
  }

  // Few figures are ever asked for their row's other years: worked out on demand.
  get siblings(): Figure["siblings"] {
    if (!this.siblingList) {
      const i = this.index;
      const { row, columns } = this.place;
      const list: { column: string; cell: ValueCell }[] = [];
      if (i >= 0) {
        const cells = row!.cells;
        for (let j = 0; j < cells.length; j++) {
          const c = cells[j];
          if (j !== i && c && columns![j]) list.push({ column: columns![j].label, cell: c });
        }
      }
      this.siblingList = list;
    }
    return this.siblingList;
  }
}

function lastIndex(cells: readonly (ValueCell | undefined)[], a1: string): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]?.cell === a1) return i;
  return -1;
}

/** Calls `visit` for every figure cell of the model's tables, in table order. */
function walkFigures(tables: Iterable<BudgetTable>, visit: (place: Place, cell: ValueCell) => void): void {
  const addRow = (sheet: string, row: LabeledRow | undefined, columns: readonly YearColumn[], role: FigureRole, label = row?.label ?? "", unit: FigureUnit = "euro") => {
    if (!row) return;
    const place: Place = { sheet, role, unit, label, row, columns };
    for (const cell of row.cells) if (cell) visit(place, cell);
  };
  const addCell = (sheet: string, cell: ValueCell | undefined, role: FigureRole, label: string, column: string, unit: FigureUnit) => {
    if (!cell) return;
    visit({ sheet, role, unit, label, column, cell }, cell);
  };
  for (const t of tables) {
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
        for (const a of t.across) {
          // Amendments (TA-muutokset) are typed, their total summed from them; a Poikkeama or Muutos is worked out.
          const typed = t.columnSums?.some((sum) => sum.terms.some((x) => x.col === a.col)) ?? false;
          const column = `${t.columns[a.newIndex].label} − ${t.columns[a.oldIndex].label}`;
          t.rows.forEach((r, k) => addCell(s, a.cells[k], typed ? "input" : "derived", `${r.label}: ${a.text}`, column, a.kind === "change-eur" ? "euro" : "ratio"));
        }
        break;
    }
  }
}

function numberOf(cell: ValueCell): Decimal | null {
  return cell.parsed.kind === "number" ? cell.parsed.value : null;
}
