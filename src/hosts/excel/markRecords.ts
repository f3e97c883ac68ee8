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
}

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

/** Reads stored records back; entries that do not have the expected shape are dropped. */
export function parseMarkRecords(raw: unknown): MarkRecord[] {
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { cells?: unknown }).cells)) return [];
  const records: MarkRecord[] = [];
  for (const item of (raw as { cells: unknown[] }).cells) {
    if (isMarkRecord(item)) records.push(item);
  }
  return records;
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
