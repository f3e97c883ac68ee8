import { ColumnKind, YearColumn } from "../model";
import { normaliseSpaces } from "../numbers";
import { columnLabel } from "../model";
import { rangeA1 } from "../address";
import { SheetView } from "./sheetView";

/** What one header cell says: a column kind, maybe a year, or a change (MUUTOS) column. */
export interface HeaderToken {
  kind?: ColumnKind;
  year?: number;
  starred: boolean;
  change?: boolean;
}

const KIND_PATTERN = "(TA\\s*\\+\\s*MUUTOS|TA\\s*\\+\\s*M|TPE|TP|TA|KS|TS)";
const KIND_YEAR = new RegExp(`^${KIND_PATTERN}\\s*((?:19|20)\\d{2})?\\s*(\\*)?$`, "i");

function kindOf(text: string): ColumnKind {
  const t = text.toUpperCase().replace(/\s+/g, "");
  if (t.startsWith("TA+")) return "TA+MUUTOS";
  return t as ColumnKind;
}

export function parseHeaderToken(text: string): HeaderToken | null {
  const t = normaliseSpaces(text);
  if (t === "") return null;
  const m = KIND_YEAR.exec(t);
  if (m) {
    return { kind: kindOf(m[1]), year: m[2] ? Number(m[2]) : undefined, starred: Boolean(m[3]) };
  }
  if (/^muutos(\s*(€|%|e|eur|euroa))?$/i.test(t)) return { change: true, starred: false };
  return null;
}

/** A year in a header's second row: `2023`, `2023*`, or the number 2023. */
export function parseYearCell(text: string): { year: number; starred: boolean } | null {
  const m = /^((?:19|20)\d{2})\s*(\*)?$/.exec(normaliseSpaces(text));
  return m ? { year: Number(m[1]), starred: Boolean(m[2]) } : null;
}

export interface HeaderBlock {
  /** First and last header rows (equal for a one-row header). */
  top: number;
  bottom: number;
  columns: YearColumn[];
  /** MUUTOS columns of a määrärahat table, told apart by `€` / `%` in the row below. */
  changeEurCol?: number;
  changePctCol?: number;
  /** Leftmost and rightmost header cell columns. */
  left: number;
  right: number;
}

/**
 * Reads the header blocks of one row: runs of year-column cells (at least two, or one and a
 * MUUTOS column). Years come from the same cell (`TP 2022`) or from the row below (`TP` above
 * `2022`). Two tables side by side give two runs, split where other text or a wide gap parts them.
 */
export function readHeadersAt(view: SheetView, row: number): HeaderBlock[] {
  const clusters: { col: number; token: HeaderToken }[][] = [];
  let lastCol = Number.NEGATIVE_INFINITY;
  let textSinceToken = false;
  for (let c = view.left; c <= view.right; c++) {
    const raw = view.raw(row, c);
    // Header cells are text; a figure or an empty cell is never a year column's head.
    const token = typeof raw === "string" && raw.length <= 24 ? parseHeaderToken(raw) : null;
    if (!token) {
      if (raw !== null && raw !== "") textSinceToken = true;
      continue;
    }
    // A title between year columns, or a gap of two or more columns, starts another table.
    if (clusters.length === 0 || textSinceToken || c - lastCol > 2) clusters.push([]);
    clusters[clusters.length - 1].push({ col: c, token });
    lastCol = c;
    textSinceToken = false;
  }
  const blocks: HeaderBlock[] = [];
  for (const cluster of clusters) {
    const block = blockFromTokens(view, row, cluster);
    if (block) blocks.push(block);
  }
  return blocks;
}

function blockFromTokens(view: SheetView, row: number, tokens: { col: number; token: HeaderToken }[]): HeaderBlock | null {
  const kinds = tokens.filter((t) => t.token.kind);
  const changes = tokens.filter((t) => t.token.change);
  if (kinds.length < 2 && !(kinds.length === 1 && changes.length > 0)) return null;

  const needsSecondRow = kinds.some((t) => t.token.year === undefined);
  const bottom = needsSecondRow ? row + 1 : row;
  const columns: YearColumn[] = [];
  for (const { col, token } of kinds) {
    let year = token.year;
    let starred = token.starred;
    if (year === undefined) {
      const below = parseYearCell(view.text(row + 1, col));
      if (!below) continue;
      year = below.year;
      starred = starred || below.starred;
    }
    const kind = token.kind as ColumnKind;
    columns.push({
      kind,
      year,
      label: columnLabel(kind, year),
      col,
      headerRange: rangeA1(row, col, bottom, col),
      starred,
    });
  }
  if (columns.length === 0) return null;
  const block: HeaderBlock = {
    top: row,
    bottom,
    columns,
    left: Math.min(...tokens.map((t) => t.col)),
    right: Math.max(...tokens.map((t) => t.col)),
  };
  for (const { col } of changes) {
    const unit = normaliseSpaces(`${view.text(row, col)} ${needsSecondRow ? view.text(row + 1, col) : ""}`).toLowerCase();
    if (/%/.test(unit)) block.changePctCol ??= col;
    else if (/€|eur|\be\b/.test(unit)) block.changeEurCol ??= col;
  }
  // Two unlabelled MUUTOS columns: the budget-book order is € first, then %.
  if (changes.length >= 2 && block.changeEurCol === undefined && block.changePctCol === undefined) {
    block.changeEurCol = changes[0].col;
    block.changePctCol = changes[1].col;
  }
  return block;
}

/** Every header block on the sheet, top to bottom. */
export function findHeaders(view: SheetView): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    const found = readHeadersAt(view, r);
    blocks.push(...found);
    // A two-row header's year row is not read again as a header of its own.
    if (found.some((b) => b.bottom > r)) r++;
  }
  return blocks;
}
