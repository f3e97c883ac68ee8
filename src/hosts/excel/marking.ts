import { WordedFinding, mostSevere } from "../../core/findings";
import { CAUSE_COLOUR, FillState, MARK_COLOURS, MarkRecord, cellFingerprint, markNoteText, recordKey } from "./markRecords";
import { cellsOf } from "../../core/findingCells";
import { LocalizedError } from "../../i18n/localizedError";

interface PlannedCell {
  sheet: Excel.Worksheet;
  sheetId: string;
  sheetName: string;
  cell: string;
  finding: WordedFinding[];
  /** The cell a finding's probable cause names: filled apart from the findings' own cells. */
  cause?: boolean;
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
  findings: readonly WordedFinding[],
  records: readonly MarkRecord[],
  useNotes: boolean,
  keep: (records: MarkRecord[]) => Promise<void>,
): Promise<MarkOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();

  // Resolve every address before touching anything: a bad finding leaves no half-marked workbook.
  const planned = new Map<string, PlannedCell>();
  const plan = (sheet: Excel.Worksheet, cell: string): PlannedCell => {
    const key = recordKey(sheet.id, cell);
    const entry = planned.get(key) ?? { sheet, sheetId: sheet.id, sheetName: sheet.name, cell, finding: [] };
    planned.set(key, entry);
    return entry;
  };
  for (const f of findings) {
    const sheet = worksheets.items.find((s) => s.name === f.sheet) ?? worksheets.items.find((s) => s.name.toLowerCase() === f.sheet.toLowerCase());
    if (!sheet) throw new LocalizedError("error.host.noSheet", { sheet: f.sheet });
    for (const cell of cellsOf(f.cell)) plan(sheet, cell).finding.push(f);
    if (f.cause) {
      const entry = plan(worksheets.items.find((s) => s.name === f.cause?.sheet) ?? sheet, f.cause.cell);
      // The cause's note says what to change there; its fill sets it apart.
      entry.finding.push({ ...f, message: f.cause.message });
      entry.cause = true;
    }
  }
  if (planned.size === 0) return { unmarked: [] };

  const byKey = new Map(records.map((r) => [recordKey(r.sheetId, r.cell), r]));
  const reads = [...planned.entries()].map(([key, p]) => {
    const range = p.sheet.getRange(p.cell);
    const known = byKey.get(key);
    if (!known) range.format.fill.load("color,pattern,patternColor,tintAndShade,patternTintAndShade");
    range.load("values,formulas");
    const note = useNotes ? p.sheet.notes.getItemOrNullObject(p.cell) : undefined;
    note?.load("content");
    return { key, p, range, note, known };
  });
  await context.sync();

  const writes: (() => void)[] = [];
  const unmarked: MarkOutcome["unmarked"] = [];
  for (const { key, p, range, note, known } of reads) {
    const fill = known ? known.original.fill : readFill(range.format.fill);
    if (!fill) {
      // A gradient (or a fill Excel does not describe) could not be put back: leave the cell be.
      unmarked.push({ sheet: p.sheetName, cell: p.cell, reason: "fill-not-restorable" });
      continue;
    }
    const original: MarkRecord["original"] = known?.original ?? {
      fill,
      ...(useNotes ? { note: note && !note.isNullObject ? note.content : null } : {}),
    };
    let severity = known?.severity ?? p.finding[0].severity;
    const messages = [...(known?.messages ?? [])];
    for (const f of p.finding) {
      severity = mostSevere(severity, f.severity);
      if (!messages.includes(f.message)) messages.push(f.message);
    }
    const color = p.cause ? CAUSE_COLOUR : MARK_COLOURS[severity];
    const noteText = note ? markNoteText(messages, original.note) : undefined;
    const fingerprint = cellFingerprint(range.values?.[0]?.[0], range.formulas?.[0]?.[0]);
    byKey.set(key, { sheetId: p.sheetId, sheet: p.sheetName, cell: p.cell, original, severity, messages, color, ...(noteText !== undefined ? { note: noteText } : {}), fingerprint });
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
  if (writes.length === 0) return { unmarked };
  await keep([...byKey.values()]);
  for (const write of writes) write();
  await context.sync();
  return { unmarked };
}

/** What marking left undone, for the pane to say. */
export interface MarkOutcome {
  unmarked: { sheet: string; cell: string; reason: "fill-not-restorable" }[];
}

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/**
 * The fill as Excel gives it, tint and shade included (a theme colour comes as its colour and
 * tint), or null when it could not be put back as it is: a gradient, or no colour given.
 */
function readFill(fill: Excel.RangeFill): FillState | null {
  const pattern = String(fill.pattern ?? "None");
  if (GRADIENTS.has(pattern)) return null;
  if (pattern !== "None" && (typeof fill.color !== "string" || fill.color === "")) return null;
  const state: FillState = { pattern, color: fill.color ?? "#FFFFFF", patternColor: fill.patternColor || null };
  if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0) state.tintAndShade = fill.tintAndShade;
  if (typeof fill.patternTintAndShade === "number" && fill.patternTintAndShade !== 0) state.patternTintAndShade = fill.patternTintAndShade;
  return state;
}
