import { Grid } from "../../core/grid";
import { ReadProgress, StoredState, WorkbookHost } from "../../core/host";
import { Severity, WordedFinding, mostSevere } from "../../core/findings";
import { SheetData, freeSheetName } from "../../core/sheetData";
import { parseRange, rangeA1 } from "../../core/address";
import { cellsOf } from "../../core/findingCells";
import { ExternalFunctions } from "../../core/formula/evaluate";
import { StatePersistence } from "./persistence";
import { gridFromSheetData } from "./sheetDataGrid";
import { LocalizedError } from "../../i18n/localizedError";

/** A sheet of the memory workbook. */
export interface MemorySheet {
  name: string;
  /** Values as a check reads them; for created sheets the engine's expected values. */
  grid: Grid;
  /** Set for sheets the add-in created: the data as written (formulas, formats, bold). */
  created?: SheetData;
}

export interface MemorySelection {
  sheet: string;
  /** A1 range without the sheet part. */
  range: string;
  /** The ranges the selected finding was computed from (`A1:B2` or `Sheet!A1:B2`), for the grid to outline. */
  related?: readonly string[];
}

/** A marked cell: the most severe finding on it and the note Excel would show. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  note: string;
  /**
   * `cause`: the cell a finding's probable cause names (mend it and the others go away);
   * `consequence`: a finding that follows from such a cause. Absent for other findings.
   */
  role?: "cause" | "consequence";
}

/** An immutable picture of the workbook for a view; a new object after every change. */
export interface MemorySnapshot {
  sheets: readonly MemorySheet[];
  activeSheet: string | undefined;
  selection: MemorySelection | undefined;
  marks: ReadonlyMap<string, CellMark>;
  version: number;
}

export interface MemoryHostOptions {
  /** Keeps stored state beyond this object's life (the demo uses localStorage). */
  persistence?: StatePersistence;
  /** Pause between sheets while reading, so a UI can paint progress; 0 in tests. */
  readDelayMs?: number;
  /** The add-in's own functions (BUDJETTI.*) for computing the formulas of created sheets. */
  functions?: ExternalFunctions;
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/**
 * The workbook host of the standalone demo and the tests: sheets as grids, selection, marks and
 * stored state kept in memory. Listeners hear about every change so a view can follow.
 */
export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  private sheets: MemorySheet[];
  private activeSheet: string | undefined;
  private selection: MemorySelection | undefined;
  private marks = new Map<string, CellMark>();
  private state: StoredState;
  private listeners = new Set<() => void>();
  private current: MemorySnapshot;
  private readonly persistence?: StatePersistence;
  private readonly readDelayMs: number;
  private readonly functions: ExternalFunctions;

  constructor(grids: readonly Grid[], options: MemoryHostOptions = {}) {
    const names = new Set<string>();
    for (const g of grids) {
      const lower = g.sheet.toLowerCase();
      if (names.has(lower)) throw new Error(`Two sheets are named "${g.sheet}"; sheet names must be unique.`);
      names.add(lower);
    }
    this.sheets = grids.map((grid) => ({ name: grid.sheet, grid }));
    this.activeSheet = this.sheets[0]?.name;
    this.persistence = options.persistence;
    this.readDelayMs = options.readDelayMs ?? 0;
    this.functions = options.functions ?? {};
    this.state = this.persistence?.load() ?? {};
    this.current = this.makeSnapshot(0);
  }

  /** For React's useSyncExternalStore: the same object until something changes. */
  snapshot = (): MemorySnapshot => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Shows a sheet without selecting anything on it (the demo's sheet tabs). */
  activate(sheet: string): void {
    this.activeSheet = this.requireSheet(sheet).name;
    this.changed();
  }

  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const total = this.sheets.length;
    const grids: Grid[] = [];
    onProgress?.({ done: 0, total });
    for (const [i, s] of this.sheets.entries()) {
      if (this.readDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.readDelayMs));
      grids.push(s.grid);
      onProgress?.({ done: i + 1, total, sheet: s.name });
    }
    return grids;
  }

  async select(sheet: string, range: string, related?: readonly string[]): Promise<void> {
    const target = this.requireSheet(sheet);
    const parsed = parseRange(range);
    if (parsed.sheet !== undefined) throw new Error(`Give the range without a sheet name: ${range}`);
    for (const r of related ?? []) parseRange(r);
    const r = parsed.range;
    this.activeSheet = target.name;
    this.selection = { sheet: target.name, range: rangeA1(r.top, r.left, r.bottom, r.right), ...(related && related.length > 0 ? { related: [...related] } : {}) };
    this.changed();
  }

  async mark(findings: readonly WordedFinding[]): Promise<void> {
    // Validate everything first so a bad address leaves no half-marked workbook behind.
    const planned: CellMark[] = [];
    for (const f of findings) {
      const sheet = this.requireSheet(f.sheet).name;
      const role = f.consequenceOf ? ({ role: "consequence" } as const) : {};
      for (const cell of cellsOf(f.cell)) planned.push({ sheet, cell, severity: f.severity, note: f.message, ...role });
      // The cause's own cell is marked too, set apart, even when no rule reported it.
      if (f.cause) planned.push({ sheet: this.requireSheet(f.cause.sheet || f.sheet).name, cell: f.cause.cell, severity: f.severity, note: f.cause.message, role: "cause" });
    }
    for (const m of planned) {
      const key = markKey(m.sheet, m.cell);
      const existing = this.marks.get(key);
      if (!existing) {
        this.marks.set(key, m);
        continue;
      }
      const role = existing.role === "cause" || m.role === "cause" ? "cause" : (existing.role ?? m.role);
      const note = existing.note.split("\n").includes(m.note) ? existing.note : `${existing.note}\n${m.note}`;
      this.marks.set(key, { ...existing, severity: mostSevere(m.severity, existing.severity), note, ...(role ? { role } : {}) });
    }
    this.changed();
  }

  async clearMarks(): Promise<void> {
    this.marks.clear();
    this.changed();
  }

  async markedCount(): Promise<number> {
    return this.marks.size;
  }

  async createSheet(data: SheetData, options: { replace?: string } = {}): Promise<string> {
    if (options.replace !== undefined) {
      const target = this.requireSheet(options.replace);
      if (!target.created || !data.marker || target.created.marker !== data.marker) {
        throw new LocalizedError("error.host.notOurs", { sheet: target.name });
      }
      const others = this.sheets.filter((s) => s !== target).map((s) => s.grid);
      const replaced: MemorySheet = { name: target.name, grid: gridFromSheetData(target.name, data, others, this.functions), created: data };
      this.sheets = this.sheets.map((s) => (s === target ? replaced : s));
      this.activeSheet = target.name;
      this.selection = { sheet: target.name, range: "A1" };
      this.changed();
      return target.name;
    }
    const name = freeSheetName(data.name, this.sheets.map((s) => s.name));
    const grid = gridFromSheetData(name, data, this.sheets.map((s) => s.grid), this.functions);
    this.sheets = [...this.sheets, { name, grid, created: data }];
    this.activeSheet = name;
    this.selection = { sheet: name, range: "A1" };
    this.changed();
    return name;
  }

  async findCreatedSheet(marker: string): Promise<string | undefined> {
    return this.sheets.find((s) => s.created?.marker === marker)?.name;
  }

  async loadState(): Promise<StoredState> {
    return structuredCopy(this.state);
  }

  /** Merges by top-level key: saving explanations leaves settings as they were, and vice versa. */
  async saveState(state: StoredState): Promise<void> {
    this.state = structuredCopy({ ...this.state, ...state });
    this.persistence?.save(this.state);
  }

  private requireSheet(sheet: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === sheet) ?? this.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!found) throw new LocalizedError("error.host.noSheet", { sheet });
    return found;
  }

  private changed(): void {
    this.current = this.makeSnapshot(this.current.version + 1);
    for (const l of [...this.listeners]) l();
  }

  private makeSnapshot(version: number): MemorySnapshot {
    return {
      sheets: [...this.sheets],
      activeSheet: this.activeSheet,
      selection: this.selection,
      marks: new Map(this.marks),
      version,
    };
  }
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
