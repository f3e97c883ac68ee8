/**
 * Engine benchmark (`npm run bench`). Figures only; no thresholds are asserted here.
 *  1. Generated workbooks of 50, 200 and 800 vastuualue sheets shaped like the sample, tables moved
 *     a little on each sheet: load time (ExcelJS + grids), recognise + check time, their ratio and
 *     the cost per sheet (flat when the check scales linearly). Beside the ratio at 200 sheets, a
 *     floor (only visiting every cell and parsing it, the least any checker does) and the ratio
 *     for the same book repaired toward consistency (./consistentWorkbook.ts).
 *     Then the CLI's case: the same book read and checked once in a new process, cold (./firstCheck.ts).
 *  2. The sample workbook's check time after load.
 *  3. Batch throughput of `check A.xlsx B.xlsx …`: workbooks per second on one core and on all,
 *     and the CPU each run took (this thread, the others: workers, V8's collector and compiler).
 *  4. The Excel host's read plan for a 50-sheet book (syncs, cells per sync).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { SAMPLE_XLSX } from "../scripts/build-sample";
import { writeBenchWorkbook } from "./workbook";
import { compiledEngineDir, compiledModule, engineModule, loadEngine } from "./engine";
import { FileJob } from "../src/cli/batch/job";
import { readPlanFigures } from "./readPlan";
import { Collections, collectionsWithin, rulesCpu, timePhases } from "./phases";
import { consistentWorkbook } from "./consistentWorkbook";
import { FirstCheck, firstCheck, firstCheckLines } from "./firstCheck";
import { median } from "./median";
import { countBySeverity } from "../src/core/findings";
import type * as Numbers from "../src/core/numbers";
import type { Grid } from "../src/core/grid";

const SIZES = [50, 200, 800];
const { compiled, checkWorkbook, gridsFromWorkbook, runJobs, availableCores, defaultWorkers } = loadEngine();
const { parseCell } = engineModule<typeof Numbers>("core/numbers");
const POPULATION = { population: { 2024: 7008 } };
const RATIO_AT = 200;

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface SizeFigures {
  sheets: number;
  cells: number;
  kib: number;
  tables: number;
  findings: number;
  load: number;
  check: number;
  checkMin: number;
  checkMax: number;
  /** CPU time (this process, user + system) of one load and one check: steadier than wall time on a shared machine. */
  loadCpu: number;
  checkCpu: number;
  /** The same on this thread only (no collector or compiler threads); undefined off Linux. */
  loadThreadCpu?: number;
  checkThreadCpu?: number;
  /** CPU of only visiting every cell and parsing it as the engine does (median). */
  floorCpu: number;
  phases: string;
  severities: string;
  /** The collections during the timed checks, per check. */
  collections: Collections;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/**
 * The least any checker does: look at every cell once and read its figure (core/numbers' parse,
 * as recognition does). Returns a count so the loop cannot be optimised away.
 */
function visitAndParse(grids: readonly Grid[]): number {
  let figures = 0;
  for (const g of grids) {
    for (const row of g.values) {
      if (!row) continue;
      for (const v of row) if (v !== null && v !== undefined && parseCell(v).kind === "number") figures++;
    }
  }
  return figures;
}

function floorCpu(grids: readonly Grid[]): number {
  visitAndParse(grids); // warm-up
  const cpus: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    visitAndParse(grids);
    cpus.push(cpuMs(c0));
  }
  return median(cpus);
}

async function measure(dir: string, sheets: number): Promise<SizeFigures> {
  const file = path.join(dir, `bench-${sheets}.xlsx`);
  return measureFile(file, sheets, await writeBenchWorkbook(file, sheets));
}

async function measureFile(file: string, sheets: number, size: number, phases = true): Promise<SizeFigures> {
  global.gc?.();
  // Load: the median of three reads, so one busy moment on a shared machine does not decide.
  const loads: number[] = [];
  const loadCpus: number[] = [];
  const loadThreadCpus: number[] = [];
  let wb: ExcelJS.Workbook | null = null;
  for (let i = 0; i < 3; i++) {
    wb = null;
    const c0 = process.cpuUsage();
    const th0 = threadCpuMs();
    const t0 = performance.now();
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.readFile(file);
    gridsFromWorkbook(fresh);
    loads.push(performance.now() - t0);
    loadCpus.push(cpuMs(c0));
    const thread = threadCpuSince(th0);
    if (thread !== undefined) loadThreadCpus.push(thread);
    wb = fresh;
  }
  const grids = gridsFromWorkbook(wb as ExcelJS.Workbook);
  // The CLI lets go of ExcelJS's workbook once it has the grids; kept alive here, its objects
  // would make every collection during the check slower than the CLI's.
  wb = null;
  sampleHeap();
  checkWorkbook(grids, POPULATION); // warm-up: JIT compilation
  const runs = sheets >= 800 ? 3 : 5;
  const times: number[] = [];
  const cpus: number[] = [];
  const threadCpus: number[] = [];
  let tables = 0;
  let findings = 0;
  let severities = "";
  const checksStart = performance.now();
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const th0 = threadCpuMs();
    const s = performance.now();
    const result = checkWorkbook(grids, POPULATION);
    times.push(performance.now() - s);
    cpus.push(cpuMs(c0));
    const thread = threadCpuSince(th0);
    if (thread !== undefined) threadCpus.push(thread);
    tables = result.tables.length;
    findings = result.findings.length;
    const count = countBySeverity(result.findings);
    severities = `${count.error} errors, ${count.warning} warnings, ${count.info} notes`;
    sampleHeap();
  }
  const during = await collectionsWithin([checksStart, performance.now()]);
  const collections: Collections = { scavenges: during.scavenges / runs, scavengeMs: during.scavengeMs / runs, major: during.major / runs, majorMs: during.majorMs / runs };
  const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
  let phaseLine = "";
  if (phases) {
    const p = timePhases(grids);
    phaseLine = `recognise ${ms(p.recognise)}, rules ${ms(rulesCpu(p.rules))}, root-cause analysis ${ms(p.why)} (${p.equations} equations)`;
  }
  return {
    phases: phaseLine,
    severities,
    collections,
    floorCpu: floorCpu(grids),
    sheets,
    cells,
    kib: size / 1024,
    tables,
    findings,
    load: median(loads),
    check: median(times),
    checkMin: Math.min(...times),
    checkMax: Math.max(...times),
    loadCpu: median(loadCpus),
    checkCpu: median(cpus),
    ...(loadThreadCpus.length > 0 && threadCpus.length > 0 ? { loadThreadCpu: median(loadThreadCpus), checkThreadCpu: median(threadCpus) } : {}),
  };
}

/** The ratio for the bench book repaired toward consistency, beside the bench book's own. */
async function consistentFigures(dir: string, bench: SizeFigures): Promise<string> {
  const { workbook, rounds } = consistentWorkbook(bench.sheets, { checkWorkbook, gridsFromWorkbook }, POPULATION);
  const file = path.join(dir, `consistent-${bench.sheets}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const f = await measureFile(file, bench.sheets, fs.statSync(file).size, false);
  return (
    `Check / load at ${bench.sheets} sheets, the book repaired toward consistency (${rounds} rounds; ${f.findings} findings left: ${f.severities}; ` +
    `the bench book has ${bench.findings}: ${bench.severities}): load ${ms(f.loadCpu)}, recognise + check ${ms(f.checkCpu)} CPU, check / load ${((f.checkCpu / f.loadCpu) * 100).toFixed(1)} % CPU`
  );
}

/** The bench book of `sheets` (written by `measure`) read and checked cold, in three new processes. */
function firstCheckFigures(dir: string, sheets: number): string[] {
  const engine = compiledEngineDir();
  if (engine === undefined) return [`First check in a new process: not measured (the engine did not compile)`];
  const runs: FirstCheck[] = [];
  for (let i = 0; i < 3; i++) runs.push(firstCheck(engine, path.join(dir, `bench-${sheets}.xlsx`)));
  return firstCheckLines(runs, sheets);
}

async function sampleCheck(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  const grids = gridsFromWorkbook(wb);
  checkWorkbook(grids);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const s = performance.now();
    checkWorkbook(grids, { population: { 2024: 7008 } });
    times.push(performance.now() - s);
  }
  return `Sample workbook check after load (median of 21): ${ms(median(times))}  [min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}]`;
}

/**
 * CPU milliseconds of this thread alone (Linux: /proc/thread-self, in clock ticks of 10 ms), or
 * undefined elsewhere. Node 20 has no per-thread CPU clock; the process's includes V8's own threads.
 */
function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** This thread's CPU since `start` (a `threadCpuMs` reading), or undefined where it cannot be read. */
function threadCpuSince(start: number | undefined): number | undefined {
  const now = threadCpuMs();
  return start === undefined || now === undefined ? undefined : now - start;
}

/**
 * One batch in a new Node process, as `budjettitarkistin check FILES… --jobs N` runs it: every
 * thread starts cold (loads ExcelJS and the engine, compiles them hot), the one-core run too.
 * Wall time of the whole process and its CPU.
 */
function freshBatch(pool: string, tiering: string, jobs: readonly FileJob[], workers: number): { seconds: number; cpu: number } {
  // Tiered as bin/budjettitarkistin.js tiers a process, then as a batch does.
  const script = `const tiering = require(${JSON.stringify(tiering)});
    tiering.tierForOneBook();
    const jobs = JSON.parse(require("fs").readFileSync(0, "utf8"));
    tiering.tierForBatch();
    require(${JSON.stringify(pool)}).runJobs(jobs, ${workers}, () => undefined).then(() => {
      const u = process.cpuUsage();
      process.stdout.write(String((u.user + u.system) / 1000));
    });`;
  const s = performance.now();
  const child = spawnSync(process.execPath, ["-e", script], { input: JSON.stringify(jobs), encoding: "utf8" });
  const seconds = (performance.now() - s) / 1000;
  if (child.status !== 0) throw new Error(`fresh batch on ${workers} threads failed: ${child.stderr}`);
  return { seconds, cpu: Number(child.stdout) };
}

function freshBatchLines(jobs: readonly FileJob[], cores: number): string[] {
  const pool = compiledModule("cli/batch/pool");
  const tiering = compiledModule("cli/tiering");
  if (pool === undefined || tiering === undefined || cores < 2) return [];
  const runs = new Map<number, { seconds: number; cpu: number }[]>([
    [1, []],
    [cores, []],
  ]);
  // Alternated, so a busy spell on a shared machine falls on both.
  for (let round = 0; round < 3; round++) for (const [workers, got] of runs) got.push(freshBatch(pool, tiering, jobs, workers));
  const [one, all] = [...runs.values()].map((got) => ({ seconds: median(got.map((g) => g.seconds)), cpu: median(got.map((g) => g.cpu)) }));
  const rate = (r: { seconds: number }) => (jobs.length / r.seconds).toFixed(1);
  return [
    `Batch in a new process each, as the CLI runs it (medians of 3): 1 core ${rate(one)} workbooks/s (${one.seconds.toFixed(2)} s, CPU ${ms(one.cpu)}), ` +
      `${cores} cores ${rate(all)} workbooks/s (${all.seconds.toFixed(2)} s, CPU ${ms(all.cpu)}), speed-up ${(one.seconds / all.seconds).toFixed(2)} ×`,
  ];
}

async function batchThroughput(dir: string): Promise<string[]> {
  // Many small books (the sample, 7 sheets) and a few mid-sized ones (50 generated sheets).
  const files: string[] = [];
  for (let i = 0; i < 24; i++) {
    const f = path.join(dir, `kunta-${i}.xlsx`);
    fs.copyFileSync(SAMPLE_XLSX, f);
    files.push(f);
  }
  const mid = path.join(dir, "bench-50.xlsx");
  for (let i = 0; i < 8; i++) {
    const f = path.join(dir, `iso-${i}.xlsx`);
    fs.copyFileSync(mid, f);
    files.push(f);
  }
  const jobs: FileJob[] = files.map((file, index) => ({
    index,
    file,
    options: { population: { 2024: 7008 } },
    lang: "fi",
    exitZero: false,
    notes: false,
    text: true,
    json: false,
    html: false,
  }));
  const cores = availableCores();
  const out: string[] = [];
  const rates: number[] = [];
  const cpu: string[] = [];
  for (const workers of cores > 1 ? [1, cores] : [1]) {
    const s = performance.now();
    const c0 = process.cpuUsage();
    const t0 = threadCpuMs();
    let done = 0;
    await runJobs(jobs, workers, () => done++);
    const seconds = (performance.now() - s) / 1000;
    const own = threadCpuSince(t0);
    const total = cpuMs(c0);
    const thread = own !== undefined ? ` (this thread ${ms(own)}, other threads ${ms(total - own)})` : "";
    cpu.push(`${workers} ${workers === 1 ? "core" : "cores"} ${ms(total)}${thread}`);
    rates.push(done / seconds);
    out.push(
      `Batch check (${files.length} workbooks: 24 × sample, 8 × 50 sheets, text reports) on ${workers} ${workers === 1 ? "core (this thread)" : "cores (worker threads)"}: ` +
        `${(done / seconds).toFixed(1)} workbooks/s, ${seconds.toFixed(2)} s`,
    );
  }
  if (rates.length > 1) out.push(`Batch speed-up on ${cores} cores: ${(rates[1] / rates[0]).toFixed(2)} ×  (load average ${os.loadavg()[0].toFixed(1)})`);
  out.push(`Batch threads by default here (no --jobs): ${defaultWorkers(cores)} of ${cores} cores, one per ${(cores / defaultWorkers(cores)).toFixed(1)} cores`);
  // The rest of the process's CPU is the workers and V8's own threads (collector, optimising
  // compiler), which already keep a second core busy when one thread checks.
  out.push(`Batch CPU, whole process: ${cpu.join("; ")}`);
  out.push(...freshBatchLines(jobs, cores));
  return out;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bt-bench-"));
  try {
    const figures: SizeFigures[] = [];
    for (const n of SIZES) figures.push(await measure(dir, n));
    const out: string[] = [];
    out.push(`Cores available: ${availableCores()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    out.push(`Engine: ${compiled ? "compiled by tsc (dist/bench), as the CLI runs it" : "TypeScript sources through tsx (the compile failed): figures overstate the cost"}`);
    for (const f of figures) {
      out.push(
        `${String(f.sheets).padStart(4)} sheets (${f.cells} cells, ${f.kib.toFixed(0)} KiB, ${f.tables} tables, ${f.findings} findings): ` +
          `load ${ms(f.load)}, recognise + check ${ms(f.check)} [min ${ms(f.checkMin)}, max ${ms(f.checkMax)}], ` +
          `check / load ${((f.check / f.load) * 100).toFixed(1)} %`,
      );
    }
    out.push("CPU time (user + system of this process, medians), steadier than wall time when the machine is shared:");
    for (const f of figures) {
      out.push(`  ${String(f.sheets).padStart(4)} sheets: load ${ms(f.loadCpu)}, recognise + check ${ms(f.checkCpu)}, check / load ${((f.checkCpu / f.loadCpu) * 100).toFixed(1)} %`);
    }
    if (figures.every((f) => f.loadThreadCpu !== undefined)) {
      // V8 collects and compiles on threads of its own, counted in the process's CPU above; on this
      // thread is what a user of the pane or the CLI waits for (to 10 ms, the kernel's tick).
      out.push("CPU time of this thread only (no collector or compiler threads), medians:");
      for (const f of figures) {
        const [load, check] = [f.loadThreadCpu as number, f.checkThreadCpu as number];
        out.push(`  ${String(f.sheets).padStart(4)} sheets: load ${ms(load)}, recognise + check ${ms(check)}, check / load ${((check / load) * 100).toFixed(1)} %`);
      }
    }
    out.push("Cost per sheet (flat = linear), wall / CPU:");
    for (const f of figures) {
      out.push(
        `  ${String(f.sheets).padStart(4)} sheets: load ${(f.load / f.sheets).toFixed(2)} / ${(f.loadCpu / f.sheets).toFixed(2)} ms/sheet, ` +
          `recognise + check ${(f.check / f.sheets).toFixed(2)} / ${(f.checkCpu / f.sheets).toFixed(2)} ms/sheet`,
      );
    }
    out.push("Of which (one run, CPU time):");
    for (const f of figures) out.push(`  ${String(f.sheets).padStart(4)} sheets: ${f.phases}`);
    // What the check keeps alive is copied by each scavenge until promoted: their pauses are its largest single cost.
    out.push("Garbage collection during a check (per check, averaged over the timed checks):");
    for (const f of figures) {
      const c = f.collections;
      out.push(`  ${String(f.sheets).padStart(4)} sheets: ${c.scavenges.toFixed(1)} scavenges (${ms(c.scavengeMs)} paused), ${c.major.toFixed(1)} full collections (${ms(c.majorMs)} paused)`);
    }
    const at = figures.find((f) => f.sheets === RATIO_AT) as SizeFigures;
    out.push(`Check / load at ${RATIO_AT} sheets: ${((at.check / at.load) * 100).toFixed(1)} % wall, ${((at.checkCpu / at.loadCpu) * 100).toFixed(1)} % CPU`);
    out.push(
      `Floor at ${RATIO_AT} sheets (every cell visited once and read by core/numbers' parseCell as recognition does, nothing else): ` +
        `${ms(at.floorCpu)} CPU, ${((at.floorCpu / at.loadCpu) * 100).toFixed(1)} % of load`,
    );
    out.push(await consistentFigures(dir, at));
    out.push(...firstCheckFigures(dir, RATIO_AT));
    out.push(await sampleCheck());
    out.push(...(await batchThroughput(dir)));
    out.push(...(await readPlanFigures()));
    out.push(`Peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}, peak heapUsed (sampled): ${mb(peakHeap)}`);
    // The times above move with the machine's load (2× within one process on a shared host); counts do not.
    out.push("The same ratio in instructions, which the machine's load does not move: npm run bench:instructions");
    process.stdout.write(out.join("\n") + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
