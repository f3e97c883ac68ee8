import { Grid } from "../../core/grid";
import { WordedFinding } from "../../core/findings";
import { ReadProgress, StoredState, WorkbookHost } from "../../core/host";
import { SheetData } from "../../core/sheetData";
import { parseRange, tryParseRange } from "../../core/address";
import { mergeStoredState, readStoredState } from "../../core/storedState";
import { DocumentSettings, MARKS_KEY, STATE_KEY } from "./documentSettings";
import { MarkRecord, readMarkRecords, serialiseMarkRecords } from "./markRecords";
import { MarkOutcome, markCells } from "./marking";
import { ClearOutcome, clearMarkedCells } from "./clearMarks";
import { ReadLimits } from "./readPlan";
import { readWorkbook } from "./readWorkbook";
import { LocalizedError } from "../../i18n/localizedError";
import { readCreatedSheets, recordCreatedSheet } from "./createdSheets";
import { rewriteSheet, writeNewSheet } from "./writeSheet";

/** `Excel.run`'s shape: one batch of work against a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostEnvironment {
  run: ExcelRun;
  settings: DocumentSettings;
  limits: ReadLimits;
  /** Notes need ExcelApi 1.18; without them a mark is the fill alone. */
  notesSupported: boolean;
  /** Selecting several areas at once (RangeAreas.select) needs ExcelApi 1.18 too. */
  areasSelectable?: boolean;
}

/**
 * The workbook host inside Excel. All Office.js calls of the add-in's task pane go through
 * here (see ./office.ts for the wiring to the real `Excel.run` and document settings).
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  constructor(private readonly env: ExcelHostEnvironment) {}

  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    return this.env.run((context) => readWorkbook(context, this.env.limits, onProgress));
  }

  /**
   * Selects the finding's cell and, where Excel can select several areas (ExcelApi 1.18), the
   * related ranges on the same sheet with it, the finding's cell first so that it is the active
   * cell: the user sees the evidence as Excel's own selection, and nothing is written. Ranges on
   * other sheets cannot join a selection; the pane lists every related range as a link.
   */
  async select(sheet: string, range: string, related?: readonly string[]): Promise<void> {
    const parsed = parseRange(range);
    if (parsed.sheet !== undefined) throw new Error(`Give the range without a sheet name: ${range}`);
    const areas = this.env.areasSelectable ? sameSheetAreas(sheet, related ?? []).filter((a) => a !== range) : [];
    await this.env.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      if (areas.length > 0) target.getRanges([range, ...areas].join(", ")).select();
      else target.getRange(range).select();
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "ItemNotFound" || errorCode(error) === "InvalidArgument") {
          throw new LocalizedError("error.host.noCell", { sheet, range });
        }
        throw error;
      }
    });
  }

  /** Marks the findings' cells; cells whose fill could not be put back (gradients) are left unmarked and listed. */
  async mark(findings: readonly WordedFinding[]): Promise<MarkOutcome> {
    const before = this.marks();
    return this.env.run((context) => markCells(context, findings, before, this.env.notesSupported, (records) => this.storeMarks(records)));
  }

  /**
   * Restores every marked cell (clearMarks.ts). Damaged stored records are no reason to leave a
   * mark behind: then the marks are looked for in the sheets, and the damaged text is kept aside
   * (MARKS_KEY + ".unreadable") rather than thrown away.
   */
  async clearMarks(): Promise<ClearOutcome> {
    const { records, damaged, text } = this.readMarks();
    if (records.length === 0 && !damaged) return { restored: 0, userChanged: 0, gone: 0, withoutRecord: 0 };
    const outcome = await this.env.run((context) => clearMarkedCells(context, records, this.env.notesSupported, damaged));
    if (damaged && text !== undefined) this.env.settings.set(`${MARKS_KEY}.unreadable`, text);
    await this.storeMarks([]);
    return outcome;
  }

  async markedCount(): Promise<number> {
    return this.marks().length;
  }

  async createSheet(data: SheetData, options: { replace?: string } = {}): Promise<string> {
    if (options.replace !== undefined) {
      const id = data.marker ? readCreatedSheets(this.env.settings)[data.marker] : undefined;
      const current = data.marker ? await this.findCreatedSheet(data.marker) : undefined;
      if (!id || current?.toLowerCase() !== options.replace.toLowerCase()) {
        throw new LocalizedError("error.host.notOurs", { sheet: options.replace });
      }
      return (await this.env.run((context) => rewriteSheet(context, id, data))).name;
    }
    const written = await this.env.run((context) => writeNewSheet(context, data));
    if (data.marker) await recordCreatedSheet(this.env.settings, data.marker, written.id);
    return written.name;
  }

  async findCreatedSheet(marker: string): Promise<string | undefined> {
    const id = readCreatedSheets(this.env.settings)[marker];
    if (!id) return undefined;
    return this.env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/id");
      await context.sync();
      return worksheets.items.find((s) => s.id === id)?.name;
    });
  }

  /** The stored state; what could not be read is reported in `problems` and stays stored. */
  async loadState(): Promise<StoredState> {
    return readStoredState(this.storedText(STATE_KEY)).state;
  }

  /**
   * Merges into what is stored (core/storedState): keys and entries the pane does not know are
   * kept, and a value it replaces without having been able to read it is kept aside first.
   */
  async saveState(state: StoredState): Promise<void> {
    const merged = mergeStoredState(readStoredState(this.storedText(STATE_KEY)), state);
    this.env.settings.set(STATE_KEY, JSON.stringify(merged));
    await this.env.settings.save();
  }

  private storedText(key: string): string | undefined {
    const raw = this.env.settings.get(key);
    if (raw === null || raw === undefined) return undefined;
    // Another writer may have stored an object rather than our JSON text: read it all the same.
    return typeof raw === "string" ? raw : JSON.stringify(raw);
  }

  private marks(): MarkRecord[] {
    return this.readMarks().records;
  }

  /** The stored records, and the stored text when any of it could not be read. */
  private readMarks(): { records: MarkRecord[]; damaged: boolean; text?: string } {
    const text = this.storedText(MARKS_KEY);
    if (text === undefined) return { records: [], damaged: false };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { records: [], damaged: true, text };
    }
    const read = readMarkRecords(parsed);
    return read.damaged ? { ...read, text } : read;
  }

  private async storeMarks(records: readonly MarkRecord[]): Promise<void> {
    if (records.length === 0) this.env.settings.remove(MARKS_KEY);
    else this.env.settings.set(MARKS_KEY, serialiseMarkRecords(records));
    await this.env.settings.save();
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** The related ranges that lie on `sheet` (written with or without its name), as plain A1. */
function sameSheetAreas(sheet: string, related: readonly string[]): string[] {
  const out: string[] = [];
  for (const ref of related) {
    const parsed = tryParseRange(ref);
    if (!parsed || (parsed.sheet !== undefined && parsed.sheet !== sheet)) continue;
    const a1 = parsed.range.toA1();
    if (!out.includes(a1)) out.push(a1);
  }
  return out;
}
