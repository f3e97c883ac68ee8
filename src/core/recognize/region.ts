import { SheetView, TEXT } from "./sheetView";
import { HeaderBlock } from "./headers";
import { RowRole, isNoteText, isSectionHeading } from "./labels";
import { LabelReading, labelReadingAt } from "./labelReading";

/** One row under a header: its label, what the label means, and whether it holds figures. */
export interface BodyRow {
  row: number;
  label: string;
  role: RowRole;
  /** What the label reads as (`role` is its role). */
  reading: LabelReading;
  hasValues: boolean;
  /** A repeated header line inside the table. */
  repeat?: boolean;
}

export interface TableRegion {
  header: HeaderBlock;
  labelCol: number;
  rows: BodyRow[];
  /** Text lines right under the table (`* TA 2024 vrt. TA 2023`), with their cells. */
  notes: { text: string; row: number; col: number }[];
  bottom: number;
}

// Roles that may follow a single blank line and still belong to the table (a stray empty row
// inside a unit block is common in pasted budget books).
const CONTINUING_ROLES: ReadonlySet<RowRole> = new Set([
  "menot",
  "tulot",
  "nettomeno",
  "muutos-pct",
  "toimintakate",
  "toimintatuotot",
  "toimintakulut",
  "vastuualue-yhteensa",
  "per-resident",
]);

const NO_ROWS: ReadonlySet<number> = new Set();

/** Long label-only text is prose or a footnote, not a row heading. */
const MAX_HEADING_LENGTH = 90;

function valueColumns(header: HeaderBlock): number[] {
  const cols = header.columns.map((c) => c.col);
  if (header.changeEurCol !== undefined) cols.push(header.changeEurCol);
  if (header.changePctCol !== undefined) cols.push(header.changePctCol);
  return cols;
}

/** The column holding row labels: the nearest column left of the figures that has text. */
export function findLabelCol(view: SheetView, header: HeaderBlock): number {
  const firstFigure = Math.min(...header.columns.map((c) => c.col));
  for (let c = firstFigure - 1; c >= Math.max(view.left, firstFigure - 4); c--) {
    for (let r = header.bottom + 1; r <= Math.min(view.bottom, header.bottom + 8); r++) {
      if (view.kind(r, c) === TEXT && view.text(r, c).length > 1) return c;
    }
  }
  return firstFigure - 1;
}

function describeRow(view: SheetView, row: number, labelCol: number, cols: number[]): BodyRow {
  const label = labelCol >= view.left ? view.text(row, labelCol) : "";
  let hasValues = false;
  for (let i = 0; i < cols.length && !hasValues; i++) hasValues = !view.isEmpty(row, cols[i]);
  const reading = labelReadingAt(view, row, labelCol, label);
  return { row, label, role: reading.role, reading, hasValues };
}

/**
 * A row with a figure under every year column of the header, after one blank line: more lines of
 * the same table (key figures under a statement, in its columns), not a table of its own.
 */
function figuresInEvery(view: SheetView, row: number, header: HeaderBlock): boolean {
  return header.columns.length >= 2 && header.columns.every((c) => view.isFigure(row, c.col));
}

/**
 * Rows that belong to the table under `header`: until the next header over the same columns, a
 * section heading, a note, prose, or a blank line that no table row follows.
 */
export function readRegion(view: SheetView, header: HeaderBlock, nextHeaderTop: number): TableRegion {
  const labelCol = findLabelCol(view, header);
  const cols = valueColumns(header);
  const left = Math.min(labelCol, header.left);
  const right = header.right;
  const rows: BodyRow[] = [];
  const limit = Math.min(view.bottom, nextHeaderTop - 1);
  let r = header.bottom + 1;
  const repeats = header.repeats ? new Set(header.repeats) : NO_ROWS;
  while (r <= limit) {
    if (repeats.has(r)) {
      // The header printed again over the next section: its label names the section.
      const label = labelCol >= view.left ? view.text(r, labelCol) : "";
      rows.push({ row: r, label, role: "other", reading: labelReadingAt(view, r, labelCol, label), hasValues: false, repeat: true });
      r++;
      continue;
    }
    if (view.isBlankRow(r, left, right)) {
      const next = r + 1;
      if (next > limit || view.isBlankRow(next, left, right)) break;
      const following = describeRow(view, next, labelCol, cols);
      // A blank line right under the header, or before a row the vocabulary knows, is spacing.
      const known = following.reading.row.role !== undefined && !isSectionHeading(following.label);
      const continues = CONTINUING_ROLES.has(following.role) || r === header.bottom + 1 || known || figuresInEvery(view, next, header);
      if (!continues || (!following.hasValues && !known)) break;
      r = next;
      continue;
    }
    const row = describeRow(view, r, labelCol, cols);
    if (!row.hasValues) {
      if (row.label === "" || isSectionHeading(row.label) || isNoteText(row.label)) break;
      if (row.label.length > MAX_HEADING_LENGTH) break;
    }
    rows.push(row);
    r++;
  }
  // Label-only rows at the end (a unit name with nothing under it) stay: recognition reports them.
  const bottom = rows.length ? rows[rows.length - 1].row : header.bottom;
  return { header, labelCol, rows, notes: readNotes(view, bottom + 1, limit, left, right), bottom };
}

function readNotes(view: SheetView, from: number, limit: number, left: number, right: number) {
  const notes: { text: string; row: number; col: number }[] = [];
  let nonBlank = 0;
  for (const r of view.occupiedRows(from, limit)) {
    if (nonBlank >= 3) break;
    if (view.isBlankRow(r, left, right)) continue;
    nonBlank++;
    for (let c = view.nextOccupied(r, left); c >= 0 && c <= right; c = view.nextOccupied(r, c + 1)) {
      const text = view.text(r, c);
      if (text === "") continue;
      if (isSectionHeading(text)) return notes;
      if (isNoteText(text)) notes.push({ text, row: r, col: c });
      break;
    }
  }
  return notes;
}
