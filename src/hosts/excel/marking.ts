import { Finding, mostSevere } from "../../core/findings";
import { FillState, MARK_COLOURS, MarkRecord, markNoteText, recordKey, sameColour } from "./markRecords";
import { cellsOf } from "../../core/findingCells";

interface PlannedCell {
  sheet: Excel.Worksheet;
  sheetId: string;
  sheetName: string;
  cell: string;
  finding: Finding[];
}

/**
 * Marks the findings' cells: a fill by severity and a note with the messages. A cell's original
 * fill and note are read only the first time it is marked, so marking again (after the next
 * check) never mistakes an earlier mark for the original. Three syncs: sheets, current state,
 * writes. The records (old and new) are handed to `keep` before anything is written, so an
 * original state is never lost to a failed save.
 */
export async function markCells(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  records: readonly MarkRecord[],
  useNotes: boolean,
  keep: (records: MarkRecord[]) => Promise<void>,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();

  // Resolve every address before touching anything: a bad finding leaves no half-marked workbook.
  const planned = new Map<string, PlannedCell>();
  for (const f of findings) {
    const sheet = worksheets.items.find((s) => s.name === f.sheet) ?? worksheets.items.find((s) => s.name.toLowerCase() === f.sheet.toLowerCase());
    if (!sheet) throw new Error(`The workbook has no sheet named "${f.sheet}".`);
    for (const cell of cellsOf(f.cell)) {
      const key = recordKey(sheet.id, cell);
      const entry = planned.get(key) ?? { sheet, sheetId: sheet.id, sheetName: sheet.name, cell, finding: [] };
      entry.finding.push(f);
      planned.set(key, entry);
    }
  }
  if (planned.size === 0) return;

  const byKey = new Map(records.map((r) => [recordKey(r.sheetId, r.cell), r]));
  const reads = [...planned.entries()].map(([key, p]) => {
    const range = p.sheet.getRange(p.cell);
    const known = byKey.get(key);
    if (!known) range.format.fill.load("color,pattern,patternColor");
    const note = useNotes ? p.sheet.notes.getItemOrNullObject(p.cell) : undefined;
    note?.load("content");
    return { key, p, range, note, known };
  });
  await context.sync();

  const writes: (() => void)[] = [];
  for (const { key, p, range, note, known } of reads) {
    const original: MarkRecord["original"] = known?.original ?? {
      fill: readFill(range.format.fill),
      ...(useNotes ? { note: note && !note.isNullObject ? note.content : null } : {}),
    };
    let severity = known?.severity ?? p.finding[0].severity;
    const messages = [...(known?.messages ?? [])];
    for (const f of p.finding) {
      severity = mostSevere(severity, f.severity);
      if (!messages.includes(f.message)) messages.push(f.message);
    }
    const color = MARK_COLOURS[severity];
    const noteText = note ? markNoteText(messages, original.note) : undefined;
    byKey.set(key, { sheetId: p.sheetId, sheet: p.sheetName, cell: p.cell, original, severity, messages, color, ...(noteText !== undefined ? { note: noteText } : {}) });
    writes.push(() => {
      // clear() first: a patterned original would otherwise show its lines through the mark.
      range.format.fill.clear();
      range.format.fill.color = color;
      if (note && noteText !== undefined) {
        if (note.isNullObject) p.sheet.notes.add(range, noteText);
        else note.content = noteText;
      }
    });
  }
  await keep([...byKey.values()]);
  for (const write of writes) write();
  await context.sync();
}

function readFill(fill: Excel.RangeFill): FillState {
  return { pattern: String(fill.pattern ?? "None"), color: fill.color, patternColor: fill.patternColor ?? null };
}

/**
 * Puts every marked cell back as it was. A cell whose fill or note the user changed after it
 * was marked keeps the user's change: only what still looks like our mark is undone. Sheets
 * deleted in the meantime are skipped (their marks went with them).
 */
export async function clearCells(context: Excel.RequestContext, records: readonly MarkRecord[], useNotes: boolean): Promise<void> {
  if (records.length === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id");
  await context.sync();

  const sheets = new Map(worksheets.items.map((s) => [s.id, s]));
  const reads = records.flatMap((record) => {
    const sheet = sheets.get(record.sheetId);
    if (!sheet) return [];
    const range = sheet.getRange(record.cell);
    range.format.fill.load("color");
    const note = useNotes && record.note !== undefined ? sheet.notes.getItemOrNullObject(record.cell) : undefined;
    note?.load("content");
    return [{ record, range, note }];
  });
  await context.sync();

  for (const { record, range, note } of reads) {
    if (sameColour(range.format.fill.color, record.color)) restoreFill(range.format.fill, record.original.fill);
    if (note && !note.isNullObject && note.content === record.note) {
      const previous = record.original.note;
      if (previous === null || previous === undefined) note.delete();
      else note.content = previous;
    }
  }
  await context.sync();
}

function restoreFill(fill: Excel.RangeFill, original: FillState): void {
  fill.clear();
  if (original.pattern === "None") return;
  fill.color = original.color;
  if (original.pattern !== "Solid") {
    fill.pattern = original.pattern as Excel.FillPattern;
    if (original.patternColor) fill.patternColor = original.patternColor;
  }
}
