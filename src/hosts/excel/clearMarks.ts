import { CellPosition } from "../../core/cell";
import { CellRange } from "../../core/range";
import { FillState, MarkRecord, cellFingerprint, isMarkColour, isMarkNote, previousNoteIn, sameColour } from "./markRecords";

/** What clearing did, for the pane to say; every count is of cells. */
export interface ClearOutcome {
  /** Put back exactly as they were before marking. */
  restored: number;
  /** Changed by the user since marking (fill or note): left as the user left them. */
  userChanged: number;
  /** Marked cells that are gone (their rows or columns deleted, their sheet deleted). */
  gone: number;
  /**
   * Cells carrying our fill and our note but no record (the stored marks were damaged): our fill
   * and note are removed, the user's own note (kept inside ours) put back; the fill they had
   * before cannot be known.
   */
  withoutRecord: number;
}

interface Found {
  sheet: Excel.Worksheet;
  sheetId: string;
  cell: string;
  range: Excel.Range;
  note?: Excel.Note;
}

/**
 * Puts marked cells back. A record is applied only to the cell it was made for: at its address
 * when that cell still holds what it held when marked (`fingerprint`), else wherever our mark
 * went when rows or columns were inserted, deleted or sorted (a cell with our fill, the same
 * content and our note). It is never applied to another cell that moved into its address. A
 * copied sheet's marks are found by their address and content in the copy. When the stored
 * records were damaged, every cell that carries both our fill and our note is shown to be ours
 * and cleared. A cell whose fill or note the user changed keeps the user's change.
 */
export async function clearMarkedCells(
  context: Excel.RequestContext,
  records: readonly MarkRecord[],
  useNotes: boolean,
  damaged: boolean,
): Promise<ClearOutcome> {
  const outcome: ClearOutcome = { restored: 0, userChanged: 0, gone: 0, withoutRecord: 0 };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  await context.sync();
  const sheets = new Map(worksheets.items.map((s) => [s.id, s]));

  // Where each record says its cell is.
  const atAddress = records.flatMap((record) => {
    const sheet = sheets.get(record.sheetId);
    if (!sheet) {
      outcome.gone++;
      return [];
    }
    return [{ record, found: look(sheet, record.sheetId, record.cell, useNotes && record.note !== undefined) }];
  });
  await context.sync();

  const writes: (() => void)[] = [];
  const handled = new Set<string>();
  const displaced: MarkRecord[] = [];
  for (const { record, found } of atAddress) {
    if (record.fingerprint !== undefined && fingerprintOf(found.range) !== record.fingerprint) {
      // Another cell stands here now: this record is not for it.
      displaced.push(record);
      continue;
    }
    handled.add(`${found.sheetId}!${found.cell}`);
    writes.push(...restore(found, record, outcome));
  }

  // Sheets whose marks may not be where the records say: rows moved, a copy, damaged records.
  const recordSheetNames = new Set(records.map((r) => sheets.get(r.sheetId)?.name ?? r.sheet));
  const scan = worksheets.items.filter(
    (s) =>
      damaged ||
      displaced.some((r) => r.sheetId === s.id) ||
      (!records.some((r) => r.sheetId === s.id) && [...recordSheetNames].some((n) => copyOf(s.name, n))),
  );
  if (scan.length > 0) {
    // Sizes first: a sheet formatted down to its last row is not read cell by cell.
    const sized = scan.map((sheet) => {
      const used = sheet.getUsedRange(false);
      used.load("rowCount,columnCount");
      return { sheet, used };
    });
    await context.sync();
    const scans = sized
      .filter(({ used }) => used.rowCount * used.columnCount <= MAX_SCAN_CELLS)
      .map(({ sheet, used }) => ({ sheet, props: used.getCellProperties({ address: true, format: { fill: { color: true } } }) }));
    await context.sync();
    const candidates: Found[] = [];
    for (const { sheet, props } of scans) {
      for (const row of props.value) {
        for (const cell of row) {
          const address = cellAddress(cell);
          if (!isMarkColour(cell.format?.fill?.color) || handled.has(`${sheet.id}!${address}`)) continue;
          candidates.push(look(sheet, sheet.id, address, useNotes));
        }
      }
    }
    if (candidates.length > 0) await context.sync();
    const used = new Set<MarkRecord>();
    for (const found of candidates) {
      const record = matchRecord(found, displaced, records, sheets, used, useNotes);
      if (record) {
        used.add(record);
        writes.push(...restore(found, record, outcome));
      } else if (useNotes && found.note && !found.note.isNullObject && isMarkNote(found.note.content)) {
        // Ours beyond doubt (our fill and our note), but with no record left: take our mark away.
        const note = found.note;
        const previous = previousNoteIn(note.content);
        outcome.withoutRecord++;
        writes.push(() => {
          found.range.format.fill.clear();
          if (previous === null) note.delete();
          else note.content = previous;
        });
      }
    }
    // A moved cell whose fill the user changed no longer shows our colour, but may still carry
    // our note: look for it by its content, on its own sheet, and take back the note alone.
    const unmatched = displaced.filter((r) => !used.has(r) && r.note !== undefined && useNotes);
    if (unmatched.length > 0) {
      const notes = unmatched.flatMap((record) => {
        const where = scans.find((s) => s.sheet.id === record.sheetId);
        if (!where) return [];
        const cells = where.props.value.flat().filter((cell) => !isMarkColour(cell.format?.fill?.color));
        return [{ record, sheet: where.sheet, cells }];
      });
      // Counted before any lookup is queued: a refused search must not ride along with the writes.
      const count = notes.reduce((n, { cells }) => n + cells.length, 0);
      if (count > 0 && count <= MAX_NOTE_LOOKUPS) {
        const lookups = notes.flatMap(({ record, sheet, cells }) =>
          cells.map((cell) => ({ record, found: look(sheet, sheet.id, cellAddress(cell), true) })),
        );
        await context.sync();
        for (const { record, found } of lookups) {
          if (used.has(record) || !found.note || found.note.isNullObject || found.note.content !== record.note) continue;
          if (record.fingerprint !== undefined && fingerprintOf(found.range) !== record.fingerprint) continue;
          used.add(record);
          writes.push(...restore(found, record, outcome));
        }
      }
    }
    outcome.gone += displaced.filter((r) => !used.has(r)).length;
  } else {
    outcome.gone += displaced.length;
  }
  for (const write of writes) write();
  await context.sync();
  return outcome;
}

/** Cells of one sheet whose fills are read to find moved marks; a larger sheet is not searched. */
const MAX_SCAN_CELLS = 200_000;

/** Cells looked at one by one for a moved note; beyond this the sheet is too large to search so. */
const MAX_NOTE_LOOKUPS = 5_000;

function look(sheet: Excel.Worksheet, sheetId: string, cell: string, withNote: boolean): Found {
  const range = sheet.getRange(cell);
  range.format.fill.load("color");
  range.load("values,formulas");
  const note = withNote ? sheet.notes.getItemOrNullObject(cell) : undefined;
  note?.load("content");
  return { sheet, sheetId, cell, range, note };
}

/** `B7` from the `'Sheet'!$B$7` that `getCellProperties` gives. */
function cellAddress(cell: Excel.CellProperties): string {
  return (cell.address ?? "").replace(/^.*!/, "").replace(/\$/g, "");
}

function fingerprintOf(range: Excel.Range): string {
  return cellFingerprint(range.values?.[0]?.[0], range.formulas?.[0]?.[0]);
}

/**
 * The record a found mark belongs to: on its own sheet, a displaced record with the same colour,
 * content and note (the nearest to where it was, when several match); in a copied sheet, the
 * original sheet's record at the same address with the same content.
 */
function matchRecord(
  found: Found,
  displaced: readonly MarkRecord[],
  records: readonly MarkRecord[],
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  used: ReadonlySet<MarkRecord>,
  useNotes: boolean,
): MarkRecord | undefined {
  const fingerprint = fingerprintOf(found.range);
  const noteText = found.note && !found.note.isNullObject ? found.note.content : undefined;
  const fits = (r: MarkRecord) =>
    !used.has(r) &&
    sameColour(found.range.format.fill.color, r.color) &&
    (r.fingerprint === undefined || r.fingerprint === fingerprint) &&
    (!useNotes || r.note === undefined || r.note === noteText);
  const own = displaced.filter((r) => r.sheetId === found.sheetId && fits(r));
  if (own.length > 0) return nearest(own, found.cell);
  const copied = records.find((r) => r.cell === found.cell && copyOf(found.sheet.name, sheets.get(r.sheetId)?.name ?? r.sheet) && fits(r));
  return copied;
}

function nearest(records: readonly MarkRecord[], cell: string): MarkRecord {
  const at = position(cell);
  let best = records[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const r of records) {
    const p = position(r.cell);
    const d = Math.abs(p.row - at.row) + Math.abs(p.col - at.col) * 1000;
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

function position(cell: string): CellPosition {
  return CellRange.tryParse(cell)?.start ?? { row: 0, col: 0 };
}

/** Excel names a copied sheet `Name (2)`, `Name (3)`, … */
function copyOf(name: string, original: string): boolean {
  return name !== original && name.startsWith(`${original} (`) && /\(\d+\)$/.test(name);
}

/** Writes that put one cell back, only where our mark is still what the user sees. */
function restore(found: Found, record: MarkRecord, outcome: ClearOutcome): (() => void)[] {
  const writes: (() => void)[] = [];
  const fillIsOurs = sameColour(found.range.format.fill.color, record.color);
  const note = found.note;
  const noteIsOurs = note !== undefined && !note.isNullObject && note.content === record.note;
  if (fillIsOurs) writes.push(() => restoreFill(found.range.format.fill, record.original.fill));
  if (noteIsOurs) {
    writes.push(() => {
      const previous = record.original.note;
      if (previous === null || previous === undefined) note.delete();
      else note.content = previous;
    });
  }
  const noteChanged = record.note !== undefined && note !== undefined && !noteIsOurs;
  if (!fillIsOurs || noteChanged) outcome.userChanged++;
  else outcome.restored++;
  return writes;
}

function restoreFill(fill: Excel.RangeFill, original: FillState): void {
  fill.clear();
  if (original.pattern === "None") return;
  fill.color = original.color;
  if (original.tintAndShade) fill.tintAndShade = original.tintAndShade;
  if (original.pattern !== "Solid") {
    fill.pattern = original.pattern as Excel.FillPattern;
    if (original.patternColor) fill.patternColor = original.patternColor;
    if (original.patternTintAndShade) fill.patternTintAndShade = original.patternTintAndShade;
  }
}
