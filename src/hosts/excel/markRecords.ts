import { Severity } from "../../core/findings";

/**
 * What a marked cell looked like before it was marked, and what the mark is. Kept in the
 * document settings so "Clear marks" restores the cell exactly, also after the task pane (or
 * Excel) was closed in between.
 */
export interface FillState {
  /** `Excel.FillPattern` name; `None` means no fill at all (not white). */
  pattern: string;
  color: string;
  /** Colour of the pattern's lines, only meaningful for patterns other than None and Solid. */
  patternColor?: string | null;
  /** Lighter or darker than `color` (-1 … 1), as Excel gives a theme colour's tint; 0 or absent for none. */
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

export interface MarkRecord {
  /** Worksheet id: survives renaming the sheet. */
  sheetId: string;
  /** Sheet name when marked, for messages. */
  sheet: string;
  /** Single cell, A1. */
  cell: string;
  original: {
    fill: FillState;
    /** The cell's note text before marking; null when it had none; absent when notes were not used. */
    note?: string | null;
  };
  severity: Severity;
  messages: string[];
  /** The fill colour and note text the mark wrote, to tell them from the user's later edits. */
  color: string;
  note?: string;
  /**
   * The cell's content when it was marked (`cellFingerprint`). When rows are inserted, deleted or
   * sorted, another cell comes to stand at `cell`; a record whose fingerprint no longer matches
   * there is never applied to it, and is looked for where the marked cell went.
   */
  fingerprint?: string;
}

/** A cell's content as a short text: its formula, else its value. */
export function cellFingerprint(value: unknown, formula: unknown): string {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  return value === null || value === undefined ? "" : String(value);
}

/** Whether a note is one our mark wrote (it starts with our heading). */
export function isMarkNote(text: string | null | undefined): boolean {
  return typeof text === "string" && text.startsWith(`${NOTE_HEADING}:\n`);
}

/** The user's own note inside one of ours (kept under the rule), or null when there was none. */
export function previousNoteIn(markNote: string): string | null {
  const at = markNote.indexOf(`\n${PREVIOUS_NOTE_RULE}\n`);
  return at < 0 ? null : markNote.slice(at + PREVIOUS_NOTE_RULE.length + 2);
}

/** Whether `color` is one of the mark's fills. */
export function isMarkColour(color: string | null | undefined): boolean {
  return [...Object.values(MARK_COLOURS), CAUSE_COLOUR].some((c) => sameColour(c, color));
}

/**
 * The fill of a probable cause's cell (core/why): Excel's light purple, set apart from the
 * severity fills of the findings that follow from it.
 */
export const CAUSE_COLOUR = "#E4DFEC";

/** Light fills of Excel's own "Bad" / "Neutral" cell styles and a light blue, dark text stays readable. */
export const MARK_COLOURS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const NOTE_HEADING = "Budjettitarkistin";
const PREVIOUS_NOTE_RULE = "――――――――";

/** The note a marked cell shows: the findings' messages, then the cell's own note, if it had one. */
export function markNoteText(messages: readonly string[], previous: string | null | undefined): string {
  const own = `${NOTE_HEADING}:\n${messages.join("\n")}`;
  return previous ? `${own}\n${PREVIOUS_NOTE_RULE}\n${previous}` : own;
}

export function recordKey(sheetId: string, cell: string): string {
  return `${sheetId}!${cell}`;
}

export function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();
}

/**
 * Stored records and whether anything stored could not be read: then some marked cells may have
 * no record, and clearing has to look for the marks themselves.
 */
export function readMarkRecords(raw: unknown): { records: MarkRecord[]; damaged: boolean } {
  if (raw === undefined || raw === null) return { records: [], damaged: false };
  if (typeof raw !== "object" || !Array.isArray((raw as { cells?: unknown }).cells)) return { records: [], damaged: true };
  const records: MarkRecord[] = [];
  let damaged = false;
  for (const item of (raw as { cells: unknown[] }).cells) {
    if (isMarkRecord(item)) records.push(item);
    else damaged = true;
  }
  return { records, damaged };
}

export function serialiseMarkRecords(records: readonly MarkRecord[]): string {
  return JSON.stringify({ cells: records });
}

function isMarkRecord(v: unknown): v is MarkRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  const original = r.original as Record<string, unknown> | undefined;
  const fill = original?.fill as Record<string, unknown> | undefined;
  return (
    typeof r.sheetId === "string" &&
    typeof r.sheet === "string" &&
    typeof r.cell === "string" &&
    typeof r.color === "string" &&
    (r.severity === "error" || r.severity === "warning" || r.severity === "info") &&
    Array.isArray(r.messages) &&
    typeof fill?.pattern === "string" &&
    typeof fill?.color === "string" &&
    (original?.note === undefined || original.note === null || typeof original.note === "string")
  );
}
