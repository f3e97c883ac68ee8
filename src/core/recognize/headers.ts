import { ColumnKind, UnreadWhy, YearColumn } from "../model";
import { normaliseSpaces } from "../numbers";
import { columnLabel } from "../model";
import { rangeA1 } from "../address";
import { columnRangeA1 } from "../cell";
import { NAMEABLE_KINDS } from "../compare/columns";
import { SheetView } from "./sheetView";
import { forgetCellTexts } from "./cellText";
import { isYearNumber } from "./yearNumber";
import { perText } from "../perText";
import { COLUMN_WORDS, RatioKind, SUM_WORDS, columnWord, entityColumnWord, ratioWord } from "./vocabulary/columns";
import { MoneyUnit, isUnitOnly, unitIn, withoutUnit } from "./vocabulary/units";

/** What one header cell (or a column's header cells read together) says. */
export interface HeaderToken {
  kind?: ColumnKind;
  year?: number;
  starred: boolean;
  /** A change column (MUUTOS € or %). */
  change?: boolean;
  /** A change or ratio column: Muutos €, Muutos %, Käyttö-%. */
  ratio?: RatioKind;
  /** Another kind the same words could mean (`TA/KS 2024`); `kind` is the reading taken. */
  alternative?: ColumnKind;
  unit?: MoneyUnit;
  /** Read from a period (`1.1.–31.12.2019`) rather than a word: taken as actuals (TP). */
  period?: boolean;
  /** A year alone, with no kind (`2018`). */
  bare?: boolean;
  /** The entity a statement column belongs to (`konserni`, `kaupunki`). */
  entity?: string;
  /** `Yhteensä`: the total of the columns before it, read in the header's context. */
  sum?: boolean;
  /** A change column whose new and old figures are named by the header (`TA-muutokset`). */
  between?: { newCol: number; oldCol: number };
}

/** Entities a financial statement's columns are split by, read as actuals of that entity. */
const ENTITY_WORDS: readonly string[] = ["konserni", "kaupunki", "kunta", "kuntakonserni", "kuntayhtymä", "emo", "emokunta", "koncern", "koncernen", "stad", "staden", "kommun", "kommunen", "group", "city", "municipality"];
const PERIOD = /\d{1,2}\.\d{1,2}\.?\s*[-–]\s*\d{1,2}\.\d{1,2}\.\s*(?:19|20)\d{2}/;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?!\d)/g;
const YEAR_SPAN = /(?<![\d.])((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/g;

/**
 * The words of a header with its year, star, unit and brackets taken out and its spacing folded,
 * ready for the vocabulary: `TA 2024 + muutokset*` → `ta+muutokset`; `Käyttö-%` → `käyttö %`.
 */
export function columnWords(text: string): { words: string; years: number[]; starred: boolean } {
  let t = normaliseSpaces(text).toLowerCase();
  const starred = /\*/.test(t);
  const years: number[] = [];
  // Date spans (`1.1.–31.12.2023`) name the year they end in.
  t = t.replace(/\b\d{1,2}\.\d{1,2}\.?\s*[-–]\s*\d{1,2}\.\d{1,2}\.\s*((?:19|20)\d{2})/g, " $1 ");
  // A span of years (`Muutos 2018–2019 %`) goes with its dash, which would else stay between the words.
  t = t.replace(YEAR_SPAN, (_, a: string, b: string) => {
    years.push(Number(a), Number(b));
    return " ";
  });
  t = t.replace(YEAR, (_, y: string) => {
    years.push(Number(y));
    return " ";
  });
  t = withoutUnit(t.replace(/\*/g, " "));
  t = t
    .replace(/\(([^)]*)\)/g, (m, inner: string) => (/[a-zåäö]{3}/.test(inner) && inner.length > 12 ? `(${inner})` : ` ${inner} `))
    .replace(/\s*\+\s*/g, "+")
    .replace(/\s*-\s*%/g, " %")
    .replace(/\s*%/g, " %")
    .replace(/^[\s,.:;/–-]+|[\s,.:;/–-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { words: t, years, starred };
}

export function parseHeaderToken(text: string): HeaderToken | null {
  return headerTokens(text);
}

// Every filled cell is tried as a header, one to three lines at a time, and budget books repeat
// their labels on every sheet: a text is read once (the tokens are frozen, shared).
const headerTokens = perText(readHeaderToken);

function readHeaderToken(text: string): HeaderToken | null {
  const raw = normaliseSpaces(text);
  if (raw === "") return null;
  const { words, years, starred } = columnWords(raw);
  const unit = unitIn(raw) ?? undefined;
  const ratio = ratioWord(words);
  if (ratio) {
    return { ratio: ratio.kind, change: ratio.kind !== "usage-pct", starred, ...(unit ? { unit } : {}) };
  }
  if (years.length > 1) return null;
  const year = years[0];
  if (SUM_WORDS.includes(words)) return { sum: true, starred, ...(year !== undefined ? { year } : {}) };
  // A statement split by entity (`Staden exkl. affärsverk och fonder`, `Affärsverk och fonder`,
  // `Sammanlagt, inkl. interna poster`): the parts, their sum, and their eliminated total.
  const part = entityColumnWord(words);
  if (part) return part.kind === "total" ? { sum: true, starred } : { kind: "OSA", starred, ...(year !== undefined ? { year } : {}) };
  // A financial statement heads its columns with the period (`01.01.–31.12.2019`): actuals.
  if (words === "" && year !== undefined && PERIOD.test(raw)) return { kind: "TP", year, starred, period: true };
  // A year and nothing else: a column of a multi-year table, if its neighbours are years too.
  if (words === "" && year !== undefined) return { year, starred, bare: true };
  // `Konserni 2019`, `Kaupunki 2019`: a financial statement's columns by entity and year, actuals.
  const entity = words.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  if (year !== undefined && ENTITY_WORDS.includes(entity)) return { kind: "TP", year, starred, entity };
  const word = columnWord(words);
  if (word) return { kind: word.kind, ...(year !== undefined ? { year } : {}), starred, ...(unit ? { unit } : {}) };
  // Two readings written together (`TA/KS 2024`, `TA / TS`): the first is taken, the other kept.
  const parts = words.split(/\s*\/\s*/);
  if (parts.length === 2) {
    const first = columnWord(parts[0]);
    const second = columnWord(parts[1]);
    if (first && second && first.kind !== second.kind) {
      return { kind: first.kind, alternative: second.kind, ...(year !== undefined ? { year } : {}), starred };
    }
  }
  return null;
}

/**
 * A year in a header's lower row: `2023`, `2023*`, or the number 2023. Asked of every year
 * column's lower line, three times a header: read once per text (the answer is frozen, shared).
 */
export const parseYearCell: (text: string) => { year: number; starred: boolean } | null = perText((text: string) => {
  const m = /^((?:19|20)\d{2})\s*(\*)?$/.exec(normaliseSpaces(text));
  return m ? { year: Number(m[1]), starred: Boolean(m[2]) } : null;
});

/** A header column told apart from year columns: a change or ratio column. */
export interface RatioColumn {
  kind: RatioKind;
  col: number;
  /** The header words as written (`Muutos %`, `Käyttö-%`). */
  text: string;
  headerRange: string;
  /** The year columns it is the change between, when the header says (`TA-muutokset`). */
  between?: { newCol: number; oldCol: number };
}

export interface HeaderBlock {
  /** First and last header rows (equal for a one-row header). */
  top: number;
  bottom: number;
  columns: YearColumn[];
  /** MUUTOS columns of a määrärahat table, told apart by `€` / `%` in the row below. */
  changeEurCol?: number;
  changePctCol?: number;
  /** Every change and ratio column of the header. */
  ratios: RatioColumn[];
  /** Header cells that read as a column but are none of the block's columns, and why. */
  unread: { cell: string; text: string; why: UnreadWhy }[];
  /** Header cells with two readings, and the one taken. */
  ambiguous: { cell: string; text: string; taken: ColumnKind; other: ColumnKind; bareYears?: boolean }[];
  /** Money unit named in the header cells, if any. */
  unit?: { unit: MoneyUnit; cell: string };
  /** Leftmost and rightmost header cell columns. */
  left: number;
  right: number;
  /** Rows of the same header repeated inside the table (a statement printed in sections). */
  repeats?: number[];
  /** Columns the header says add up others (`Yhteensä` after `Talousarvio`, `TA-muutokset`). */
  columnSums?: { target: number; terms: number[]; text: string }[];
  /** The header is a block's title over label / value pairs (recognize/titledBlocks.ts). */
  titled?: boolean;
  /** No header names a year: where the year came from (the title), or that none was found. */
  yearNote?: { cell: string; text: string; found: boolean };
}

/** Header words may run over this many rows (`Talous-` / `arvio` / `2024`). */
const MAX_HEADER_ROWS = 3;
const MAX_HEADER_TEXT = 60;

interface ColumnToken {
  col: number;
  token: HeaderToken;
  /** Rows the words were read from. */
  rows: number;
  text: string;
}

/**
 * A line of a column's header and what it says: a cell's text (its own lines joined), or lines
 * read together down a column. Each is read once and kept: on the cell's text record, on the year
 * it is, or under the line above it.
 */
export interface HeaderLine {
  readonly text: string;
  readonly token: HeaderToken | null;
  /** This line with each line read under it; null where that line ends the words (a unit line). */
  below: Map<string, HeaderLine | null> | undefined;
  /** The line last read under it and the two together: a label stands over the same label on every sheet. */
  lastLower: HeaderLine | undefined;
  lastJoined: HeaderLine | null;
}

function headerLine(text: string): HeaderLine {
  return { text, token: parseHeaderToken(text), below: undefined, lastLower: undefined, lastJoined: null };
}

/** Header lines of the years a cell may hold as a number (`2023` stored as 2023). */
const YEAR_LINES: (HeaderLine | undefined)[] = [];

/** The cell as a header line; null when it holds none (no text, a long text, a figure that is no year). */
function lineAt(view: SheetView, row: number, col: number): HeaderLine | null {
  const t = view.cellText(row, col);
  if (t) return t.headerLine === undefined ? (t.headerLine = readLine(t.raw)) : t.headerLine;
  const raw = view.raw(row, col);
  if (typeof raw === "number" && isYearNumber(raw)) return (YEAR_LINES[raw - 1900] ??= headerLine(String(raw)));
  return null;
}

function readLine(raw: string): HeaderLine | null {
  if (raw.length > MAX_HEADER_TEXT) return null;
  const text = headerLines(raw);
  return text === "" ? null : headerLine(text);
}

/**
 * Lines kept under one line, and joined lines made in all, at most: a long-lived pane reading book
 * after book keeps a bounded memory. Past the total, the text records and year lines holding them
 * are let go (the sheet being read keeps its own until it is done).
 */
const LINES_BELOW = 1000;
const JOINED_LINES = 20_000;
let joinedLines = 0;

/** A header cell with line breaks (`Talous-⏎arvio⏎2022`) reads as its lines joined. */
const headerLines = perText((raw: string): string => {
  const lines = raw.split(/\r?\n/).map(normaliseSpaces).filter((l) => l !== "");
  return lines.length === 0 ? "" : lines.reduce(joinLines);
});

/**
 * A header's line with the line below it, and what they say together; null when the line below
 * is a unit line (`1 000 €`), which ends the words. Read once per pair of lines: every filled
 * cell of a sheet is tried as the top of a header.
 */
function withLineBelow(upper: HeaderLine, lower: HeaderLine): HeaderLine | null {
  if (upper.lastLower === lower) return upper.lastJoined;
  const below = (upper.below ??= new Map());
  let joined = below.get(lower.text);
  if (joined === undefined) {
    if (++joinedLines > JOINED_LINES) {
      joinedLines = 0;
      YEAR_LINES.length = 0;
      forgetCellTexts();
    }
    joined = isUnitOnly(lower.text) ? null : headerLine(joinLines(upper.text, lower.text));
    if (below.size >= LINES_BELOW) below.clear();
    below.set(lower.text, joined);
  }
  upper.lastLower = lower;
  upper.lastJoined = joined;
  return joined;
}

/** Two header lines as one text: a word hyphenated over lines (`Talous-` / `arvio`) is joined. */
function joinLines(upper: string, lower: string): string {
  if (/[a-zåäö]-$/i.test(upper) && /^[a-zåäö]/.test(lower)) return upper.slice(0, -1) + lower;
  return `${upper} ${lower}`;
}

/**
 * The column's header read from `row` down: the fewest lines (up to three) that give a kind and a
 * year, or a ratio; else a kind alone (kept so the block forms, dropped from its columns).
 */
function tokenAt(view: SheetView, row: number, col: number): ColumnToken | null {
  let line = lineAt(view, row, col);
  if (line === null) return null;
  let best: ColumnToken | null = null;
  for (let n = 1; n <= MAX_HEADER_ROWS; n++) {
    if (n > 1) {
      const next = lineAt(view, row + n - 1, col);
      if (next === null) break;
      line = withLineBelow(line, next);
      if (!line) break;
    }
    const { text, token } = line;
    if (!token) continue;
    if (token.ratio) {
      // `Muutos` over `%` or `€`: the unit line tells the kind of change.
      const below = lineAt(view, row + n, col)?.text ?? "";
      if (token.ratio === "change-eur" && /^%$/.test(below.trim())) return { col, token: { ...token, ratio: "change-pct" }, rows: n + 1, text: `${text} %` };
      return { col, token, rows: n, text };
    }
    if (token.kind && token.year !== undefined) return { col, token, rows: n, text };
    // A part of the city, or a total, is one line: the line below holds its figures.
    if (token.kind === "OSA" || token.sum) return best ?? { col, token, rows: n, text };
    best ??= { col, token, rows: n, text };
  }
  return best;
}

/**
 * Reads the header blocks starting on one row: runs of year-column cells (at least two, or one and
 * a change column, or one standing alone over a table). Years come from the same cell (`TP 2022`)
 * or from the lines below (`TP` above `2022`). Two tables side by side give two runs, split where
 * other text or a wide gap parts them.
 */
export function readHeadersAt(view: SheetView, row: number, unformed?: UnformedHeader[]): HeaderBlock[] {
  // Every filled row is tried and few hold a header: no array is made for a row without tokens.
  let clusters: ColumnToken[][] | undefined;
  let lastCol = Number.NEGATIVE_INFINITY;
  let textSinceToken = false;
  // Empty cells neither hold a token nor part two runs by text: only filled ones are looked at.
  // Past the row's last cell that could read as a header (most rows: their label) stand stored
  // figures, which hold no token and would only part runs that no later token joins.
  const reach = view.lastHeaderCandidate(row);
  for (let c = view.nextOccupied(row, view.left); c >= 0 && c <= reach; c = view.nextOccupied(row, c + 1)) {
    // Most filled cells are figures, and a figure that is no year starts no header line.
    const figure = view.storedNumber(row, c);
    let token = figure !== undefined && !isYearNumber(figure) ? null : tokenAt(view, row, c);
    // `Yhteensä` is a column header only right after `TA-muutokset`; elsewhere it is text, and
    // parts two tables side by side as it always did.
    if (token?.token.sum && (textSinceToken || c - lastCol !== 1 || !SUMMED_KINDS.has(clusters?.[clusters.length - 1]?.at(-1)?.token.kind))) token = null;
    if (!token) {
      // Only filled cells are walked: this one holds text (or a figure) that is no header.
      textSinceToken = true;
      continue;
    }
    // A title between year columns, or a gap of two or more columns, starts another table.
    if (!clusters) clusters = [[]];
    else if (textSinceToken || c - lastCol > 2) clusters.push([]);
    clusters[clusters.length - 1].push(token);
    lastCol = c;
    textSinceToken = false;
  }
  if (!clusters) return NO_BLOCKS;
  const blocks: HeaderBlock[] = [];
  let apart: ColumnToken[] | undefined;
  for (const cluster of clusters) {
    const block = blockFromTokens(view, row, cluster);
    if (block) blocks.push(block);
    else (apart ??= []).push(...cluster);
  }
  if (apart && blocks.length > 0) placeApart(view, row, apart, blocks);
  if (unformed && blocks.length === 0) for (const cluster of clusters) pushUnformed(view, row, cluster, unformed);
  return blocks;
}

/**
 * A header row that names column kinds or years over figures yet forms no table (`Talousarvio |
 * Toteutunut`: two kinds, no year): its figures go unread, and the sheet's note must say so.
 */
export interface UnformedHeader {
  top: number;
  /** Last header row: the figures start under it. */
  bottom: number;
  /** The columns that read as kinds or years. */
  cols: number[];
  text: string;
  why: "kinds-without-year" | "year-without-kind";
}

/**
 * Kept when two or more of the cluster's columns are a table's (a kind, a year, a change such as
 * `Poikkeama`), one of them a kind, and figures stand under two of them. Years alone never are:
 * any whole number 1900–2099 reads as a year, so a row of figures (`Vakinaiset | 1950 | 2030`, a
 * project's start and end years) would be taken for a header.
 */
function pushUnformed(view: SheetView, row: number, cluster: readonly ColumnToken[], out: UnformedHeader[]): void {
  // Most such rows are a `Muutos %` row label alone, with no kind: nothing to keep, no list made.
  if (cluster.length < 2 || !cluster.some((t) => t.token.kind)) return;
  const named = cluster.filter((t) => t.token.kind || t.token.bare || t.token.ratio);
  const kinds = named.filter((t) => t.token.kind).length;
  if (named.length < 2 || kinds === 0) return;
  const over = named.filter((t) => figuresBelow(view, row + t.rows - 1, t.col));
  if (over.length < 2) return;
  out.push({
    top: row,
    bottom: row + Math.max(...named.map((t) => t.rows)) - 1,
    cols: named.map((t) => t.col),
    text: cluster.map((t) => `${t.text} (${rangeA1(row, t.col, row, t.col)})`).join(", "),
    // With a year in the row, "no year" would be false: the year stands apart from the kinds.
    why: named.some((t) => t.token.bare) ? "year-without-kind" : "kinds-without-year",
  });
}

/**
 * A column parted from the year columns by a text column or a gap (`TP 2022 | TA 2023 | Huom |
 * Muutos %`, or a `Talousarvio` or a year there) forms no table of its own: it is told unread with
 * the table to its left (else the first), when figures stand under it; a header word with none
 * under it is a title or a label.
 */
function placeApart(view: SheetView, row: number, apart: readonly ColumnToken[], blocks: readonly HeaderBlock[]): void {
  for (const t of apart) {
    if (!figuresBelow(view, row + t.rows - 1, t.col)) continue;
    const left = blocks.filter((b) => b.right < t.col);
    const block = left.length > 0 ? left[left.length - 1] : blocks[0];
    block.unread.push({ cell: rangeA1(row, t.col, row, t.col), text: t.text, why: "apart" });
  }
}

const NO_BLOCKS: HeaderBlock[] = [];

function blockFromTokens(view: SheetView, row: number, given: ColumnToken[]): HeaderBlock | null {
  // No column names a kind or a year (a `Muutos %` row label alone): no table, whatever else stands in the row.
  if (!given.some(namesColumn)) return null;
  const { tokens, sums, dropped } = resolveSums(given);
  const last = tokens[tokens.length - 1];
  if (last?.token.ratio === "change-eur" && view.isEmpty(row, last.col + 1) && normaliseSpaces(view.text(row + 1, last.col + 1)) === "%") {
    // `Muutos` spread over two columns, `€` (or nothing) and `%` on the line below.
    tokens.push({ col: last.col + 1, token: { ratio: "change-pct", change: true, starred: false }, rows: 2, text: `${last.text} %` });
  }
  let kinds = tokens.filter((t) => t.token.kind);
  const bare = tokens.filter((t) => t.token.bare);
  let assumed: string | undefined;
  let bareRead = false;
  const namer = kinds.length === 1 && kinds[0].token.year === undefined && kinds[0].rows === 1 ? kinds[0] : undefined;
  if (namer && isYearRun(bare) && bare[0].col === namer.col + 1) {
    // `Tilinpäätös | 2016 | 2017 | 2018`: the word in the label cell names the years beside it.
    tokens.splice(tokens.indexOf(namer), 1);
    kinds = bare.map((t) => ({ ...t, token: { ...t.token, kind: namer.token.kind } }));
    bareRead = true;
  } else if (kinds.length === 0 && isYearRun(bare)) {
    // Years with no kind over a table (a five-year statement, key figures by year) are read as
    // actuals, and the reading is said.
    kinds = bare.map((t) => ({ ...t, token: { ...t.token, kind: "TP" as ColumnKind } }));
    assumed = `${bare[0].text}–${bare[bare.length - 1].text}`;
    bareRead = true;
  }
  const ratios = tokens.filter((t) => t.token.ratio);
  // A part of the city's column never takes a year from the line below: that line holds its figures.
  const yearUnder = (t: ColumnToken) => t.token.kind !== "OSA" && parseYearCell(view.text(row + t.rows, t.col)) !== null;
  const dated = kinds.some((t) => t.token.year !== undefined || yearUnder(t));
  // One year column alone is a table only when it says its year itself (`TA 2024`), not a stray word.
  if (kinds.length === 0 || (kinds.length === 1 && ratios.length === 0 && kinds[0].token.year === undefined)) return null;
  let yearless: { year: number; note: NonNullable<HeaderBlock["yearNote"]> } | undefined;
  if (!dated) {
    // Headers with no year at all (`Talousarvio`, `Toteutunut`): a table of one year, when three
    // or more kinds stand over figures; the year is the title's, else unknown.
    const distinct = new Set(kinds.map((t) => t.token.kind));
    const parts = distinct.size === 1 && distinct.has("OSA");
    if (kinds.length + ratios.length < 3 || (distinct.size < 2 && !parts) || !figuresBelow(view, row + kinds[0].rows - 1, kinds[0].col)) return null;
    yearless = yearOver(view, row, tokens);
  }

  // A header is read once per sheet and table, and most rows with a header word form none: its
  // extent is found in loops, with no list made per question.
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const t of tokens) {
    left = Math.min(left, t.col);
    right = Math.max(right, t.col);
    bottom = Math.max(bottom, row + t.rows - 1);
  }
  // Kinds whose year is on the line below make that line part of the header.
  for (const t of kinds) if (t.token.year === undefined && yearUnder(t)) bottom = Math.max(bottom, row + t.rows);
  const columns: YearColumn[] = [];
  const block: HeaderBlock = {
    top: row,
    bottom,
    columns,
    ratios: [],
    unread: [],
    ambiguous: [],
    left,
    right,
  };
  const entityYears: string[] = [];
  for (const { col, token, rows, text } of kinds) {
    let year = token.year ?? yearless?.year ?? (SAME_YEAR_KINDS.has(token.kind as ColumnKind) ? yearLeftOf(kinds, col) : undefined);
    let starred = token.starred;
    if (year === undefined) {
      const below = token.kind === "OSA" ? null : parseYearCell(view.text(row + rows, col));
      if (!below) {
        block.unread.push({ cell: rangeA1(row, col, row, col), text, why: "no-year" });
        continue;
      }
      year = below.year;
      starred = starred || below.starred;
    }
    const kind = token.kind as ColumnKind;
    const unknown = yearless !== undefined && !yearless.note.found;
    // A part of the city is named by its header; its year is the table's.
    const part = kind === "OSA" ? normaliseSpaces(text) : undefined;
    const label = part ?? (NAMEABLE_KINDS.includes(kind) ? (unknown ? kind : keptColumnLabel(kind, year)) : writtenLabel(text, unknown ? undefined : year));
    // Optional fields set after the literal, not spread into it: a spread makes an object per column.
    const column: YearColumn = { kind, year, label, col, headerRange: columnRangeA1(row, bottom, col), starred };
    if (token.entity) column.entity = token.entity;
    else if (part) column.entity = part;
    if (unknown) column.yearUnknown = true;
    columns.push(column);
    if (token.entity) entityYears.push(text);
    if (token.alternative) block.ambiguous.push({ cell: rangeA1(row, col, row, col), text, taken: kind, other: token.alternative });
    if (token.unit && !block.unit) block.unit = { unit: token.unit, cell: rangeA1(row, col, row, col) };
  }
  if (columns.length === 0) return null;
  // A year beside columns that name their kind (`TA 2024 | 2025`) is no column of theirs.
  if (!bareRead) for (const t of bare) dropped.push({ ...t, why: "year-without-kind" });
  for (const d of dropped.sort((a, b) => a.col - b.col)) block.unread.push({ cell: rangeA1(row, d.col, row, d.col), text: d.text, why: d.why });
  if (yearless) block.yearNote = yearless.note;
  if (entityYears.length > 0) block.ambiguous.push({ cell: rangeA1(row, block.left, row, block.right), text: entityYears.join(", "), taken: "TP", other: "TP", bareYears: true });
  if (assumed) block.ambiguous.push({ cell: rangeA1(row, block.left, row, block.right), text: assumed, taken: "TP", other: "TP", bareYears: true });
  for (const { col, token, text } of ratios) {
    const ratio: RatioColumn = { kind: token.ratio as RatioKind, col, text, headerRange: columnRangeA1(row, bottom, col) };
    if (token.between) ratio.between = token.between;
    block.ratios.push(ratio);
    if (token.ratio === "change-pct") block.changePctCol ??= col;
    else if (token.ratio === "change-eur") {
      const unit = normaliseSpaces(view.text(row + 1, col)).toLowerCase();
      if (bottom > row && unit === "%") block.changePctCol ??= col;
      else block.changeEurCol ??= col;
    }
  }
  if (sums.length > 0) {
    const read = new Set([...columns.map((c) => c.col), ...block.ratios.map((r) => r.col)]);
    const columnSums = sums.filter((x) => read.has(x.target) && x.terms.every((t) => read.has(t)));
    if (columnSums.length > 0) block.columnSums = columnSums;
  }
  extendOverUnitLines(view, block);
  // A lone year column is a table only with figures right under it; otherwise it is a title
  // (`Käyttösuunnitelma 2024` on a cover sheet).
  if (kinds.length === 1 && ratios.length === 0 && !figuresBelow(view, block.bottom, columns[0].col)) return null;
  return block;
}

/**
 * `KIND YEAR` (model.ts columnLabel), one string per kind and year: every table of every sheet
 * labels its columns, a few distinct labels in thousands of columns kept with the model.
 */
export function keptColumnLabel(kind: ColumnKind, year: number): string {
  const byYear = (COLUMN_LABELS[kind] ??= new Map());
  let label = byYear.get(year);
  if (label === undefined) {
    label = columnLabel(kind, year);
    // Bounded: a pane reading book after book meets a few years of each kind.
    if (byYear.size >= KEPT_YEARS) byYear.clear();
    byYear.set(year, label);
  }
  return label;
}

const COLUMN_LABELS: Partial<Record<ColumnKind, Map<number, string>>> = {};
const KEPT_YEARS = 1000;

/**
 * A column of a kind no user names (an overrun right), labelled as the book heads it
 * (`Ylitysoikeus 2019`, `Överskridningsrätt 2019`), its unit left out: its kind is an internal
 * code, no word to read.
 */
function writtenLabel(text: string, year: number | undefined): string {
  const words = withoutUnit(text.replace(YEAR, " ").replace(/\*/g, " ")).replace(/[\s,.:;–-]+$/, "");
  return year === undefined ? words : `${words} ${year}`;
}

/** Kinds with no year of their own that take the year of the column they follow (`TA 2019 | TA-muutokset | Yhteensä`). */
const SAME_YEAR_KINDS: ReadonlySet<ColumnKind> = new Set(["TA+MUUTOS", "OSA"]);

/** Columns a `Yhteensä` right after them adds up: a budget and its amendments, or the city's parts. */
const SUMMED_KINDS: ReadonlySet<ColumnKind | undefined> = new Set(["MUUTOKSET", "OSA"]);

function yearLeftOf(kinds: readonly ColumnToken[], col: number): number | undefined {
  for (let i = kinds.length - 1; i >= 0; i--) if (kinds[i].col < col && kinds[i].token.year !== undefined) return kinds[i].token.year;
  return undefined;
}

// Module functions, not callbacks made per header (docs/engine-speed.md: closures).
function namesColumn(t: ColumnToken): boolean {
  return Boolean(t.token.kind || t.token.bare);
}

function isSumOrAmendments(t: ColumnToken): boolean {
  return Boolean(t.token.sum) || t.token.kind === "MUUTOKSET";
}

/**
 * `Yhteensä` after `Talousarvio` and `TA-muutokset` is the amended budget (TA+MUUTOS), and the
 * header says it is their sum. A total of anything else is not read.
 */
function resolveSums(given: readonly ColumnToken[]): { tokens: ColumnToken[]; sums: NonNullable<HeaderBlock["columnSums"]>; dropped: (ColumnToken & { why: UnreadWhy })[] } {
  // Nearly every header has neither a total nor amendments: its tokens are taken as they are.
  if (!given.some(isSumOrAmendments)) return { tokens: given.slice(), sums: [], dropped: [] };
  const tokens: ColumnToken[] = [];
  const sums: NonNullable<HeaderBlock["columnSums"]> = [];
  const dropped: (ColumnToken & { why: UnreadWhy })[] = [];
  let from = 0;
  for (const t of given) {
    if (!t.token.sum) {
      tokens.push(t);
      continue;
    }
    const terms = tokens.slice(from).filter((x) => x.token.kind);
    const kinds = new Set(terms.map((x) => x.token.kind));
    from = tokens.length;
    if (terms.length >= 2 && kinds.size === 1 && kinds.has("OSA")) {
      // The parts of the city added up: a part's column of its own, checked as their sum.
      tokens.push({ ...t, token: { ...t.token, kind: "OSA" } });
      sums.push({ target: t.col, terms: terms.map((x) => x.col), text: `${t.text} = ${terms.map((x) => x.text).join(" + ")}` });
      from = tokens.length;
      continue;
    }
    if (terms.length !== 2 || !kinds.has("TA") || !kinds.has("MUUTOKSET")) {
      dropped.push({ ...t, why: "total-of-unknown" });
      continue;
    }
    tokens.push({ ...t, token: { ...t.token, kind: "TA+MUUTOS" } });
    // The amendments are the change from the budget to the amended budget: a change column, whose
    // figures (a cut in costs is positive) keep no sign convention of their own.
    const amendments = terms.find((x) => x.token.kind === "MUUTOKSET")!;
    const budget = terms.find((x) => x.token.kind === "TA")!;
    tokens[tokens.indexOf(amendments)] = { ...amendments, token: { starred: amendments.token.starred, ratio: "change-eur", change: true, between: { newCol: t.col, oldCol: budget.col } } };
    sums.push({ target: t.col, terms: terms.map((x) => x.col), text: `${t.text} = ${terms.map((x) => x.text).join(" + ")}` });
    from = tokens.length;
  }
  // Amendments with no total after them are not read: alone they are neither a year's figures nor a change.
  for (const t of tokens) if (t.token.kind === "MUUTOKSET") dropped.push({ ...t, why: "amendments-without-total" });
  return { tokens: tokens.filter((t) => t.token.kind !== "MUUTOKSET"), sums, dropped };
}

const TITLE_ROWS = 4;

/** The year of a header that names none: from the title over it, else the sheet's name; 0 when neither has one. */
function yearOver(view: SheetView, row: number, tokens: readonly ColumnToken[]): { year: number; note: NonNullable<HeaderBlock["yearNote"]> } {
  const left = Math.max(view.left, Math.min(...tokens.map((t) => t.col)) - 4);
  const right = Math.max(...tokens.map((t) => t.col));
  const headers = tokens.map((t) => t.text).join(", ");
  const cell = rangeA1(row, Math.min(...tokens.map((t) => t.col)), row, right);
  for (let r = row - 1; r >= Math.max(view.top, row - TITLE_ROWS); r--) {
    for (let c = view.nextOccupied(r, left); c >= 0 && c <= right; c = view.nextOccupied(r, c + 1)) {
      const text = view.text(r, c);
      const year = titleYear(text);
      if (year !== undefined) return { year, note: { cell, text: `${headers} → ${year} (${text})`, found: true } };
    }
  }
  const year = titleYear(view.sheet);
  if (year !== undefined) return { year, note: { cell, text: `${headers} → ${year} (${view.sheet})`, found: true } };
  return { year: 0, note: { cell, text: headers, found: false } };
}

/** One year in a title's words (`Investointiosa 2019`); none when it names several or none. */
function titleYear(text: string): number | undefined {
  const years = [...normaliseSpaces(text).matchAll(YEAR)].map((m) => Number(m[1]));
  return new Set(years).size === 1 ? years[0] : undefined;
}

/** Two or more bare years in adjacent columns, one year apart, rising or falling. */
function isYearRun(tokens: readonly ColumnToken[]): boolean {
  if (tokens.length < 2) return false;
  const step = (tokens[1].token.year ?? 0) - (tokens[0].token.year ?? 0);
  if (step !== 1 && step !== -1) return false;
  return tokens.every((t, i) => i === 0 || (t.col - tokens[i - 1].col === 1 && (t.token.year ?? 0) - (tokens[i - 1].token.year ?? 0) === step));
}

function figuresBelow(view: SheetView, bottom: number, col: number): boolean {
  for (let r = bottom + 1; r <= Math.min(view.bottom, bottom + 3); r++) {
    if (view.isFigure(r, col)) return true;
  }
  return false;
}

/** A line of units under the header (`1 000 €` over each column) belongs to the header. */
function extendOverUnitLines(view: SheetView, block: HeaderBlock): void {
  for (let n = 0; n < 2; n++) {
    const r = block.bottom + 1;
    let units = 0;
    let other = 0;
    for (let c = block.left; c <= block.right; c++) {
      const raw = view.raw(r, c);
      if (raw === null || raw === "") continue;
      if (typeof raw === "string" && isUnitOnly(raw)) {
        units++;
        if (!block.unit) {
          const u = unitIn(raw);
          if (u) block.unit = { unit: u, cell: rangeA1(r, c, r, c) };
        }
      } else other++;
    }
    if (units === 0 || other > 0) return;
    block.bottom = r;
  }
}

/** Every header block on the sheet, top to bottom. */
export function findHeaders(view: SheetView, unformed?: UnformedHeader[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let readTo = Number.NEGATIVE_INFINITY;
  for (const r of view.occupiedRows()) {
    // A header's lower lines are not read again as headers of their own.
    if (r <= readTo) continue;
    const found = readHeadersAt(view, r, unformed);
    if (found.length === 0) continue;
    blocks.push(...found);
    readTo = Math.max(r, ...found.map((b) => b.bottom));
  }
  return blocks;
}

/**
 * Every wording read as a column kind, for documentation.
 * @public (read by docs, not imported by code)
 */
export const COLUMN_VOCABULARY = COLUMN_WORDS;
