import { SheetView } from "./sheetView";
import { RowRole, normaliseLabel, rowRole } from "./labels";
import { RowReading, readRow } from "./vocabulary/rows";

/**
 * What recognition reads from a row's label: its role among the käyttötalous layouts' rows, its
 * key for matching, and its reading in the row vocabulary. Every table asks these of each of its
 * rows, several times over; a label's text record (cellText.ts) keeps its reading, so a label met
 * on every area's sheet is read once, not looked up by its text at each question.
 */
export interface LabelReading {
  readonly role: RowRole;
  readonly key: string;
  readonly row: RowReading;
}

/** The reading of the label at a cell, where `label` is the cell's text as the view reads it. */
export function labelReadingAt(view: SheetView, row: number, col: number, label: string): LabelReading {
  // A cell's text as the view reads it depends on the cell's raw text alone: kept on its record.
  const t = col >= view.left ? view.cellText(row, col) : undefined;
  if (t === undefined) return readLabel(label);
  return (t.labelReading ??= readLabel(label));
}

/** The reading of a label with no cell of its own (an unnamed unit). */
export function readLabel(label: string): LabelReading {
  return { role: rowRole(label), key: normaliseLabel(label), row: readRow(label) };
}
