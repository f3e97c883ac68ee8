import { Grid } from "../../core/grid";
import { Finding } from "../../core/findings";
import { ReadProgress, StoredState, WorkbookHost } from "../../core/host";
import { SheetData } from "../../core/sheetData";
import { parseRange } from "../../core/address";
// eslint-disable-next-line no-restricted-imports -- until the stored-state parser moves to core (issue 7, item 5)
import { parseStoredState } from "../memory/persistence";
import { DocumentSettings, MARKS_KEY, STATE_KEY, readJson } from "./documentSettings";
import { MarkRecord, parseMarkRecords, serialiseMarkRecords } from "./markRecords";
import { clearCells, markCells } from "./marking";
import { ReadLimits } from "./readPlan";
import { readWorkbook } from "./readWorkbook";
import { writeNewSheet } from "./writeSheet";

/** `Excel.run`'s shape: one batch of work against a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostEnvironment {
  run: ExcelRun;
  settings: DocumentSettings;
  limits: ReadLimits;
  /** Notes need ExcelApi 1.18; without them a mark is the fill alone. */
  notesSupported: boolean;
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

  async select(sheet: string, range: string): Promise<void> {
    const parsed = parseRange(range);
    if (parsed.sheet !== undefined) throw new Error(`Give the range without a sheet name: ${range}`);
    await this.env.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(range).select();
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "ItemNotFound" || errorCode(error) === "InvalidArgument") {
          throw new Error(`The workbook has no sheet named "${sheet}" any more, or ${range} is not a cell on it.`);
        }
        throw error;
      }
    });
  }

  async mark(findings: readonly Finding[]): Promise<void> {
    const before = this.marks();
    await this.env.run((context) => markCells(context, findings, before, this.env.notesSupported, (records) => this.storeMarks(records)));
  }

  async clearMarks(): Promise<void> {
    const records = this.marks();
    if (records.length === 0) return;
    await this.env.run((context) => clearCells(context, records, this.env.notesSupported));
    await this.storeMarks([]);
  }

  async markedCount(): Promise<number> {
    return this.marks().length;
  }

  createSheet(data: SheetData): Promise<string> {
    return this.env.run((context) => writeNewSheet(context, data));
  }

  async loadState(): Promise<StoredState> {
    const raw = this.env.settings.get(STATE_KEY);
    return parseStoredState(typeof raw === "string" ? raw : undefined) ?? {};
  }

  /** Merges by top-level key, as the memory host does: saving explanations keeps the settings. */
  async saveState(state: StoredState): Promise<void> {
    const merged = { ...(await this.loadState()), ...state };
    this.env.settings.set(STATE_KEY, JSON.stringify(merged));
    await this.env.settings.save();
  }

  private marks(): MarkRecord[] {
    return parseMarkRecords(readJson(this.env.settings, MARKS_KEY));
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
