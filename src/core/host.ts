import { Grid } from "./grid";
import { WordedFinding } from "./findings";
import { SheetData } from "./sheetData";
import type { StoredStateProblem } from "./storedState";

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
  /**
   * What `loadState` found but could not use (malformed entries, unreadable text); those stay in
   * the workbook as they were (core/storedState). Never saved: it describes what was read.
   */
  problems?: StoredStateProblem[];
}

/**
 * What the task pane needs of a workbook. Excel, the in-memory demo and tests implement it; the
 * UI never touches `Excel.*` directly.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "memory";
  /** All sheets' used ranges. */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  /**
   * Activates the sheet and selects the range (A1, no sheet part). `related` are the ranges the
   * finding's expected value was computed from (`A1:B2` or `Sheet!A1:B2`): a host that can show
   * them beside the selection does (the demo grid outlines them); Excel cannot select several
   * areas with a chosen active cell, so there the pane offers each related range to select.
   */
  select(sheet: string, range: string, related?: readonly string[]): Promise<void>;
  /**
   * Highlights the findings' cells reversibly (fill and a note); the previous state is kept. A host
   * may say which cells it left unmarked because it could not restore them (a gradient fill).
   */
  mark(findings: readonly WordedFinding[]): Promise<void | { unmarked: { sheet: string; cell: string; reason: string }[] }>;
  /**
   * Restores every marked cell exactly as it was. A host may say what it could not restore
   * (cells changed by the user since, cells gone, marks found without a record).
   */
  clearMarks(): Promise<void | { restored: number; userChanged: number; gone: number; withoutRecord: number }>;
  /** Number of cells currently marked (survives reloads of the task pane). */
  markedCount(): Promise<number>;
  /**
   * Creates a new sheet (a free name if the preferred one is taken); returns the name used. With
   * `replace`, rewrites that sheet in place instead, but only when it is one the add-in created
   * with the same `data.marker` (found by `findCreatedSheet`); any other sheet is refused.
   */
  createSheet(data: SheetData, options?: { replace?: string }): Promise<string>;
  /**
   * The current name of a sheet the add-in created with `marker` (SheetData.marker), found by the
   * marker it wrote with the sheet, never by the name: a renamed summary is still found, and a
   * user's sheet that happens to carry the name is not.
   */
  findCreatedSheet(marker: string): Promise<string | undefined>;
  loadState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
}
