/**
 * The shape of one corpus fixture: a table of a real Finnish municipal budget book or financial
 * statement, transcribed as published, with the relations between its rows verified by hand.
 * See README.md in this folder for how to add one.
 */

/** What kind of statutory or customary table it is (for the corpus list, not read by the engine). */
export type CorpusKind =
  | "tuloslaskelma"
  | "kayttotalous"
  | "rahoituslaskelma"
  | "investoinnit"
  | "maararahat"
  | "tunnusluvut"
  | "erittely";

/**
 * A relation between cells of the table. Rows are 1-based sheet rows of the built workbook;
 * columns are letters. Row-wise kinds are stated once per row and spread over `columns`;
 * column-wise kinds (`across`, `changeAcross`) once per column and spread over `rows`.
 * - `sum`: target = Σ sign × term (sign +1 or −1), e.g. netto = tulot − menot.
 * - `change`: target % = (row `of` in this column / row `of` in the base column − 1) × 100.
 * - `ratio`: target = numerator / denominator × factor (e.g. ×100 for a percentage, ×1000 for
 *   €/asukas from a table in 1 000 €).
 * - `across`: in each of `rows`, the cell in `column` = Σ sign × the cell in each term column
 *   (a change € column: G = F − E).
 * - `changeAcross`: in each of `rows`, the cell in `column` = (cell in `now` / cell in `base` − 1) × 100.
 * - `ratioAcross`: in each of `rows`, the cell in `column` = cell in `numerator` / cell in
 *   `denominator` × factor (a realisation % column: F = D / C × 100).
 * - `ratioCells`: cell by cell, target = numerator / denominator × factor, for figures that sit in
 *   different blocks with different column layouts (a per-resident figure against the population
 *   row of another block).
 * - `samePopulation`: per-resident figures printed without the population: in each column, every
 *   pair [amount row, per-resident row, factor] implies a population (amount × factor / per
 *   resident), and all must agree within the rounding of the printed figures. Each pair is a
 *   relation on its per-resident cell, checked against the population the other pairs imply.
 */
export type RelationSpec =
  | { kind: "sum"; name: string; target: number; terms: Array<[row: number, sign: 1 | -1]>; columns: string[] }
  | { kind: "change"; name: string; target: number; of: number; base: Record<string, string> }
  | {
      kind: "ratio";
      name: string;
      target: number;
      numerator: number;
      denominator: number;
      factor: number;
      columns: string[];
    }
  | { kind: "across"; name: string; column: string; terms: Array<[column: string, sign: 1 | -1]>; rows: number[] }
  | { kind: "changeAcross"; name: string; column: string; now: string; base: string; rows: number[] }
  | { kind: "ratioAcross"; name: string; column: string; numerator: string; denominator: string; factor: number; rows: number[] }
  | { kind: "ratioCells"; name: string; factor: number; cells: Array<[target: string, numerator: string, denominator: string]> }
  | { kind: "samePopulation"; name: string; columns: string[]; pairs: Array<[amount: number, perResident: number, factor: number]> };

/** How one relation in one column came out when worked through by hand. */
export type Holds = "exactly" | "rounding" | "mismatch";

/** One worked relation: the figures, the sum computed from them, the printed figure, the verdict. */
export interface Verification {
  /** The relation's name as in the spec. */
  relation: string;
  /** The checked cell (A1, on the fixture's sheet). */
  cell: string;
  /** The column's header as printed (for the reader). */
  column: string;
  /** The arithmetic, in the document's figures: `4 245 980 − 13 445`. */
  figures: string;
  computed: string;
  /** The target cell exactly as printed. */
  printed: string;
  holds: Holds;
}

/**
 * What the engine does not yet read in this table, asserted exactly by the corpus test so that it
 * fails (and must be updated) the day the engine learns it.
 */
export interface Gaps {
  /** Why, in a sentence, for docs/corpus.md. */
  reason: string;
  /** Cells of verified relations for which the engine records no equation. */
  unchecked?: string[];
  /** Cells of real mismatches the engine does not report as an error. */
  unreported?: string[];
  /** Cells where the engine reports an error the document does not have. */
  falseErrors?: string[];
}

export interface CorpusTable {
  /** `<municipality>-<table>-<year>`, also the fixture's file name. */
  id: string;
  municipality: string;
  /** Language of the table as published. */
  language: "fi" | "sv";
  /** Title of the published document (budget book, financial statement, …). */
  document: string;
  /** Budget or statement year of the document. */
  year: number;
  /** Page address as the search tool's stored copy gives it. */
  source: string;
  kind: CorpusKind;
  /** The table's sign and unit conventions as published. */
  conventions: { costs: "negative" | "positive" | "none"; unit: string; notes?: string };
  /** Sheet name of the built workbook. */
  sheet: string;
  /**
   * The table laid out as in the source, from A1, one array per sheet row: cells as printed
   * (space thousands separators, comma decimals, `−` as printed), "" for an empty cell.
   */
  rows: string[][];
  /** 1-based rows that are headers or titles: written as text even when they look like figures. */
  textRows: number[];
  relations: RelationSpec[];
  /** Every relation in every column, worked through (generated by tools/verify.ts, read over by hand). */
  verified: Verification[];
  /**
   * Cells whose sign breaks the convention the table keeps everywhere else (a cost printed
   * negative in a row of positive costs): published inconsistencies, counted with the mismatches
   * and expected as an error finding at the cell.
   */
  signBreaks?: Array<{ cell: string; note: string }>;
  /**
   * Cells where an error finding is defensible but not required (a block printed in another sign
   * convention than the rest, consistent with its own sums): neither a mismatch nor a false error.
   */
  mayFlag?: { cells: string[]; reason: string };
  gaps?: Gaps;
}
