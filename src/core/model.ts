import Decimal from "decimal.js";
import { ParsedCell } from "./numbers";
import { TableKind } from "./findings";
import type { ColumnRef } from "./compare/columns";

/**
 * What recognition finds on a sheet: the budget tables, each value with the cell it came from.
 * Rules read only this model; they never look at grids.
 */

/** Year-column kinds: TP = tilinpäätös (actuals), TA = talousarvio (budget), TA+MUUTOS = budget
 * with amendments, TPE = tilinpäätösennuste (forecast), KS = käyttösuunnitelma (operating plan),
 * TS = taloussuunnitelma (financial plan years), EHDOTUS = a proposed budget (lautakunnan or
 * kunnanjohtajan esitys), KEHYS = a spending frame. The words read as each kind are in
 * recognize/vocabulary/columns.ts. */
export type ColumnKind = "TP" | "TA" | "TA+MUUTOS" | "TPE" | "KS" | "TS" | "EHDOTUS" | "KEHYS" | "MUUTOKSET" | "OSA" | "YLITYSOIKEUS";
// MUUTOKSET = the budget's amendments during the year (TA-muutokset): a header word only, read
// as the change column between the budget and the amended budget (recognize/headers.ts).
// OSA = one part of the city in a statement split by entity (`Staden exkl. affärsverk och
// fonder`, `Affärsverk och fonder`, their total): one year's figures, labelled by the entity.
// YLITYSOIKEUS = the overrun right beside a realisation comparison (Ylitysoikeus): figures of
// either sign (an overrun right on revenue is negative), taken as printed (vocabulary SIGNED_KINDS).

export interface YearColumn {
  kind: ColumnKind;
  year: number;
  /**
   * `KIND YEAR` as the sheet writes it, normalised (`TA+MUUTOS 2023`, `TA 2024`); a kind no user
   * names (`--base`) by its header's words instead: an entity (`Affärsverk och fonder`), an
   * overrun right (`Ylitysoikeus 2019`).
   */
  label: string;
  /** 0-based sheet column. */
  col: number;
  /** The header cell(s) it was read from, e.g. `B40` or `B40:B41`. */
  headerRange: string;
  /** The header carries a `*`, pointing at a note under the table. */
  starred: boolean;
  /** The entity of a statement's column (`konserni`, `kaupunki`) when the header names one. */
  entity?: string;
  /** No year is printed over the column nor over its table: `year` is 0, `label` the kind alone. */
  yearUnknown?: boolean;
}

/** A column that is the sum of others in every row (`Yhteensä` = Talousarvio + TA-muutokset). */
export interface ColumnSum {
  /** 0-based sheet columns: a year column of the table or one of its change columns (`across`). */
  target: number;
  terms: { col: number; sign: 1 | -1 }[];
  /** The headers as written, for findings: `Yhteensä = Talousarvio + TA-muutokset`. */
  text: string;
}

export interface ValueCell {
  /** A1 address on the sheet. */
  cell: string;
  row: number;
  col: number;
  parsed: ParsedCell;
  /** The number, when `parsed.kind === "number"`. */
  value: Decimal | null;
  /** Formula text when the host knows it. */
  formula?: string;
  /** Excel number format code when the host knows it (`#,##0.0`, `0.0 %`): what the cell shows. */
  numberFormat?: string;
}

export interface LabeledRow {
  /** The label as written. */
  label: string;
  /** Normalised label used for matching (lower case, folded spaces, typos mended). */
  key: string;
  /** 0-based sheet row. */
  row: number;
  labelCell: string;
  /** One per table column, in the table's column order. */
  cells: ValueCell[];
}

interface TableBase {
  kind: TableKind;
  sheet: string;
  /** Vastuualue the table belongs to. */
  area: string;
  /** The whole table including headers, A1. */
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** 0-based column of the row labels. */
  labelCol: number;
  columns: YearColumn[];
  /** The money unit a title, header or note names (`1 000 €`); absent means euros. */
  unit?: TableUnit;
  /** How the table prints costs, read from its own figures (relations/convention.ts). */
  convention?: SignConvention;
  /** Columns the header says are sums of other columns (rules/columnSums.ts checks them). */
  columnSums?: ColumnSum[];
}

/** Costs printed as negative figures (kuntajaosto, Kemijärvi) or as positive ones. */
export type SignConvention = "costs-negative" | "costs-positive";

/** `factor` euros per printed unit, read from `text` at `cell`. */
export interface TableUnit {
  factor: number;
  text: string;
  cell: string;
}

export interface KayttotalousTable extends TableBase {
  kind: "kayttotalous";
  tuotot: LabeledRow[];
  tuototTotal?: LabeledRow;
  kulut: LabeledRow[];
  kulutTotal?: LabeledRow;
  /** TOIMINTAKATE/JÄÄMÄ (operating margin). */
  toimintakate?: LabeledRow;
  /** Valmistus omaan käyttöön: between tuotot and kulut, part of the toimintakate. */
  valmistus?: LabeledRow;
}

/** A share of a management cost written in a unit heading: `65,7 % v. 2024`. */
export interface AllocationKey {
  year: number;
  percent: Decimal;
  /** The words it was read from, e.g. `65,7 % v. 2024`. */
  text: string;
  cell: string;
}

export interface UnitBlock {
  name: string;
  nameRow: number;
  nameCell: string;
  menot?: LabeledRow;
  tulot?: LabeledRow;
  nettomeno?: LabeledRow;
  /** Management-cost keys read from the heading; empty for ordinary units. */
  keys: AllocationKey[];
  /** The unit is a shared management cost (`Johtaminen`, `… johtamisen kust.`). */
  management: boolean;
}

export interface YksikotTable extends TableBase {
  kind: "yksikot";
  units: UnitBlock[];
  /** `Vastuualue yhteensä`. */
  total?: UnitBlock;
}

export interface MaararahatRow extends LabeledRow {
  changeEur?: ValueCell;
  changePct?: ValueCell;
}

export interface MaararahatTable extends TableBase {
  kind: "maararahat";
  /** The title cell text (`Asuminen ja ympäristö- palvelut`). */
  title: string;
  /** `columns[0]` is the base year, `columns[1]` the budget year. */
  columns: YearColumn[];
  /** 0-based sheet columns of the change € and change % figures, when the table has them. */
  changeEurCol?: number;
  changePctCol?: number;
  menot?: MaararahatRow;
  tulot?: MaararahatRow;
  nettomeno?: MaararahatRow;
}

export interface TunnuslukuItem {
  amount: LabeledRow;
  /** The `Muutos %` row right below it. */
  change?: LabeledRow;
}

/** A note under a table saying what a column is compared with: `* TA 2024 vrt. TA 2023`. */
export interface BaseNote {
  target: ColumnRef;
  base: ColumnRef;
  text: string;
  cell: string;
}

export interface TunnusluvutTable extends TableBase {
  kind: "tunnusluvut";
  items: TunnuslukuItem[];
  /** `Toimintakate €/asukas`. */
  perResident?: LabeledRow;
  /** Rows kept but not checked (staff counts and the like). */
  others: LabeledRow[];
  notes: BaseNote[];
}

/** A row of a statutory or customary table read by its role in recognize/vocabulary/rows.ts. */
export interface StatementRow extends LabeledRow {
  /** Role in the row vocabulary, when the label is known. */
  role?: string;
  /** The label says it totals the lines above it (`… yhteensä`). */
  total: boolean;
  /** A nameless subtotal takes its name from the heading above it. */
  heading?: string;
}

/** A change % row under the amounts (`Muutos, %` then `Tulot`): each column against its base. */
export interface ChangeRow {
  row: LabeledRow;
  of: StatementRow;
}

/** A change column of a statement: `cells[k]` is the change of `rows[k]` from `oldIndex` to `newIndex`. */
export interface AcrossColumn {
  /** `usage-pct` is new / old × 100 (Toteuma %: the outcome as a share of the budget). */
  kind: "change-eur" | "change-pct" | "usage-pct";
  col: number;
  /** The header as written (`Muutos 2017–2018`). */
  text: string;
  newIndex: number;
  oldIndex: number;
  cells: ValueCell[];
}

/**
 * Tuloslaskelma, rahoituslaskelma, investointiosa and any other table of labelled rows: read row by
 * row into roles, checked by the relation catalogue (relations/catalogue.ts) and by its totals.
 */
export interface StatementTable extends TableBase {
  kind: "tuloslaskelma" | "rahoituslaskelma" | "investoinnit" | "erittely";
  /** The title over the table (`7.0 Tuloslaskelmaosa`), when there is one. */
  title: string;
  rows: StatementRow[];
  changes: ChangeRow[];
  /** Sheet rows that part the lines of one total from the next (headings, repeated headers). */
  breaks: number[];
  /** Each `… yhteensä` (or nameless subtotal) with the lines above it that it totals. */
  totals: { total: StatementRow; lines: StatementRow[] }[];
  /** Change columns beside the years (`Muutos €`, `Muutos %`): each row's change between two of them. */
  across: AcrossColumn[];
  /** For a `Netto` where costs are positive: printed as tulot − menot or as menot − tulot. */
  netReading?: "revenue-minus-cost" | "cost-minus-revenue";
}

export type BudgetTable = KayttotalousTable | YksikotTable | MaararahatTable | TunnusluvutTable | StatementTable;

export interface SheetModel {
  sheet: string;
  /** Vastuualue name from the sheet's title cell, else the sheet name. */
  area: string;
  /** Cell the area name was read from, if any. */
  areaCell?: string;
  tables: BudgetTable[];
  observations: Observation[];
}

export interface BudgetModel {
  sheets: SheetModel[];
}

export function tablesOf<K extends BudgetTable["kind"]>(
  sheet: SheetModel,
  kind: K,
): Extract<BudgetTable, { kind: K }>[] {
  return sheet.tables.filter((t): t is Extract<BudgetTable, { kind: K }> => t.kind === kind);
}

export function columnLabel(kind: ColumnKind, year: number): string {
  return `${kind} ${year}`;
}

/**
 * Something recognition saw but could not make a table of, or that a user should know about the
 * sheet itself (empty sheet, merged cells over figures, a header with no rows). Rules turn these
 * into findings; recognition itself stays free of wording.
 */
export interface Observation {
  kind:
    | "empty-sheet"
    | "no-tables"
    | "merged-cells"
    | "header-without-rows"
    | "unknown-row"
    | "duplicate-year-column"
    | "unit-without-rows"
    /** A table read in part: the columns and rows it could not read (`text`), once per table. */
    | "unread-parts"
    /** A header with two readings, and the one taken (`text`). */
    | "header-reading"
    /** Year columns with no kind (`2014 … 2018`), read as actuals (TP). */
    | "header-years"
    /** Headers with no year, the year read from the table's title (`text`: headers → year). */
    | "header-year-from-title"
    /** Headers with no year and no year over the table: columns named by kind alone. */
    | "header-no-year"
    /** Only rates under a year row (tax rates, `text` their names): no budget table, nothing to check. */
    | "rates-only"
    /** Figures under a header row that forms no table (`cell`), the header and why in `parts`. */
    | "unread-table";
  sheet: string;
  cell: string;
  /** The text involved (a label, a header). */
  text?: string;
  table?: TableKind;
  /**
   * `unread-parts` of a statement: each part of `text`, with its 0-based sheet row when it is a
   * row of figures (a header cell has none), so that rows another table's check reads drop out.
   * `unread-table`: the header that formed no table, and why.
   */
  parts?: { text: string; row?: number; why?: UnreadWhy }[];
}

/**
 * Why a header cell that reads as a column was not read, so the finding can say it: a kind with
 * no year; amendments (`TA-muutokset`) with no `Yhteensä` after them; a `Yhteensä` that adds up
 * no columns the engine knows to add; a year with no kind beside columns that have one; a change
 * column a table of this kind does not read, or whose two year columns the table lacks; a column
 * that stands apart from the table's columns (a text column or a gap between). A header that
 * forms no table at all: kinds with no year, too few to be one year's table (years alone never
 * raise it: a row of figures between 1900 and 2099 reads the same).
 */
export type UnreadWhy = "kinds-without-year" | "no-year" | "amendments-without-total" | "total-of-unknown" | "year-without-kind" | "change-not-read" | "change-without-columns" | "apart";
