import { Grid } from "./grid";
import { Finding } from "./findings";
import { SheetData } from "./sheetData";

/** Progress of a long read: sheets done out of total. */
export interface ReadProgress {
  done: number;
  total: number;
  sheet?: string;
}

/** Things the add-in keeps inside the workbook so they travel with the file. */
export interface StoredState {
  /** JSON-serialisable settings of the task pane (language, tolerances, population, bases). */
  settings?: Record<string, unknown>;
  /** User's explanations of findings, by `findingKey`. */
  explanations?: Record<string, { comment: string; at: string; by?: string }>;
}

/**
 * What the task pane needs of a workbook. Excel, the in-memory demo and tests implement it; the
 * UI never touches `Excel.*` directly.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "memory";
  /** All sheets' used ranges. */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  /** Activates the sheet and selects the range (A1, no sheet part). */
  select(sheet: string, range: string): Promise<void>;
  /** Highlights the findings' cells reversibly (fill and a note); the previous state is kept. */
  mark(findings: readonly Finding[]): Promise<void>;
  /** Restores every marked cell exactly as it was. */
  clearMarks(): Promise<void>;
  /** Number of cells currently marked (survives reloads of the task pane). */
  markedCount(): Promise<number>;
  /** Creates a new sheet (a free name if the preferred one is taken); returns the name used. */
  createSheet(data: SheetData): Promise<string>;
  loadState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
}
