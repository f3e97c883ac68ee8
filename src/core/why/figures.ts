import Decimal from "decimal.js";
import { BudgetModel, BudgetTable, KayttotalousTable, LabeledRow, MaararahatRow, MaararahatTable, StatementTable, TunnusluvutTable, ValueCell, YearColumn, YksikotTable } from "../model";
import { CellRef, cellKey } from "../relations/equation";
import { POSITION_COLUMNS, positionOf, positionOfA1, readsAsPosition } from "../relations/position";
import { SheetFigureCell, SheetValueCell } from "../recognize/sheetValueCell";
import { BySheet } from "./bySheet";
import { GridSpace } from "./gridSpace";
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

// What a place is, by the part of its table it is read from (as `walkPlaces` reads them): `a`
// (and for a statement's change column `b`) finds it there again. A place is these numbers only
// until one of its figures is asked for: a check places every row of each sheet its search
// touches (twelve thousand at 200 sheets), and asks for the figures of half of them.
const KT_TUOTOT = 0; // tuotot[a]
const KT_KULUT = 1; // kulut[a]
const KT_TUOTOT_TOTAL = 2;
const KT_KULUT_TOTAL = 3;
const KT_TOIMINTAKATE = 4;
const YK_MENOT = 5; // units[a].menot
const YK_TULOT = 6;
const YK_NETTOMENO = 7;
const YK_TOTAL_MENOT = 8; // total.menot
const YK_TOTAL_TULOT = 9;
const YK_TOTAL_NETTOMENO = 10;
const MR_ROW = 11; // [menot, tulot, nettomeno][a]
const MR_CHANGE_EUR = 12; // [menot, tulot, nettomeno][a].changeEur, a lone cell
const MR_CHANGE_PCT = 13;
const TL_AMOUNT = 14; // items[a].amount
const TL_CHANGE = 15; // items[a].change
const TL_PER_RESIDENT = 16;
const ST_ROW = 17; // rows[a]
const ST_CHANGE = 18; // changes[a].row
const ST_ACROSS = 19; // across[a].cells[b], a lone cell beside rows[b]

// A place's flags, beside its kind and table in its first number.
const DERIVED = 1;
const RATIO = 2;
const KIND_SHIFT = 2;
const KIND_MASK = 31;
const TABLE_SHIFT = 7;

/** Where the places of a table go, as numbers: the row or lone cell itself to place its cells. */
interface PlaceSink {
  place(kind: number, flags: number, a: number, b: number, row: LabeledRow | undefined, cell: ValueCell | undefined): void;
}

/**
 * Every figure cell of the model's tables, looked up by sheet and cell. A check asks for the few
 * figures around its failing equations, so the index records where each cell of a table sits when
 * a cell of the table is first asked about and makes a cell's `Figure` only when asked. Cells are held by
 * their position (relations/position.ts) in rows of columns: recording one is two array stores
 * and finding one two array loads, where a Map by address text hashed a string for each.
 */
export class ModelFigures implements FigureIndex {
  private tables: Map<string, BudgetTable[]> | null = null;
  private readonly sheets = new BySheet<SheetFigures>();
  private readonly grids = new GridSpace();

  constructor(private readonly model: BudgetModel) {}

  at(ref: CellRef): Figure | undefined {
    return this.sheets.getOrMake(ref.sheet, this.placesOn).at(ref.cell);
  }

  atCell(sheet: string, row: number, col: number): Figure | undefined {
    return this.sheets.getOrMake(sheet, this.placesOn).atCell(row, col);
  }

  /** A sheet's figure index, made when the sheet is first asked about (a failing one). */
  private readonly placesOn = (sheet: string): SheetFigures => {
    this.tables ??= tablesBySheet(this.model);
    return new SheetFigures(sheet, this.tables.get(sheet) ?? [], this.grids);
  };

  /** Every figure, in the order of the model's tables. */
  values(): Figure[] {
    const out = new Set<Figure>();
    for (const sheet of this.model.sheets) {
      for (const t of sheet.tables) {
        walkPlaces(t, {
          place: (_kind, _flags, _a, _b, row, cell) => {
            const cells = row ? row.cells : [cell];
            for (const c of cells) {
              // A cell placed twice counts once, where it was first placed, as a Map keeps it.
              const figure = c && this.at({ sheet: t.sheet, cell: c.cell });
              if (figure) out.add(figure);
            }
          },
        });
      }
    }
    return [...out];
  }
}

const PLACE_FIELDS = 3;
const CELL_FIELDS = 3;

/**
 * One sheet's figure cells; a cell placed twice keeps the later place (in the order of the tables
 * and of their rows), as a Map would. The places (a row of a table, or a lone cell) are kept as
 * numbers: their table, kind and flags, and where in the table they are read from. Each table
 * has a range of place numbers of its own, in the tables' order, so a later place has a larger
 * number whichever table was placed first. Each cell's place and index in its row are written
 * into an integer grid over the box the sheet's tables fill, at the cell's position: a lookup is
 * two array loads. A sheet whose box would be mostly empty (a far table) keeps its cells in a Map
 * by position instead, as it does a cell outside its tables. A cell whose address is not as `a1`
 * writes it (none of the engine's own) is kept by its text.
 *
 * A table is placed when a cell within its extent is first asked about: the searches ask about the
 * cells of the failing equations' tables, and a sheet's other tables were walked cell by cell for
 * nothing (at 200 sheets, 333 of 800 tables and 11 145 of 52 250 cells: every määrärahat table and
 * the unit blocks of two sheets in three). A table's cells lie within its extent, as recognition reads it, or
 * outside every table's: a cell no extent holds is looked for once every table of the sheet is
 * placed, as is one asked about by an address that gives no position. A table read without a
 * sound extent (a made-up model), and a sheet kept in a Map, are placed at the sheet's first lookup.
 */
class SheetFigures implements PlaceSink {
  // The place numbers the sheet's tables may take (some go unused): `made` is sized by it.
  private count = 0;
  // Three numbers a place: its table, kind and flags, and where in the table it is read from
  // (`a`, `b` of `PlaceSink.place`).
  private readonly places: Int32Array;
  // Each table's first place number, and the next one while it is being walked.
  private readonly firstPlace: Int32Array;
  private nextPlace = 0;
  // Tables not yet placed: each one's own flag, and their count.
  private readonly placed: Uint8Array;
  private unplaced: number;
  // By row of the box, a bit for each table not yet placed whose extent holds the row (the first
  // 31 tables; others are placed with the sheet): a lookup reads one number to know whether a
  // table is to be placed first, with no walk over the sheet's tables at every lookup.
  private pendingRows: Int32Array = NO_CELLS;
  // The box the grid covers: from the sheet's first row and column to the tables' last.
  private height = 0;
  private width = 0;
  // Three numbers for each cell of the box, by row × width + column: the place's number + 1 (0: no
  // figure), the index in its row's cells (−1: a lone cell) and the figure's number in `made` + 1
  // once made. One buffer a sheet: each typed array is an object on the heap and a buffer to free.
  private grid: Int32Array = NO_CELLS;
  // Cells outside the box (all of a sheet whose box would be mostly empty), by position.
  private far: Map<number, { place: number; index: number }> | null = null;
  private odd: Map<string, number | PlacedFigure> | null = null;
  // The figures made, kept by their cell in `grid` (or in `madeFar`), none for those never asked for.
  // Made with a slot for each place when the first is (fewer figures are asked for a sheet than it
  // has places): a list grown by pushes from empty allocated three times its length.
  private made: PlacedFigure[] | null = null;
  private madeCount = 0;
  private madeFar: Map<number, PlacedFigure> | null = null;
  // The table being walked, while placing.
  private table = 0;

  constructor(
    readonly sheet: string,
    private readonly tables: readonly BudgetTable[],
    grids: GridSpace,
  ) {
    // The box is the tables' extents as recognition read them, known before their cells are: each
    // cell is recorded as it is walked, in one pass. A cell outside them is still found (in `far`).
    // The grid is kept to a few cells per figure cell the tables can hold, counted from their
    // lists: an extent far larger than its table's rows (a far cell) puts the sheet in the Map.
    let height = 0;
    let width = 0;
    let cells = 0;
    const firstPlace = new Int32Array(tables.length + 1);
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      cells += cellsOf(table);
      firstPlace[t + 1] = firstPlace[t] + placesOf(table);
      if (!hasExtent(table)) continue;
      height = Math.max(height, table.bottom + 1);
      width = Math.max(width, table.right + 1);
    }
    const area = height * width;
    if (area <= SPARSE_FACTOR * cells + DENSE_ALWAYS) {
      this.height = height;
      this.width = width;
      this.grid = grids.take(area * CELL_FIELDS);
    }
    this.count = firstPlace[tables.length];
    this.firstPlace = firstPlace;
    this.places = grids.take(this.count * PLACE_FIELDS);
    this.placed = new Uint8Array(tables.length);
    this.unplaced = tables.length;
    // A sheet kept in a Map (a vast extent) has no rows to note tables by: it is placed whole.
    if (this.grid === NO_CELLS) {
      this.placeAll();
      return;
    }
    const pending = (this.pendingRows = grids.take(height));
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      if (t >= PENDING_BITS || !hasExtent(table)) this.placeTable(t);
      else for (let r = table.top; r <= table.bottom; r++) pending[r] |= 1 << t;
    }
  }

  /** Walks table `t` and records its places' cells, once. */
  private placeTable(t: number): void {
    if (this.placed[t]) return;
    this.placed[t] = 1;
    this.unplaced--;
    const table = this.tables[t];
    if (this.pendingRows !== NO_CELLS && t < PENDING_BITS && hasExtent(table)) {
      for (let r = table.top; r <= table.bottom; r++) this.pendingRows[r] &= ~(1 << t);
    }
    this.table = t;
    this.nextPlace = this.firstPlace[t];
    walkPlaces(table, this);
  }

  /** Places the tables of `pending` (bits of tables whose extent holds the row) whose extent holds the column. */
  private placeAround(pending: number, col: number): void {
    for (let t = 0; pending !== 0; t++, pending >>>= 1) {
      if ((pending & 1) === 0) continue;
      const table = this.tables[t];
      if (col >= table.left && col <= table.right) this.placeTable(t);
    }
  }

  /** Whether a table's extent holds the cell: where not, a table's cell outside its own extent may lie there. */
  private inExtent(row: number, col: number): boolean {
    for (const t of this.tables) if (hasExtent(t) && row >= t.top && row <= t.bottom && col >= t.left && col <= t.right) return true;
    return false;
  }

  private placeAll(): void {
    for (let t = 0; this.unplaced > 0 && t < this.tables.length; t++) this.placeTable(t);
  }

  /** Records a place's cells (a `PlaceSink`). */
  place(kind: number, flags: number, a: number, b: number, row: LabeledRow | undefined, cell: ValueCell | undefined): void {
    const p = this.nextPlace++;
    // `placesOf` counts what `walkPlaces` may place: past it, this table's places would take the
    // next table's numbers and its cells would be found as that table's.
    if (p >= this.firstPlace[this.table + 1]) throw new Error(`figure index: table ${this.table} of ${this.sheet} has more places than placesOf counts`);
    const at = p * PLACE_FIELDS;
    const places = this.places;
    places[at] = (this.table << TABLE_SHIFT) | (kind << KIND_SHIFT) | flags;
    places[at + 1] = a;
    places[at + 2] = b;
    if (row) {
      const cells = row.cells;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (c) this.record(c, p, i);
      }
    } else this.record(cell as ValueCell, p, -1);
  }

  /**
   * Records the cell at the position a lookup by its address finds it at, unless a later place
   * (a larger number) holds it already. Recognition's cells write their address from their row and
   * column, so those give it: reading `cell` would make the address text of every figure of a
   * sheet. Others are read from their address, and kept by their text when no position reads it.
   */
  private record(cell: ValueCell, place: number, index: number): void {
    let row: number;
    let col: number;
    if ((cell instanceof SheetFigureCell || cell instanceof SheetValueCell) && readsAsPosition(cell.row, cell.col)) {
      row = cell.row;
      col = cell.col;
    } else {
      const at = positionOfA1(cell.cell);
      if (at < 0) {
        const odd = (this.odd ??= new Map());
        const held = odd.get(cell.cell);
        if (!(typeof held === "number" && held > place)) odd.set(cell.cell, place);
        return;
      }
      row = Math.floor(at / POSITION_COLUMNS);
      col = at - row * POSITION_COLUMNS;
    }
    if (row < this.height && col < this.width) {
      const k = (row * this.width + col) * CELL_FIELDS;
      const grid = this.grid;
      if (grid[k] > place + 1) return;
      // A figure made for an earlier place of the cell goes with it (a table's cell outside its extent).
      if (grid[k] !== place + 1) grid[k + 2] = 0;
      grid[k] = place + 1;
      grid[k + 1] = index;
      return;
    }
    const at = positionOf(row, col);
    const far = (this.far ??= new Map());
    const held = far.get(at);
    if (held && held.place > place) return;
    if (held && held.place !== place) this.madeFar?.delete(at);
    far.set(at, { place, index });
  }

  at(a1: string): Figure | undefined {
    const at = positionOfA1(a1);
    if (at < 0) {
      this.placeAll();
      const held = this.odd?.get(a1);
      if (held === undefined || held instanceof PlacedFigure) return held;
      const row = this.rowOf(held);
      const figure = this.figureAt(held, a1, row ? lastIndex(row.cells, a1) : -1);
      (this.odd as Map<string, number | PlacedFigure>).set(a1, figure);
      return figure;
    }
    const row = Math.floor(at / POSITION_COLUMNS);
    return this.placedAt(row, at - row * POSITION_COLUMNS, at, a1);
  }

  /** `at` of the cell at the 0-based row and column: the same lookup, from the position. */
  atCell(row: number, col: number): Figure | undefined {
    // An address no position reads is kept by its text.
    if (!readsAsPosition(row, col)) return this.at(addressOf(row, col));
    return this.placedAt(row, col, -1, undefined);
  }

  /** `found` once the tables that may hold the cell are placed. */
  private placedAt(row: number, col: number, at: number, address: string | undefined): PlacedFigure | undefined {
    if (this.unplaced > 0) {
      // The box holds every extent: a cell outside it is in none.
      if (row >= this.height || col >= this.width) this.placeAll();
      else if (this.pendingRows[row] !== 0) this.placeAround(this.pendingRows[row], col);
    }
    const figure = this.found(row, col, at, address);
    if (figure || this.unplaced === 0 || this.inExtent(row, col)) return figure;
    this.placeAll();
    return this.found(row, col, at, address);
  }

  /**
   * The figure at a position (`at`: the position's number, −1 when not worked out), made once;
   * `address`: the cell's as asked (its own cell's address when asked by position: the same text).
   */
  private found(row: number, col: number, at: number, address: string | undefined): PlacedFigure | undefined {
    if (row >= this.height || col >= this.width) {
      if (!this.far) return undefined;
      if (at < 0) at = positionOf(row, col);
      const held = this.far.get(at);
      if (!held) return undefined;
      const made = (this.madeFar ??= new Map());
      let figure = made.get(at);
      if (!figure) made.set(at, (figure = this.figureAt(held.place, address, held.index)));
      return figure;
    }
    const grid = this.grid;
    const k = (row * this.width + col) * CELL_FIELDS;
    const place = grid[k];
    if (place === 0) return undefined;
    const m = grid[k + 2];
    if (m > 0) return (this.made as PlacedFigure[])[m - 1];
    const figure = this.figureAt(place - 1, address, grid[k + 1]);
    const made = (this.made ??= new Array<PlacedFigure>(Math.min(this.count, MADE_AT_FIRST)));
    made[this.madeCount++] = figure;
    grid[k + 2] = this.madeCount;
    return figure;
  }

  /** The place's figure at index `i` of its row's cells (−1: its lone cell). */
  private figureAt(place: number, address: string | undefined, i: number): PlacedFigure {
    const row = this.rowOf(place);
    const cell = row && i >= 0 ? (row.cells[i] as ValueCell) : this.loneCellOf(place);
    // A lone cell (a Muutos € beside its row) has no row of years around it.
    return new PlacedFigure(this, place, row ? i : -1, address ?? cell.cell, cell);
  }

  private kindOf(place: number): number {
    return (this.places[place * PLACE_FIELDS] >> KIND_SHIFT) & KIND_MASK;
  }

  private tableOf(place: number): BudgetTable {
    return this.tables[this.places[place * PLACE_FIELDS] >> TABLE_SHIFT];
  }

  roleOf(place: number): FigureRole {
    return this.places[place * PLACE_FIELDS] & DERIVED ? "derived" : "input";
  }

  unitOf(place: number): FigureUnit {
    return this.places[place * PLACE_FIELDS] & RATIO ? "ratio" : "euro";
  }

  /** The table's year columns, for a place that is a row. */
  columnsOf(place: number): readonly YearColumn[] {
    return this.tableOf(place).columns;
  }

  /** The row a place is, read from its table again; undefined for a lone cell. */
  rowOf(place: number): LabeledRow | undefined {
    const t = this.tableOf(place);
    const a = this.places[place * PLACE_FIELDS + 1];
    switch (this.kindOf(place)) {
      case KT_TUOTOT:
        return (t as KayttotalousTable).tuotot[a];
      case KT_KULUT:
        return (t as KayttotalousTable).kulut[a];
      case KT_TUOTOT_TOTAL:
        return (t as KayttotalousTable).tuototTotal;
      case KT_KULUT_TOTAL:
        return (t as KayttotalousTable).kulutTotal;
      case KT_TOIMINTAKATE:
        return (t as KayttotalousTable).toimintakate;
      case YK_MENOT:
        return (t as YksikotTable).units[a].menot;
      case YK_TULOT:
        return (t as YksikotTable).units[a].tulot;
      case YK_NETTOMENO:
        return (t as YksikotTable).units[a].nettomeno;
      case YK_TOTAL_MENOT:
        return (t as YksikotTable).total?.menot;
      case YK_TOTAL_TULOT:
        return (t as YksikotTable).total?.tulot;
      case YK_TOTAL_NETTOMENO:
        return (t as YksikotTable).total?.nettomeno;
      case MR_ROW:
        return maararahatRow(t as MaararahatTable, a);
      case TL_AMOUNT:
        return (t as TunnusluvutTable).items[a].amount;
      case TL_CHANGE:
        return (t as TunnusluvutTable).items[a].change;
      case TL_PER_RESIDENT:
        return (t as TunnusluvutTable).perResident;
      case ST_ROW:
        return (t as StatementTable).rows[a];
      case ST_CHANGE:
        return (t as StatementTable).changes[a].row;
      default:
        return undefined;
    }
  }

  /** The lone cell a place is (a Muutos € beside its row, an amendment). */
  private loneCellOf(place: number): ValueCell {
    const t = this.tableOf(place);
    const a = this.places[place * PLACE_FIELDS + 1];
    switch (this.kindOf(place)) {
      case MR_CHANGE_EUR:
        return maararahatRow(t as MaararahatTable, a)?.changeEur as ValueCell;
      case MR_CHANGE_PCT:
        return maararahatRow(t as MaararahatTable, a)?.changePct as ValueCell;
      default:
        return (t as StatementTable).across[a].cells[this.places[place * PLACE_FIELDS + 2]];
    }
  }

  /** How a reader names a place's row (`Kelkkareitit: MENOT`): its label under what it is of. */
  nameOf(place: number): string {
    const t = this.tableOf(place);
    const a = this.places[place * PLACE_FIELDS + 1];
    let of: string | undefined;
    switch (this.kindOf(place)) {
      case YK_MENOT:
      case YK_TULOT:
      case YK_NETTOMENO:
        of = (t as YksikotTable).units[a].name;
        break;
      case YK_TOTAL_MENOT:
      case YK_TOTAL_TULOT:
      case YK_TOTAL_NETTOMENO:
        of = (t as YksikotTable).total?.name;
        break;
      case MR_CHANGE_EUR:
      case MR_CHANGE_PCT:
        // A lone cell is named by its row's label as it is (no `?? ""`, as a row's is).
        return (maararahatRow(t as MaararahatTable, a) as MaararahatRow).label;
      case TL_CHANGE:
        of = (t as TunnusluvutTable).items[a].amount.label;
        break;
      case ST_ROW:
        of = (t as StatementTable).rows[a].heading || undefined;
        break;
      case ST_CHANGE:
        of = (t as StatementTable).changes[a].of.label;
        break;
      case ST_ACROSS:
        // Named `row: amendment` under the row.
        return `${(t as StatementTable).rows[this.places[place * PLACE_FIELDS + 2]].label}: ${(t as StatementTable).across[a].text}`;
    }
    const label = (this.rowOf(place) as LabeledRow).label ?? "";
    return of === undefined ? label : `${of}: ${label}`;
  }

  /** A lone cell's column label. */
  loneColumnOf(place: number): string {
    switch (this.kindOf(place)) {
      case MR_CHANGE_EUR:
        return "MUUTOS €";
      case MR_CHANGE_PCT:
        return "MUUTOS %";
      default: {
        const t = this.tableOf(place) as StatementTable;
        const a = t.across[this.places[place * PLACE_FIELDS + 1]];
        return `${t.columns[a.newIndex].label} − ${t.columns[a.oldIndex].label}`;
      }
    }
  }
}

/** How many figure cells a table can hold at most: a row holds a cell for each of its columns. */
function cellsOf(t: BudgetTable): number {
  const years = t.columns.length;
  switch (t.kind) {
    case "kayttotalous":
      return (t.tuotot.length + t.kulut.length + 3) * years;
    case "yksikot":
      return (t.units.length + 1) * 3 * years;
    case "maararahat":
      return 3 * (years + 2);
    case "tunnusluvut":
      return (2 * t.items.length + 1) * years;
    default:
      return (t.rows.length + t.changes.length) * years + t.across.length * t.rows.length;
  }
}

/** How many places a table can have at most: the numbers `walkPlaces` may give its rows and lone cells. */
function placesOf(t: BudgetTable): number {
  switch (t.kind) {
    case "kayttotalous":
      return t.tuotot.length + t.kulut.length + 3;
    case "yksikot":
      return 3 * (t.units.length + 1);
    case "maararahat":
      return 9;
    case "tunnusluvut":
      return 2 * t.items.length + 1;
    default:
      return t.rows.length + t.changes.length + t.across.length * t.rows.length;
  }
}

/** Whether the table was read with an extent a cell can be told inside or outside of. */
function hasExtent(t: BudgetTable): boolean {
  return t.top >= 0 && t.left >= 0 && t.bottom >= t.top && t.right >= t.left;
}

function maararahatRow(t: MaararahatTable, a: number): MaararahatRow | undefined {
  return a === 0 ? t.menot : a === 1 ? t.tulot : t.nettomeno;
}

// A sheet's box is kept as a grid when it has at most this many cells per figure cell its tables
// can hold, or is this small; a sheet with a far cell keeps its figures by position in a Map.
const SPARSE_FACTOR = 16;
const DENSE_ALWAYS = 4096;
const NO_CELLS = new Int32Array(0);
// Tables a sheet notes by row, as the bits of a 32-bit number.
const PENDING_BITS = 31;
// The most slots a sheet's list of figures is made with: a larger list is grown as figures are made.
const MADE_AT_FIRST = 4096;

/** Every figure cell of the model's tables by `cellKey`. */
export function indexFigures(model: BudgetModel): ModelFigures {
  return new ModelFigures(model);
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

// Siblings worked out for a figure, kept beside it: few figures are asked for them (a copied
// year found), so no figure holds a field for them.
const SIBLINGS = new WeakMap<PlacedFigure, Figure["siblings"]>();

/**
 * A figure read from where it sits: its sheet's index and the number of its place there. A check
 * makes thousands and reads little of most: its key, Decimal, row name and row's other years are
 * worked out when first asked for, on the prototype (no closures per figure).
 */
class PlacedFigure implements Figure {
  readonly ref: CellRef;
  readonly cell: ValueCell;
  private keyText: string | undefined;

  constructor(
    private readonly on: SheetFigures,
    private readonly place: number,
    /** Its index in its row's cells; −1 for a lone cell. */
    private readonly index: number,
    a1: string,
    cell: ValueCell,
  ) {
    this.ref = { sheet: on.sheet, cell: a1 };
    this.cell = cell;
    // Set here, `undefined` too, so every figure has one shape.
    this.keyText = undefined;
  }

  get role(): FigureRole {
    return this.on.roleOf(this.place);
  }

  get unit(): FigureUnit {
    return this.on.unitOf(this.place);
  }

  /** Named when read, from its place (a thousand figures a check are). */
  get row(): string {
    return this.on.nameOf(this.place);
  }

  get column(): string | undefined {
    return this.index >= 0 ? this.on.columnsOf(this.place)[this.index]?.label : this.on.loneColumnOf(this.place);
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
    const cells = (this.on.rowOf(this.place) as LabeledRow).cells;
    const columns = this.on.columnsOf(this.place);
    let n = 0;
    for (let j = 0; j < cells.length; j++) if (j !== i && cells[j] && columns[j]) out[n++] = cells[j];
    return n;
  }

  get siblings(): Figure["siblings"] {
    let list = SIBLINGS.get(this);
    if (!list) {
      list = [];
      const i = this.index;
      if (i >= 0) {
        const cells = (this.on.rowOf(this.place) as LabeledRow).cells;
        const columns = this.on.columnsOf(this.place);
        for (let j = 0; j < cells.length; j++) if (j !== i && cells[j] && columns[j]) list.push({ column: columns[j].label, cell: cells[j] });
      }
      SIBLINGS.set(this, list);
    }
    return list;
  }
}

/**
 * The cells of a figure's `siblings`, in their order, written into `out` (its count returned):
 * read from the row where the figure was placed, without the labelled pairs `siblings` makes. The
 * slips asked for every figure tried (six thousand a check at 200 sheets) and read only the cells.
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

/** Hands every place of a table to `sink`, in order: a row once, with its cells. */
function walkPlaces(t: BudgetTable, sink: PlaceSink): void {
  switch (t.kind) {
    case "kayttotalous":
      for (let i = 0; i < t.tuotot.length; i++) addRow(sink, KT_TUOTOT, 0, i, t.tuotot[i]);
      for (let i = 0; i < t.kulut.length; i++) addRow(sink, KT_KULUT, 0, i, t.kulut[i]);
      addRow(sink, KT_TUOTOT_TOTAL, DERIVED, 0, t.tuototTotal);
      addRow(sink, KT_KULUT_TOTAL, DERIVED, 0, t.kulutTotal);
      addRow(sink, KT_TOIMINTAKATE, DERIVED, 0, t.toimintakate);
      break;
    case "yksikot":
      for (let i = 0; i < t.units.length; i++) {
        const u = t.units[i];
        addRow(sink, YK_MENOT, 0, i, u.menot);
        addRow(sink, YK_TULOT, 0, i, u.tulot);
        addRow(sink, YK_NETTOMENO, DERIVED, i, u.nettomeno);
      }
      if (t.total) {
        addRow(sink, YK_TOTAL_MENOT, DERIVED, 0, t.total.menot);
        addRow(sink, YK_TOTAL_TULOT, DERIVED, 0, t.total.tulot);
        addRow(sink, YK_TOTAL_NETTOMENO, DERIVED, 0, t.total.nettomeno);
      }
      break;
    case "maararahat":
      for (let a = 0; a < 3; a++) {
        const r = maararahatRow(t, a);
        if (!r) continue;
        addRow(sink, MR_ROW, DERIVED, a, r);
        if (r.changeEur) sink.place(MR_CHANGE_EUR, DERIVED, a, 0, undefined, r.changeEur);
        if (r.changePct) sink.place(MR_CHANGE_PCT, DERIVED | RATIO, a, 0, undefined, r.changePct);
      }
      break;
    case "tunnusluvut":
      for (let i = 0; i < t.items.length; i++) {
        const item = t.items[i];
        addRow(sink, TL_AMOUNT, 0, i, item.amount);
        if (item.change) addRow(sink, TL_CHANGE, DERIVED | RATIO, i, item.change);
      }
      addRow(sink, TL_PER_RESIDENT, DERIVED | RATIO, 0, t.perResident);
      break;
    default:
      // Statements (tuloslaskelma, rahoituslaskelma, …): a `… yhteensä` is computed, a line typed.
      for (let i = 0; i < t.rows.length; i++) addRow(sink, ST_ROW, t.rows[i].total ? DERIVED : 0, i, t.rows[i]);
      for (let i = 0; i < t.changes.length; i++) addRow(sink, ST_CHANGE, DERIVED | RATIO, i, t.changes[i].row);
      for (let i = 0; i < t.across.length; i++) {
        const a = t.across[i];
        // Amendments (TA-muutokset) are typed, their total summed from them; a Poikkeama or Muutos is worked out.
        const typed = t.columnSums?.some((sum) => sum.terms.some((x) => x.col === a.col)) ?? false;
        const flags = (typed ? 0 : DERIVED) | (a.kind === "change-eur" ? 0 : RATIO);
        for (let k = 0; k < t.rows.length; k++) {
          const cell = a.cells[k];
          if (cell) sink.place(ST_ACROSS, flags, i, k, undefined, cell);
        }
      }
      break;
  }
}

function addRow(sink: PlaceSink, kind: number, flags: number, a: number, row: LabeledRow | undefined): void {
  if (row) sink.place(kind, flags, a, 0, row, undefined);
}

function numberOf(cell: ValueCell): Decimal | null {
  return cell.parsed.kind === "number" ? cell.parsed.value : null;
}
