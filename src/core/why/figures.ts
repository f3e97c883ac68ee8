import Decimal from "decimal.js";
import { BudgetModel, BudgetTable, LabeledRow, ValueCell, YearColumn } from "../model";
import { CellRef, cellKey } from "../relations/equation";
import { POSITION_COLUMNS, positionOf, positionOfA1, readsAsPosition } from "../relations/position";
import { SheetFigureCell, SheetValueCell } from "../recognize/sheetValueCell";
import { BySheet } from "./bySheet";
import { a1 as addressOf } from "../cell";

/**
 * What a repair may change: an input figure (a line item, a unit's MENOT or TULOT, a tunnusluku
 * amount, a statement's TA-muutokset) or a figure computed from others (a total, NETTOMENO, a
 * percentage, a statement's Poikkeama or Muutos beside the years). Inputs are preferred as
 * causes: a typed figure is wrong more often than a sum of typed figures.
 */
export type FigureRole = "input" | "derived";

/** Euros, or a ratio shown rounded (Muutos %, €/asukas): changes of the two are not comparable. */
export type FigureUnit = "euro" | "ratio";

export interface Figure {
  ref: CellRef;
  /** `cellKey(ref)`: the search reads a cell's key from its figure. */
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
  /**
   * Optional: `at` of the cell at the 0-based `row` and `col` of `sheet` (as `Equation.eachCell`
   * visits it), with no address or `CellRef` made to ask.
   */
  atCell?(sheet: string, row: number, col: number): Figure | undefined;
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
  /** The row's label, or a lone cell's. */
  label: string;
  /** What the label is named under (a unit, a heading), when anything: `Kelkkareitit` of `Kelkkareitit: MENOT`. */
  of?: string;
  row?: LabeledRow;
  columns?: readonly YearColumn[];
  /** A lone cell (a Muutos € beside its row) and its column's label. */
  cell?: ValueCell;
  column?: string;
  /** The row's cells in year columns, shared by its figures' `siblings`: made when first asked for. */
  years?: Years;
  /** How a reader names its figures' row, shared by them: made when the first is. */
  name?: string;
  /** A row's indexes of its cells in year columns, shared by its figures' siblings: made when first asked for. */
  yearIndexes?: number[];
  /** A row's figures asked for, by their index in its cells. */
  figures?: (PlacedFigure | undefined)[];
  /** A lone cell's figure, once asked for. */
  figure?: PlacedFigure;
}

/**
 * Every figure cell of the model's tables, looked up by sheet and cell. A check asks for the few
 * figures around its failing equations, so the index records where each cell of a sheet sits when
 * the sheet is first asked about and makes a cell's `Figure` only when asked. Cells are held by
 * their position (relations/position.ts) in rows of columns: recording one is two array stores
 * and finding one two array loads, where a Map by address text hashed a string for each.
 */
export class ModelFigures implements FigureIndex {
  private tables: Map<string, BudgetTable[]> | null = null;
  private readonly sheets = new BySheet<SheetFigures>();

  constructor(private readonly model: BudgetModel) {}

  at(ref: CellRef): Figure | undefined {
    return this.sheets.getOrMake(ref.sheet, this.placesOn).at(ref.cell);
  }

  atCell(sheet: string, row: number, col: number): Figure | undefined {
    return this.sheets.getOrMake(sheet, this.placesOn).atCell(row, col);
  }

  /** A sheet's figure cells, placed when the sheet is first asked about (a failing one). */
  private readonly placesOn = (sheet: string): SheetFigures => {
    this.tables ??= tablesBySheet(this.model);
    return new SheetFigures(this.tables.get(sheet) ?? []);
  };

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

/**
 * One sheet's figure cells; a cell placed twice keeps the later place, as a Map would. The places
 * (a row of a table, or a lone cell) are numbered as placed, and each cell's place and index in
 * its row are written into two integer grids over the box the sheet's figures fill, at the cell's
 * position: a lookup is two array loads, with no list of places per sheet row to scan and no list
 * of positions made for each row asked about. A sheet whose box would be mostly empty (a far cell)
 * keeps its cells in a Map by position instead. A cell whose address is not as `a1` writes it (none
 * of the engine's own) is kept by its text.
 */
class SheetFigures {
  private readonly places: Place[] = [];
  // The box's extent, and the count of cells placed by position, while placing.
  private height = 0;
  private width = 0;
  private count = 0;
  // By row × width + column within the box: the place's number + 1 (0: no figure) and the index
  // in its row's cells (−1: a lone cell).
  private placeAt: Int32Array = NO_CELLS;
  private indexAt: Int32Array = NO_CELLS;
  private sparse: Map<number, { place: number; index: number }> | null = null;
  private odd: Map<string, Place | PlacedFigure> | null = null;

  constructor(tables: readonly BudgetTable[]) {
    walkPlaces(tables, this);
    const area = this.height * this.width;
    if (area <= SPARSE_FACTOR * this.count + DENSE_ALWAYS) {
      this.placeAt = new Int32Array(area);
      this.indexAt = new Int32Array(area);
    } else this.sparse = new Map();
    // In the order placed: a later place's cell overwrites an earlier one's, a later index of a
    // row an earlier one.
    const places = this.places;
    for (let p = 0; p < places.length; p++) {
      const place = places[p];
      if (place.row) {
        const cells = place.row.cells;
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i];
          if (cell) this.record(positionOfCell(cell), p, i);
        }
      } else this.record(positionOfCell(place.cell as ValueCell), p, -1);
    }
  }

  /** Places a row: its cells by position, once the sheet's box is known (in the constructor). */
  placeRow(place: Place, cells: readonly (ValueCell | undefined)[]): void {
    this.places.push(place);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell) this.extend(place, cell);
    }
  }

  /** Places a lone cell (a Muutos € beside its row, an amendment). */
  placeCell(place: Place, cell: ValueCell): void {
    this.places.push(place);
    this.extend(place, cell);
  }

  /** Widens the box to hold the cell; a cell kept by its text is kept so here. */
  private extend(place: Place, cell: ValueCell): void {
    let row: number;
    let col: number;
    if ((cell instanceof SheetFigureCell || cell instanceof SheetValueCell) && readsAsPosition(cell.row, cell.col)) {
      row = cell.row;
      col = cell.col;
    } else {
      const at = positionOfA1(cell.cell);
      if (at < 0) {
        (this.odd ??= new Map()).set(cell.cell, place);
        return;
      }
      row = Math.floor(at / POSITION_COLUMNS);
      col = at - row * POSITION_COLUMNS;
    }
    if (row >= this.height) this.height = row + 1;
    if (col >= this.width) this.width = col + 1;
    this.count++;
  }

  private record(at: number, place: number, index: number): void {
    if (at < 0) return;
    const row = Math.floor(at / POSITION_COLUMNS);
    const col = at - row * POSITION_COLUMNS;
    if (this.sparse) this.sparse.set(at, { place, index });
    else {
      const k = row * this.width + col;
      this.placeAt[k] = place + 1;
      this.indexAt[k] = index;
    }
  }

  at(a1: string): Figure | undefined {
    const at = positionOfA1(a1);
    if (at < 0) {
      const held = this.odd?.get(a1);
      if (held === undefined || held instanceof PlacedFigure) return held;
      const figure = figureAt(held, a1, held.row ? lastIndex(held.row.cells, a1) : -1);
      (this.odd as Map<string, Place | PlacedFigure>).set(a1, figure);
      return figure;
    }
    const row = Math.floor(at / POSITION_COLUMNS);
    const col = at - row * POSITION_COLUMNS;
    if (this.sparse) {
      const held = this.sparse.get(at);
      return held && this.figureOf(this.places[held.place], a1, held.index);
    }
    if (row >= this.height || col >= this.width) return undefined;
    const k = row * this.width + col;
    const place = this.placeAt[k];
    return place === 0 ? undefined : this.figureOf(this.places[place - 1], a1, this.indexAt[k]);
  }

  /** `at` of the cell at the 0-based row and column: the same lookup, from the position. */
  atCell(row: number, col: number): Figure | undefined {
    // An address no position reads is kept by its text.
    if (!readsAsPosition(row, col)) return this.at(addressOf(row, col));
    if (this.sparse) {
      const held = this.sparse.get(positionOf(row, col));
      return held && this.figureOf(this.places[held.place], undefined, held.index);
    }
    if (row >= this.height || col >= this.width) return undefined;
    const k = row * this.width + col;
    const place = this.placeAt[k];
    return place === 0 ? undefined : this.figureOf(this.places[place - 1], undefined, this.indexAt[k]);
  }

  /**
   * The place's figure at index `i` of its row's cells (−1: the lone cell), made once; `address`:
   * the cell's as asked (its own cell's address when asked by position: the same text).
   */
  private figureOf(place: Place, address: string | undefined, i: number): PlacedFigure {
    if (i < 0) return (place.figure ??= figureAt(place, address ?? (place.cell as ValueCell).cell, -1));
    // Kept with its place, one slot per cell of the row, for the rows asked about: a Map of the
    // figures asked for by position (twelve thousand a check) grew its tables by rehashing.
    const made = (place.figures ??= new Array<PlacedFigure | undefined>((place.row as LabeledRow).cells.length));
    return (made[i] ??= figureAt(place, address ?? ((place.row as LabeledRow).cells[i] as ValueCell).cell, i));
  }
}

// A sheet's box of figure cells is kept as grids when it has at most this many cells per figure,
// or is this small; a sheet with a far cell or two keeps its figures by position in a Map.
const SPARSE_FACTOR = 16;
const DENSE_ALWAYS = 4096;
const NO_CELLS = new Int32Array(0);

/** Every figure cell of the model's tables by `cellKey`. */
export function indexFigures(model: BudgetModel): ModelFigures {
  return new ModelFigures(model);
}

/**
 * The position a lookup by the cell's address finds it at (−1: kept by its text). Recognition's
 * cells write their address from their row and column, so those give it: reading `cell` would
 * make the address text of every figure of a sheet, and the model would keep them all.
 */
function positionOfCell(cell: ValueCell): number {
  if ((cell instanceof SheetFigureCell || cell instanceof SheetValueCell) && readsAsPosition(cell.row, cell.col)) {
    return positionOf(cell.row, cell.col);
  }
  return positionOfA1(cell.cell);
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

/** The figure at `a1` of its place, the `index`-th of its row's cells (−1: none). */
function figureAt(place: Place, a1: string, index: number): PlacedFigure {
  // A lone cell (a Muutos € beside its row) has no row of years around it.
  return new PlacedFigure(place, a1, !place.row || !place.columns ? -1 : index);
}

/**
 * A figure read from where it sits. A check makes thousands and reads little of most: its key,
 * Decimal and row's other years are worked out when first asked for, on the prototype (no
 * closures per figure).
 */
class PlacedFigure implements Figure {
  readonly ref: CellRef;
  readonly cell: ValueCell;
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
    // Every field set here, `undefined` too, so every figure has one shape: those set later (its
    // key, its siblings) grew most figures by a separate store for the fields added.
    this.keyText = undefined;
    this.siblingList = undefined;
  }

  // Its role, unit, row name and column are its place's, read from there: four fields fewer in
  // each of the thousands of figures a check makes.
  get role(): FigureRole {
    return this.place.role;
  }

  get unit(): FigureUnit {
    return this.place.unit;
  }

  /** Named when first read: a row's figures share one name, made once for the place. */
  get row(): string {
    const place = this.place;
    return (place.name ??= place.of === undefined ? place.label : `${place.of}: ${place.label}`);
  }

  get column(): string | undefined {
    const place = this.place;
    return this.index >= 0 ? place.columns![this.index]?.label : place.column;
  }

  get key(): string {
    return (this.keyText ??= cellKey(this.ref));
  }

  // The figure's Decimal is made when a repair reads it: most figures indexed are only summed in units.
  get value(): Decimal | null {
    return numberOf(this.cell);
  }

  /** `siblingCells` of a placed figure: the row's cells in year columns but its own. */
  siblingCells(out: ValueCell[]): number {
    const i = this.index;
    if (i < 0) return 0;
    const place = this.place;
    const indexes = (place.yearIndexes ??= yearIndexesOf(place));
    const cells = place.row!.cells;
    let n = 0;
    for (let k = 0; k < indexes.length; k++) {
      const j = indexes[k];
      if (j !== i) out[n++] = cells[j];
    }
    return n;
  }

  // Worked out on demand, from the row's years made once for all its figures: most figures a
  // repair tries ask for them, and each made a labelled pair for each of its row's cells.
  get siblings(): Figure["siblings"] {
    if (!this.siblingList) {
      const i = this.index;
      if (i < 0) return (this.siblingList = NO_SIBLINGS);
      const years = (this.place.years ??= yearsOf(this.place));
      // The row's years without the figure's own: a copy of their exact length (a list grown by
      // pushes reserved twice its room, kept with the figure to the end of the analysis), or the
      // row's list itself when the figure sits in no year column.
      const own = years.indexes.indexOf(i);
      if (own < 0) return (this.siblingList = years.cells);
      // Copied by hand: `copyWithin` and a shortened length cost more than the copy itself.
      const cells = years.cells;
      const list = new Array<Sibling>(cells.length - 1);
      for (let k = 0; k < own; k++) list[k] = cells[k];
      for (let k = own + 1; k < cells.length; k++) list[k - 1] = cells[k];
      this.siblingList = list;
    }
    return this.siblingList;
  }
}

type Sibling = Figure["siblings"][number];

// Shared by the lone cells' figures, never changed.
const NO_SIBLINGS: Figure["siblings"] = [];

/** A row's cells that sit in a year column, with its label, and their indexes in the row. */
interface Years {
  cells: Sibling[];
  indexes: number[];
}

function yearsOf(place: Place): Years {
  const cells = place.row!.cells;
  const columns = place.columns!;
  const indexes = (place.yearIndexes ??= yearIndexesOf(place));
  const years: Years = { cells: new Array<Sibling>(indexes.length), indexes };
  for (let k = 0; k < indexes.length; k++) {
    const j = indexes[k];
    years.cells[k] = { column: columns[j].label, cell: cells[j] };
  }
  return years;
}

/**
 * The indexes in a row's cells of those in a year column. Counted first, so that the list is
 * made at its length: kept with the place to the end of the analysis, a list grown by pushes
 * reserved several times its room (thousands of rows).
 */
function yearIndexesOf(place: Place): number[] {
  const cells = place.row!.cells;
  const columns = place.columns!;
  let n = 0;
  for (let j = 0; j < cells.length; j++) if (cells[j] && columns[j]) n++;
  const indexes = new Array<number>(n);
  let k = 0;
  for (let j = 0; j < cells.length; j++) if (cells[j] && columns[j]) indexes[k++] = j;
  return indexes;
}

/**
 * The cells of a figure's `siblings`, in their order, written into `out` (its count returned):
 * read from the row where the figure was placed, without the labelled pairs `siblings` makes for
 * the row and the list it makes for the figure. The slips asked for every figure tried (six
 * thousand a check at 200 sheets) and read only the cells.
 */
export function siblingCells(figure: Figure, out: ValueCell[]): number {
  if (figure instanceof PlacedFigure) return figure.siblingCells(out);
  const siblings = figure.siblings;
  for (let k = 0; k < siblings.length; k++) out[k] = siblings[k].cell;
  return siblings.length;
}

function lastIndex(cells: readonly (ValueCell | undefined)[], a1: string): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]?.cell === a1) return i;
  return -1;
}

/** Where the places of a model's tables go: a row with its cells, or a lone cell. */
interface PlaceSink {
  placeRow(place: Place, cells: readonly (ValueCell | undefined)[]): void;
  placeCell(place: Place, cell: ValueCell): void;
}

/** Calls `visit` for every figure cell of the model's tables, in table order. */
function walkFigures(tables: Iterable<BudgetTable>, visit: (place: Place, cell: ValueCell) => void): void {
  walkPlaces(tables, {
    placeRow(place, cells) {
      for (const cell of cells) if (cell) visit(place, cell);
    },
    placeCell: visit,
  });
}

function addRow(sink: PlaceSink, sheet: string, row: LabeledRow | undefined, columns: readonly YearColumn[], role: FigureRole, of?: string, unit: FigureUnit = "euro"): void {
  if (!row) return;
  sink.placeRow({ sheet, role, unit, label: row.label ?? "", of, row, columns, years: undefined, name: undefined, yearIndexes: undefined, figures: undefined }, row.cells);
}

function addRows(sink: PlaceSink, sheet: string, rows: readonly (LabeledRow | undefined)[], columns: readonly YearColumn[], role: FigureRole, of?: string): void {
  for (let i = 0; i < rows.length; i++) addRow(sink, sheet, rows[i], columns, role, of);
}

function addCell(sink: PlaceSink, sheet: string, cell: ValueCell | undefined, role: FigureRole, label: string, column: string, unit: FigureUnit, of?: string): void {
  if (!cell) return;
  sink.placeCell({ sheet, role, unit, label, of, column, cell, name: undefined, figure: undefined }, cell);
}

/** Hands every place of the model's tables to `sink`, in table order: a row once, with its cells. */
function walkPlaces(tables: Iterable<BudgetTable>, sink: PlaceSink): void {
  for (const t of tables) {
    const s = t.sheet;
    switch (t.kind) {
      case "kayttotalous":
        addRows(sink, s, t.tuotot, t.columns, "input");
        addRows(sink, s, t.kulut, t.columns, "input");
        addRow(sink, s, t.tuototTotal, t.columns, "derived");
        addRow(sink, s, t.kulutTotal, t.columns, "derived");
        addRow(sink, s, t.toimintakate, t.columns, "derived");
        break;
      case "yksikot":
        for (const u of t.units) {
          addRow(sink, s, u.menot, t.columns, "input", u.name);
          addRow(sink, s, u.tulot, t.columns, "input", u.name);
          addRow(sink, s, u.nettomeno, t.columns, "derived", u.name);
        }
        if (t.total) {
          addRow(sink, s, t.total.menot, t.columns, "derived", t.total.name);
          addRow(sink, s, t.total.tulot, t.columns, "derived", t.total.name);
          addRow(sink, s, t.total.nettomeno, t.columns, "derived", t.total.name);
        }
        break;
      case "maararahat":
        for (const r of [t.menot, t.tulot, t.nettomeno]) {
          if (!r) continue;
          addRow(sink, s, r, t.columns, "derived");
          addCell(sink, s, r.changeEur, "derived", r.label, "MUUTOS €", "euro");
          addCell(sink, s, r.changePct, "derived", r.label, "MUUTOS %", "ratio");
        }
        break;
      case "tunnusluvut":
        for (const item of t.items) {
          addRow(sink, s, item.amount, t.columns, "input");
          if (item.change) addRow(sink, s, item.change, t.columns, "derived", item.amount.label, "ratio");
        }
        addRow(sink, s, t.perResident, t.columns, "derived", undefined, "ratio");
        break;
      default:
        // Statements (tuloslaskelma, rahoituslaskelma, …): a `… yhteensä` is computed, a line typed.
        for (const r of t.rows) addRow(sink, s, r, t.columns, r.total ? "derived" : "input", r.heading || undefined);
        for (const c of t.changes) addRow(sink, s, c.row, t.columns, "derived", c.of.label, "ratio");
        for (const a of t.across) {
          // Amendments (TA-muutokset) are typed, their total summed from them; a Poikkeama or Muutos is worked out.
          const typed = t.columnSums?.some((sum) => sum.terms.some((x) => x.col === a.col)) ?? false;
          const column = `${t.columns[a.newIndex].label} − ${t.columns[a.oldIndex].label}`;
          // Named `row: amendment` under the row, so the name is made only for a figure asked for.
          t.rows.forEach((r, k) => addCell(sink, s, a.cells[k], typed ? "input" : "derived", a.text, column, a.kind === "change-eur" ? "euro" : "ratio", r.label));
        }
        break;
    }
  }
}

function numberOf(cell: ValueCell): Decimal | null {
  return cell.parsed.kind === "number" ? cell.parsed.value : null;
}
