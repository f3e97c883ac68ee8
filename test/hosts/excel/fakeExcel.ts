/**
 * A small Excel for the Excel host's tests, built from office-addin-mock's OfficeMockObject.
 *
 * office-addin-mock gives the load/sync discipline of Office.js (a property read before `load`
 * and `context.sync()` yields an error string, not the value) but nothing else: no workbook
 * behind the objects, no methods, no writes that persist, no `items/name` loads of collections.
 * This file adds what the host needs around it: a workbook model (sheets of cells with values,
 * formulas, errors, number formats, fills and notes) that outlives one `Excel.run`; proxy
 * objects made per request context; method calls and property assignments queued in call
 * order and applied at `context.sync()`; a log of every write; Excel's read limits enforced;
 * and the number of syncs counted.
 */

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum, but the package's
// main module also loads a JSON-schema validator that needs ajv 8, which this install (npm
// legacy-peer-deps) does not resolve. The enum module alone is enough.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { OfficeMockObject } from "office-addin-mock";
import { a1, columnIndex, parseA1, quoteSheetName, rangeA1 } from "../../../src/core/address";
import { DocumentSettings } from "../../../src/hosts/excel/documentSettings";
import { ExcelHostEnvironment } from "../../../src/hosts/excel/ExcelHost";
import { FillState } from "../../../src/hosts/excel/markRecords";
import { ReadLimits, Rect, SHEET_COLUMNS, SHEET_ROWS, rectCells } from "../../../src/hosts/excel/readPlan";

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  /** An error value such as `#DIV/0!`. */
  error?: string;
  numberFormat?: string;
  fill?: FillState;
  note?: string;
  bold?: boolean;
}

export const NO_FILL: FillState = { pattern: "None", color: "#FFFFFF", patternColor: null };

/** A sheet whose cells come from a function (for sizes no test wants to hold in a Map). */
export interface GeneratedCells {
  rect: Rect;
  at(row: number, col: number): FakeCell | undefined;
}

/** A chart as the host asked for it: type, source range, series orientation, title and place. */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: { start: string; end: string };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<string, number>();
  charts: FakeChart[] = [];
  constructor(
    readonly id: string,
    public name: string,
    public generated?: GeneratedCells,
  ) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? this.generated?.at(row, col) ?? {};
  }

  /** The cell to change (copied from the generator the first time). */
  writable(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { ...(this.generated?.at(row, col) ?? {}) };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Used range in the `valuesOnly` sense (cells with a value, formula or error), or with formats and notes too. */
  usedRect(valuesOnly = true): Rect | null {
    let r: Rect | null = this.generated ? { ...this.generated.rect } : null;
    for (const [key, c] of this.cells) {
      const formatted = !valuesOnly && ((c.fill !== undefined && c.fill.pattern !== "None") || c.note !== undefined);
      if (c.value === undefined && c.formula === undefined && c.error === undefined && !formatted) continue;
      const [row, col] = key.split(",").map(Number);
      r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /**
   * What a user does between marking and clearing: rows inserted at `at` (0-based) push the cells
   * below down, fills and notes with them, as Excel does.
   */
  insertRows(at: number, count: number): void {
    this.moveCells((row, col) => (row >= at ? [row + count, col] : [row, col]));
  }

  deleteRows(at: number, count: number): void {
    this.moveCells((row, col) => (row < at ? [row, col] : row < at + count ? null : [row - count, col]));
  }

  insertColumns(at: number, count: number): void {
    this.moveCells((row, col) => (col >= at ? [row, col + count] : [row, col]));
  }

  /** Sorts rows top..bottom (0-based, inclusive) by the value in column `byCol`; whole rows move, formats included. */
  sortRows(top: number, bottom: number, byCol: number, descending = false): void {
    const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
    const key = (row: number) => this.cell(row, byCol).value ?? "";
    const sorted = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return descending ? -d : d;
    });
    const target = new Map(sorted.map((from, i) => [from, top + i]));
    this.moveCells((row, col) => [target.get(row) ?? row, col]);
  }

  private moveCells(to: (row: number, col: number) => [number, number] | null): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, c] of this.cells) {
      const [row, col] = key.split(",").map(Number);
      const dest = to(row, col);
      if (dest) moved.set(`${dest[0]},${dest[1]}`, c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
  }

  /** Used range within `within` (valuesOnly), or null when nothing there holds a value. */
  usedRectWithin(within: Rect): Rect | null {
    let r: Rect | null = null;
    const grow = (row: number, col: number) => {
      r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
    };
    const g = this.generated?.rect;
    if (g) {
      const i = { top: Math.max(g.top, within.top), left: Math.max(g.left, within.left), bottom: Math.min(g.bottom, within.bottom), right: Math.min(g.right, within.right) };
      // A generated sheet is dense: its part inside `within` is used.
      if (i.top <= i.bottom && i.left <= i.right) {
        grow(i.top, i.left);
        grow(i.bottom, i.right);
      }
    }
    for (const [key, c] of this.cells) {
      if (c.value === undefined && c.formula === undefined && c.error === undefined) continue;
      const [row, col] = key.split(",").map(Number);
      if (row >= within.top && row <= within.bottom && col >= within.left && col <= within.right) grow(row, col);
    }
    return r;
  }

  /** Fills cells from rows of values; a string starting with `=` is a formula, `#…!` or `#N/A` an error. */
  put(topLeft: string, rows: (string | number | boolean | null)[][]): this {
    const { row, col } = parseA1(topLeft);
    rows.forEach((values, r) =>
      values.forEach((v, c) => {
        if (v === null) return;
        const cell = this.writable(row + r, col + c);
        if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else if (typeof v === "string" && /^#([A-Z/0]+[!?]|N\/A)$/.test(v)) cell.error = v;
        else cell.value = v;
      }),
    );
    return this;
  }
}

export interface WriteRecord {
  sheet: string;
  /** Single cell or column (`C:C`). */
  address: string;
  what: "value" | "formula" | "numberFormat" | "fill" | "bold" | "columnWidth" | "note" | "sheet-added";
}

export interface ReadRecord {
  sheet: string;
  address: string;
  cells: number;
  sync: number;
}

/** The add-in's document settings; `saved` is what a reopened task pane would find. */
export class FakeSettings implements DocumentSettings {
  private live: Map<string, unknown>;
  saves = 0;
  constructor(private saved = new Map<string, unknown>()) {
    this.live = new Map(saved);
  }
  get(name: string): unknown {
    return this.live.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, value);
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  async save(): Promise<void> {
    this.saved = new Map(this.live);
    this.saves++;
  }
  /** The settings as a freshly loaded task pane sees them: only what was saved. */
  reopened(): FakeSettings {
    return new FakeSettings(new Map(this.saved));
  }
}

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);
const CELL_DATA = ["values", "formulas", "valueTypes", "numberFormat"];

export class FakeExcel {
  sheets: FakeSheet[] = [];
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  runCount = 0;
  /** `getUsedRangeOrNullObject` calls on a range (asking what a piece of a sheet holds). */
  probes = 0;
  writes: WriteRecord[] = [];
  reads: ReadRecord[] = [];
  limits: ReadLimits = { maxCellsPerRange: 5_000_000, maxCellsPerSync: 120_000 };
  notesSupported = true;
  areasSelectable = true;
  settings = new FakeSettings();
  private nextId = 1;

  addSheet(name: string, generated?: GeneratedCells): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name, generated);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no fake sheet ${name}`);
    return s;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  /** The host environment; `settings` defaults to this workbook's settings. */
  env(settings: FakeSettings = this.settings): ExcelHostEnvironment {
    return { run: this.run, settings, limits: this.limits, notesSupported: this.notesSupported, areasSelectable: this.areasSelectable };
  }

  /** A snapshot of everything a user could see in the cells, to compare before and after. */
  snapshot(): string {
    const sheets = this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .map(([key, c]) => [key, normalise(c)] as const)
        .filter(([, c]) => JSON.stringify(c) !== JSON.stringify(normalise({})))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
      widths: [...s.columnWidths.entries()],
    }));
    return JSON.stringify(sheets);
  }

  newId(): string {
    return `{sheet-${this.nextId++}}`;
  }

  /** The user copies a sheet: a new sheet (new id) with every cell, fill and note of the original. */
  copySheet(name: string, copyName: string): FakeSheet {
    const source = this.sheet(name);
    const copy = this.addSheet(copyName);
    for (const [k, c] of source.cells) copy.cells.set(k, JSON.parse(JSON.stringify(c)) as FakeCell);
    return copy;
  }
}

type Mock = OfficeMockObject & Record<string, unknown>;

function setMockValue(mock: Mock, name: string, value: unknown): void {
  (mock as unknown as { setValue(n: string, v: unknown): void }).setValue(name, value);
}

function loadNames(props: unknown): string[] {
  if (typeof props === "string") return props.replace(/\s/g, "").split(",");
  if (Array.isArray(props)) return props.map(String);
  return [];
}

class FakeContext {
  readonly workbook: { worksheets: Mock };
  private readonly mocks: Mock[] = [];
  /** Set while OfficeMockObject publishes loaded values, which are not writes. */
  private publishing = false;
  private ops: (() => void)[] = [];
  private checks: (() => void)[] = [];
  private loads: { sheet: FakeSheet; rect: Rect }[] = [];
  private readonly sheetMocks = new Map<FakeSheet, Mock>();

  constructor(private readonly excel: FakeExcel) {
    const items = excel.sheets.map((s) => this.sheetMock(s));
    const worksheets = this.register(
      new OfficeMockObject({
        items,
        getItem: (key: string) => this.sheetByKey(key),
        getItemOrNullObject: (key: string) => this.sheetByKey(key),
        add: (name: string) => this.addSheet(name),
      }) as Mock,
    );
    const baseLoad = worksheets.load.bind(worksheets);
    // Collections: `load("items/name,items/id")` loads the listed properties of every item.
    worksheets.load = ((props: unknown) => {
      const names = loadNames(props);
      const itemProps = names.filter((n) => n.startsWith("items/")).map((n) => n.slice("items/".length));
      baseLoad("items");
      if (itemProps.length > 0) for (const m of items) m.load(itemProps.join(","));
      return worksheets;
    }) as Mock["load"];
    this.workbook = { worksheets };
  }

  async sync(): Promise<void> {
    this.excel.syncCount++;
    const loads = this.loads;
    const checks = this.checks;
    const ops = this.ops;
    this.loads = [];
    this.checks = [];
    this.ops = [];
    let cells = 0;
    for (const l of loads) {
      const n = rectCells(l.rect);
      if (n > this.excel.limits.maxCellsPerRange) throw new ExcelError("ResponsePayloadSizeLimitExceeded", `A range of ${n} cells was read at once.`);
      cells += n;
    }
    if (cells > this.excel.limits.maxCellsPerSync) throw new ExcelError("ResponsePayloadSizeLimitExceeded", `One sync read ${cells} cells.`);
    for (const check of checks) check();
    for (const l of loads) this.excel.reads.push({ sheet: l.sheet.name, address: rangeA1(l.rect.top, l.rect.left, l.rect.bottom, l.rect.right), cells: rectCells(l.rect), sync: this.excel.syncCount });
    for (const op of ops) op();
    this.publishing = true;
    try {
      for (const m of this.mocks) await m.sync();
      // OfficeMockObject publishes nested values from un-awaited promises: let them settle.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      this.publishing = false;
    }
  }

  private register(mock: Mock): Mock {
    this.mocks.push(mock);
    return mock;
  }

  /**
   * Turns a property into one whose assignment is queued like a method call, as Office.js does.
   * The mock's own assignments (its "not loaded" markers, loaded values) pass through.
   */
  private track(target: Record<string, unknown>, field: string, apply: (value: unknown) => void): void {
    let current = target[field];
    Object.defineProperty(target, field, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => {
        current = value;
        if (this.publishing || (typeof value === "string" && MOCK_ERRORS.has(value))) return;
        this.ops.push(() => apply(value));
      },
    });
  }

  private write(sheet: FakeSheet, address: string, what: WriteRecord["what"]): void {
    this.excel.writes.push({ sheet: sheet.name, address, what });
  }

  private sheetByKey(key: string): Mock {
    const sheet = this.excel.sheets.find((s) => s.id === key) ?? this.excel.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
    if (sheet) return this.sheetMock(sheet);
    // Excel fails the whole batch at sync when a missing item is used.
    this.checks.push(() => {
      throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: ${key}`);
    });
    return this.sheetMock(new FakeSheet("{missing}", key));
  }

  private addSheet(name: string): Mock {
    const sheet = new FakeSheet(this.excel.newId(), name);
    this.checks.push(() => {
      if (this.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `A sheet named ${name} exists.`);
    });
    // Runs before the other queued operations of the batch, which may write into the sheet.
    this.ops.unshift(() => {
      this.excel.sheets.push(sheet);
      this.write(sheet, "", "sheet-added");
    });
    return this.sheetMock(sheet);
  }

  private sheetMock(sheet: FakeSheet): Mock {
    const known = this.sheetMocks.get(sheet);
    if (known) return known;
    const data: Record<string, unknown> = {
      name: sheet.name,
      id: sheet.id,
      getUsedRange: (valuesOnly?: boolean) => {
        const used = sheet.usedRect(valuesOnly === true);
        return this.rangeMock(sheet, used ?? { top: 0, left: 0, bottom: 0, right: 0 });
      },
      getRange: (address: string) => this.rangeMock(sheet, parseAddress(address)),
      // A RangeAreas as far as selecting goes: Excel selects every area, the first one's top left active.
      getRanges: (address: string) =>
        new OfficeMockObject({
          select: () => {
            this.ops.push(() => {
              this.excel.activeSheetId = sheet.id;
              this.excel.selection = { sheet: sheet.name, address: address.split(/\s*,\s*/).map((a) => { const r = parseAddress(a); return rangeA1(r.top, r.left, r.bottom, r.right); }).join(", ") };
            });
          },
        }) as Mock,
      getUsedRangeOrNullObject: () => this.rangeMock(sheet, sheet.usedRect()),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
        if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > SHEET_ROWS || col + cols > SHEET_COLUMNS) {
          this.checks.push(() => {
            throw new ExcelError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
          });
        }
        return this.rangeMock(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
      },
      activate: () => {
        this.ops.push(() => {
          this.excel.activeSheetId = sheet.id;
        });
      },
    };
    if (this.excel.notesSupported) {
      data.notes = {
        getItemOrNullObject: (address: string) => this.noteMock(sheet, parseA1(address)),
        getItem: (address: string) => this.noteMock(sheet, parseA1(address)),
        add: (where: string | Mock, content: string) => {
          const at = typeof where === "string" ? parseA1(where) : parseA1(String((where as Mock).__cell));
          this.ops.push(() => {
            const cell = sheet.writable(at.row, at.col);
            if (cell.note !== undefined) throw new ExcelError("InvalidOperation", "The cell already has a note.");
            cell.note = content;
            this.write(sheet, a1(at.row, at.col), "note");
          });
        },
      };
    }
    const mock = this.register(new OfficeMockObject(data) as Mock);
    // Charts: a plain collection (OfficeMockObject cannot hold methods on collection items).
    mock.charts = this.chartsOf(sheet) as unknown as Mock;
    this.sheetMocks.set(sheet, mock);
    return mock;
  }

  private chartsOf(sheet: FakeSheet) {
    const itemOf = (chart: FakeChart) => ({
      delete: () => this.ops.push(() => (sheet.charts = sheet.charts.filter((c) => c !== chart))),
    });
    const collection = {
      items: sheet.charts.map(itemOf),
      load: () => {
        collection.items = sheet.charts.map(itemOf);
        return collection;
      },
      add: (type: string, source: Mock, seriesBy: string) => {
        const chart: FakeChart = { type, source: rangeA1(...rectArgs(source.__rect as Rect)), seriesBy };
        this.ops.push(() => sheet.charts.push(chart));
        const title = {} as { text?: string };
        Object.defineProperty(title, "text", { set: (v: string) => this.ops.push(() => (chart.title = v)) });
        return { title, setPosition: (start: string, end: string) => this.ops.push(() => (chart.position = { start, end })) };
      },
    };
    return collection;
  }

  private noteMock(sheet: FakeSheet, at: { row: number; col: number }): Mock {
    const existing = sheet.cell(at.row, at.col).note;
    const mock = this.register(
      new OfficeMockObject({
        content: existing ?? "",
        delete: () => {
          this.ops.push(() => {
            delete sheet.writable(at.row, at.col).note;
            this.write(sheet, a1(at.row, at.col), "note");
          });
        },
      }) as Mock,
    );
    mock.isNullObject = existing === undefined;
    this.track(mock, "content", (value) => {
      sheet.writable(at.row, at.col).note = String(value);
      this.write(sheet, a1(at.row, at.col), "note");
    });
    return mock;
  }

  private rangeMock(sheet: FakeSheet, rect: Rect | null): Mock {
    const r = rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const topLeft = sheet.cell(r.top, r.left);
    const whole = r.top === 0 && r.bottom === SHEET_ROWS - 1;
    const mock = this.register(
      new OfficeMockObject({
        address: `${quoteSheetName(sheet.name)}!${whole ? `${columnLetter(r.left)}:${columnLetter(r.right)}` : rangeA1(r.top, r.left, r.bottom, r.right)}`,
        rowCount: r.bottom - r.top + 1,
        columnCount: r.right - r.left + 1,
        format: {
          // OfficeMockObject cannot hold null; Excel reports no pattern colour as an empty value.
          fill: { ...(topLeft.fill ?? NO_FILL), patternColor: topLeft.fill?.patternColor ?? "", tintAndShade: topLeft.fill?.tintAndShade ?? 0, patternTintAndShade: topLeft.fill?.patternTintAndShade ?? 0, clear: () => this.ops.push(() => this.eachCell(sheet, r, (c, a) => ((c.fill = { ...NO_FILL }), this.write(sheet, a, "fill")))) },
          font: { bold: topLeft.bold ?? false },
          columnWidth: 48,
        },
        getCellProperties: () => {
          // Per-cell fill colours and addresses, filled in at sync as Excel returns them.
          const result: { value: unknown[][] } = { value: [] };
          this.ops.push(() => {
            const rows: unknown[][] = [];
            for (let row = r.top; row <= r.bottom; row++) {
              const cells: unknown[] = [];
              for (let col = r.left; col <= r.right; col++) {
                const fill = sheet.cell(row, col).fill ?? NO_FILL;
                cells.push({ address: `${quoteSheetName(sheet.name)}!${a1(row, col)}`, format: { fill: { color: fill.pattern === "None" ? "#FFFFFF" : fill.color } } });
              }
              rows.push(cells);
            }
            result.value = rows;
          });
          return result;
        },
        getUsedRangeOrNullObject: () => {
          this.excel.probes++;
          return this.rangeMock(sheet, rect ? sheet.usedRectWithin(r) : null);
        },
        getIntersectionOrNullObject: (other: Mock) => {
          const o = other.__rect as Rect;
          const i = { top: Math.max(r.top, o.top), left: Math.max(r.left, o.left), bottom: Math.min(r.bottom, o.bottom), right: Math.min(r.right, o.right) };
          return this.rangeMock(sheet, rect && i.top <= i.bottom && i.left <= i.right ? i : null);
        },
        clear: () =>
          this.ops.push(() =>
            this.eachCell(sheet, r, (c, a) => {
              for (const k of Object.keys(c) as (keyof FakeCell)[]) delete c[k];
              this.write(sheet, a, "value");
            }),
          ),
        select: () => {
          this.ops.push(() => {
            this.excel.activeSheetId = sheet.id;
            this.excel.selection = { sheet: sheet.name, address: rangeA1(r.top, r.left, r.bottom, r.right) };
          });
        },
      }) as Mock,
    );
    mock.isNullObject = rect === null;
    mock.__rect = r;
    mock.__cell = a1(r.top, r.left);
    const baseLoad = mock.load.bind(mock);
    mock.load = ((props: unknown) => {
      const names = loadNames(props);
      if (names.some((n) => CELL_DATA.includes(n)) && rect !== null) {
        this.loads.push({ sheet, rect: r });
        // Materialise only what fits Excel's limit; a larger read fails at sync anyway.
        if (rectCells(r) <= this.excel.limits.maxCellsPerRange) for (const [name, value] of Object.entries(cellArrays(sheet, r))) setMockValue(mock, name, value);
      }
      const available = names.filter((n) => !CELL_DATA.includes(n) || (rect !== null && rectCells(r) <= this.excel.limits.maxCellsPerRange));
      return available.length > 0 ? baseLoad(available.join(",")) : mock;
    }) as Mock["load"];

    const format = mock.format as Mock;
    const fill = format.fill as Mock;
    const font = format.font as Mock;
    for (const name of CELL_DATA.slice(0, 2).concat("numberFormat")) {
      if (!(name in mock)) mock[name] = "Error, property was not loaded";
      this.track(mock, name, (value) => this.writeCells(sheet, r, name, value));
    }
    this.track(fill, "color", (value) =>
      this.eachCell(sheet, r, (c, a) => {
        c.fill = { pattern: !c.fill || c.fill.pattern === "None" ? "Solid" : c.fill.pattern, color: String(value).toUpperCase(), patternColor: c.fill?.patternColor ?? null };
        this.write(sheet, a, "fill");
      }),
    );
    this.track(fill, "pattern", (value) =>
      this.eachCell(sheet, r, (c, a) => {
        c.fill = { ...(c.fill ?? NO_FILL), pattern: String(value) };
        this.write(sheet, a, "fill");
      }),
    );
    for (const field of ["tintAndShade", "patternTintAndShade"] as const) {
      this.track(fill, field, (value) =>
        this.eachCell(sheet, r, (c, a) => {
          c.fill = { ...(c.fill ?? NO_FILL), [field]: Number(value) };
          this.write(sheet, a, "fill");
        }),
      );
    }
    this.track(fill, "patternColor", (value) =>
      this.eachCell(sheet, r, (c, a) => {
        c.fill = { ...(c.fill ?? NO_FILL), patternColor: String(value) };
        this.write(sheet, a, "fill");
      }),
    );
    this.track(font, "bold", (value) => this.eachCell(sheet, r, (c, a) => ((c.bold = Boolean(value)), this.write(sheet, a, "bold"))));
    this.track(format, "columnWidth", (value) => {
      for (let col = r.left; col <= r.right; col++) {
        sheet.columnWidths.set(columnLetter(col), Number(value));
        this.write(sheet, `${columnLetter(col)}:${columnLetter(col)}`, "columnWidth");
      }
    });
    return mock;
  }

  private eachCell(sheet: FakeSheet, r: Rect, f: (cell: FakeCell, address: string) => void): void {
    if (rectCells(r) > 100_000) throw new Error(`fake: refusing to write ${rectCells(r)} cells one by one`);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(sheet.writable(row, col), a1(row, col));
  }

  /** `values` / `formulas` / `numberFormat` written as a 2-D array, parsed the way Excel parses input. */
  private writeCells(sheet: FakeSheet, r: Rect, name: string, value: unknown): void {
    const rows = value as unknown[][];
    if (!Array.isArray(rows) || rows.length !== r.bottom - r.top + 1 || rows.some((row) => !Array.isArray(row) || row.length !== r.right - r.left + 1)) {
      throw new ExcelError("InvalidArgument", `${name} must be a ${r.bottom - r.top + 1}×${r.right - r.left + 1} array`);
    }
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = sheet.writable(r.top + i, r.left + j);
        const address = a1(r.top + i, r.left + j);
        if (name === "numberFormat") {
          cell.numberFormat = String(v);
          this.write(sheet, address, "numberFormat");
          return;
        }
        delete cell.formula;
        delete cell.error;
        delete cell.value;
        if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
        else if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) cell.value = Number(v);
        else if (v !== "" && v !== null && v !== undefined) cell.value = v as string | number | boolean;
        this.write(sheet, address, cell.formula ? "formula" : "value");
      }),
    );
  }
}

function rectArgs(r: Rect): [number, number, number, number] {
  return [r.top, r.left, r.bottom, r.right];
}

/** A cell as a user sees it: no fill and an untouched cell look the same. */
function normalise(c: FakeCell): Record<string, unknown> {
  const fill = c.fill ?? NO_FILL;
  return {
    value: c.value ?? null,
    formula: c.formula ?? null,
    error: c.error ?? null,
    numberFormat: c.numberFormat ?? "General",
    fill:
      fill.pattern === "None"
        ? "none"
        : {
            pattern: fill.pattern,
            color: fill.color.toUpperCase(),
            patternColor: fill.pattern === "Solid" ? null : (fill.patternColor ?? null),
            tintAndShade: fill.tintAndShade ?? 0,
            patternTintAndShade: fill.pattern === "Solid" ? 0 : (fill.patternTintAndShade ?? 0),
          },
    note: c.note ?? null,
    bold: c.bold ?? false,
  };
}

function cellArrays(sheet: FakeSheet, r: Rect): Record<string, unknown[][]> {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const valueTypes: string[][] = [];
  const numberFormat: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    const t: string[] = [];
    const n: string[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const c = sheet.cell(row, col);
      const value = c.error ?? c.value ?? "";
      v.push(value);
      f.push(c.formula ?? value);
      t.push(c.error ? "Error" : value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String");
      n.push(c.numberFormat ?? "General");
    }
    values.push(v);
    formulas.push(f);
    valueTypes.push(t);
    numberFormat.push(n);
  }
  return { values, formulas, valueTypes, numberFormat };
}

function columnLetter(col: number): string {
  return a1(0, col).replace(/\d+$/, "");
}

function parseAddress(address: string): Rect {
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (columns) return { top: 0, left: columnIndex(columns[1]), bottom: SHEET_ROWS - 1, right: columnIndex(columns[2]) };
  const [p, q] = address.split(":");
  const a = parseA1(p);
  const b = q ? parseA1(q) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
