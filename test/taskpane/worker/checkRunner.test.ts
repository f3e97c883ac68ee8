import ExcelJS from "exceljs";
import { CheckCancelled, CheckRunner, resultFromParts } from "../../../src/taskpane/worker/client";
import { CheckRequest, CheckResponse } from "../../../src/taskpane/worker/protocol";
import { checkWorkbook } from "../../../src/core/check";
import { resolveOptions } from "../../../src/core/options";
import { Grid } from "../../../src/core/grid";
import { gridsFromWorkbook } from "../../../src/hosts/xlsx";
import { SAMPLE_XLSX } from "../../cli/helpers";

/**
 * A Worker stand-in that runs the engine as check.worker.ts does, answering on a later task, with
 * messages structured-cloned both ways as a real worker's are.
 */
class FakeWorker {
  terminated = false;
  posted = 0;
  private listeners = new Map<string, Set<(e: unknown) => void>>();

  /** `fail`: the script does not load; with `atStart`, it says so at once, whether or not a check was sent. */
  constructor(
    private readonly fail = false,
    private readonly atStart = false,
  ) {
    if (fail && atStart) setTimeout(() => this.emit("error", { message: "checkWorker.js: 404", preventDefault: () => undefined }), 1);
  }

  addEventListener(type: string, fn: (e: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(fn);
  }

  removeEventListener(type: string, fn: (e: unknown) => void): void {
    this.listeners.get(type)?.delete(fn);
  }

  postMessage(message: CheckRequest): void {
    this.posted++;
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) {
        // A worker whose script failed at start said so then, once: it never answers.
        if (!this.atStart) this.emit("error", { message: "checkWorker.js: 404", preventDefault: () => undefined });
        return;
      }
      const r = checkWorkbook(request.grids, request.options);
      const response: CheckResponse = { id: request.id, ok: true, parts: { findings: r.findings, tables: r.tables, summary: r.summary } };
      this.emit("message", { data: structuredClone(response) });
    }, 5);
  }

  terminate(): void {
    this.terminated = true;
  }

  private emit(type: string, event: unknown): void {
    for (const fn of [...(this.listeners.get(type) ?? [])]) fn(event);
  }
}

/** A runner whose workers are FakeWorkers (`how` they fail, if they do), and the list of those it made, in order. */
function runnerOnFakeWorkers(how: { fail?: boolean; atStart?: boolean } = {}): { runner: CheckRunner; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const runner = new CheckRunner(() => {
    const w = new FakeWorker(how.fail, how.atStart);
    workers.push(w);
    return w as unknown as Worker;
  });
  return { runner, workers };
}

describe("CheckRunner (the pane's side of the check worker)", () => {
  let grids: Grid[];
  const options = resolveOptions({ population: { 2024: 7008 } });

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    grids = gridsFromWorkbook(wb);
  });

  it("gives the findings, tables and counts of a check on this thread, and the model when asked", async () => {
    const { runner, workers } = runnerOnFakeWorkers();
    const result = await runner.start(grids, options).result;
    const direct = checkWorkbook(grids, options);
    expect(result.findings).toEqual(direct.findings);
    expect(result.tables).toEqual(direct.tables);
    expect(result.summary).toEqual(direct.summary);
    expect(result.model.sheets.map((s) => s.tables.length)).toEqual(direct.model.sheets.map((s) => s.tables.length));
    // One worker serves check after check.
    await runner.start(grids, options).result;
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(2);
  });

  it("cancel terminates the worker, rejects with CheckCancelled, and starts a new worker at once for the next check", async () => {
    const { runner, workers } = runnerOnFakeWorkers();
    const running = runner.start(grids, options);
    running.cancel();
    await expect(running.result).rejects.toBeInstanceOf(CheckCancelled);
    expect(workers[0].terminated).toBe(true);
    // Started before the next check, so it warms up meanwhile.
    expect(workers).toHaveLength(2);
    expect(workers[1].terminated).toBe(false);
    const again = await runner.start(grids, options).result;
    expect(again.findings.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(2);
    expect(workers[1].posted).toBe(1);
  });

  it("checks on this thread when the worker script cannot load, and keeps doing so", async () => {
    const { runner, workers } = runnerOnFakeWorkers({ fail: true });
    const first = await runner.start(grids, options).result;
    expect(first.summary).toEqual(checkWorkbook(grids, options).summary);
    await runner.start(grids, options).result;
    expect(workers).toHaveLength(1);
  });

  it("starts its worker before the first check when prepared, and that worker serves the check", async () => {
    const { runner, workers } = runnerOnFakeWorkers();
    runner.prepare();
    runner.prepare();
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(0);
    const result = await runner.start(grids, options).result;
    expect(result.summary).toEqual(checkWorkbook(grids, options).summary);
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(1);
  });

  it("checks on this thread when a worker started ahead of the check failed to load", async () => {
    const { runner, workers } = runnerOnFakeWorkers({ fail: true, atStart: true });
    runner.prepare();
    // The load error arrives before any check is sent, with only the runner listening.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await runner.start(grids, options).result;
    expect(result.summary).toEqual(checkWorkbook(grids, options).summary);
    runner.prepare();
    expect(workers).toHaveLength(1);
  });

  it("checks on this thread where there is no Worker at all", async () => {
    const result = await new CheckRunner(null).start(grids, options).result;
    expect(result.summary).toEqual(checkWorkbook(grids, options).summary);
  });

  it("rebuilds the model from the grids only once, on first use", () => {
    const direct = checkWorkbook(grids, options);
    const result = resultFromParts(grids, options, { findings: direct.findings, tables: direct.tables, summary: direct.summary });
    const model = result.model;
    expect(result.model).toBe(model);
    expect(model.sheets.map((s) => s.sheet)).toEqual(direct.model.sheets.map((s) => s.sheet));
    expect(result.equations.length).toBe(direct.equations.length);
  });
});
