/**
 * Instructions per load and per check (`npm run bench:instructions`), counted by valgrind's
 * callgrind (./callgrind.ts): issue 11's ratio, recognise + check over ExcelJS's load, as a figure
 * the machine's load does not move. `npm run bench` says how long; this says whether a change did
 * less work.
 *   npx tsx bench/instructions.ts [--sizes 50,200] [--engine DIR]  loads and checks of the bench books
 *   npx tsx bench/instructions.ts --ab DIR_A DIR_B [--sheets 200]  two compiled engines' checks
 * DIR is an engine compiled by `tsc -p tsconfig.cli.json --outDir DIR`; without --engine the tree's
 * own is compiled (bench/engine.ts). `--jobs N` runs N valgrinds at once (1 by default: each takes
 * a core for minutes). Without valgrind it says so and exits 0.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compiledEngineDir } from "./engine";
import { writeBenchWorkbook } from "./workbook";
import { COUNTED, COUNTED_WITH, Run, countRun, perStep, valgrindVersion } from "./callgrind";

// Steps of the two runs whose difference gives a figure: 2 and 4, so the figure is the mean of the
// third and fourth steps. The second is not warm yet: runs of 1, 2 and 3 loads of the 50-sheet book
// counted 3 898, 5 471 and 6 679 M instructions, the second load 1 573 M and the third 1 208 M.
const STEPS: [number, number] = [2, 4];
// The CLI's case, a new process that reads one book and checks it once: runs of 0 and 1 steps, so
// only start-up and the requires cancel and the figure holds the first step's compiling whole.
const FIRST: [number, number] = [0, 1];
const DEFAULT_SIZES = [50, 200];
const RATIO_AT = 200;

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Runs `tasks` with at most `jobs` at once, results in the tasks' order. After a failure it starts
 * no more and waits for those running before it throws: they still read the files that main's
 * cleanup would delete under them.
 */
async function pooled<T>(tasks: (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && failures.length === 0) {
      const i = next++;
      try {
        results[i] = await tasks[i]();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}

const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`;
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
const runList = (what: string, runs: readonly Run[]) => runs.map((r) => `${what} ×${r.steps} ${r.instructions} (${Math.round(r.seconds)} s)`).join(", ");

/** The engine's grids of `book`, made natively (outside valgrind) by the engine itself. */
function gridsFile(engine: string, book: string, file: string): string {
  const run = spawnSync(process.execPath, [COUNTED, "grids", engine, book, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the grids of ${book} by ${engine}: ${run.stderr}`);
  return file;
}

/** The two counted runs of `mode` whose difference gives one step. */
function pair(mode: "check" | "load" | "cli-check" | "cli-load", engine: string, file: string, runs: readonly number[] = STEPS): (() => Promise<Run>)[] {
  return runs.map((steps) => async () => {
    const run = await countRun([mode, engine, file], steps);
    // Progress: a run takes minutes, on a busy machine tens of them.
    process.stderr.write(`  counted ${mode} ×${steps} of ${path.basename(file)}: ${run.instructions} in ${Math.round(run.seconds)} s\n`);
    return run;
  });
}

/** One size's figures, printed as soon as its runs are done (a size takes minutes, the next more). */
async function size(dir: string, engine: string, sheets: number, jobs: number): Promise<string[]> {
  const book = path.join(dir, `bench-${sheets}.xlsx`);
  await writeBenchWorkbook(book, sheets);
  const grids = gridsFile(engine, book, path.join(dir, `bench-${sheets}.v8`));
  const first = sheets === RATIO_AT ? [...pair("cli-check", engine, grids, FIRST), ...pair("cli-load", engine, book, FIRST)] : [];
  const [c2, c4, l2, l4, ...cold] = await pooled([...pair("check", engine, grids), ...pair("load", engine, book), ...first], jobs);
  const [check, load] = [perStep(c2, c4), perStep(l2, l4)];
  const out = [
    `${String(sheets).padStart(4)} sheets: load ${millions(load)} (${millions(load / sheets)} a sheet), ` +
      `recognise + check ${millions(check)} (${millions(check / sheets)} a sheet), check / load ${percent(check, load)}`,
    `      runs: ${runList("check", [c2, c4])}; ${runList("load", [l2, l4])}`,
  ];
  if (sheets === RATIO_AT) {
    const [c0, c1, l0, l1] = cold;
    const [firstCheck, firstLoad] = [perStep(c0, c1), perStep(l0, l1)];
    out.push(
      `      the first of each in a new process, as the CLI reads and checks one book: load ${millions(firstLoad)}, recognise + check ${millions(firstCheck)}, ` +
        `check / load ${percent(firstCheck, firstLoad)}`,
      `      runs: ${runList("check", [c0, c1])}; ${runList("load", [l0, l1])}`,
      `Check / load at ${RATIO_AT} sheets by instructions (issue 11's ratio; the goal is 10 %): ${percent(check, load)} warm, ${percent(firstCheck, firstLoad)} first in a new process`,
    );
  }
  process.stdout.write(out.join("\n") + "\n");
  return out;
}

/** Checks only (the load is ExcelJS's, the same for both), each engine on grids it made itself. */
async function ab(dir: string, engines: readonly string[], sheets: number, jobs: number): Promise<string[]> {
  for (const e of engines) {
    if (!fs.existsSync(path.join(e, "core", "check.js"))) throw new Error(`${e}: no core/check.js (compile with tsc -p tsconfig.cli.json --outDir DIR)`);
  }
  const book = path.join(dir, `bench-${sheets}.xlsx`);
  await writeBenchWorkbook(book, sheets);
  const runs = await pooled(
    engines.flatMap((e, i) => pair("check", e, gridsFile(e, book, path.join(dir, `engine-${i}.v8`)))),
    jobs,
  );
  const [a, b] = [perStep(runs[0], runs[1]), perStep(runs[2], runs[3])];
  const sign = b >= a ? "+" : "−";
  return [
    `Recognise + check of the ${sheets}-sheet book, instructions per check:`,
    `  A ${engines[0]}: ${millions(a)}   (${runList("check", runs.slice(0, 2))})`,
    `  B ${engines[1]}: ${millions(b)}   (${runList("check", runs.slice(2, 4))})`,
    `  B − A: ${sign}${millions(Math.abs(b - a))} (${sign}${((Math.abs(b - a) / a) * 100).toFixed(2)} %)`,
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const version = valgrindVersion();
  if (version === undefined) {
    process.stdout.write("bench:instructions skipped: valgrind is not installed here (Debian: apt-get install valgrind).\n");
    return;
  }
  const jobs = Math.max(1, Number(option(args, "--jobs") ?? 1));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bt-instructions-"));
  const started = Date.now();
  try {
    process.stdout.write(
      `Instructions counted by callgrind (${version}; ${COUNTED_WITH}): (I(${STEPS[1]} steps) − I(${STEPS[0]} steps)) / ${STEPS[1] - STEPS[0]}, so start-up and the first step cancel (not all compiling: see README)\n`,
    );
    const abAt = args.indexOf("--ab");
    if (abAt >= 0) {
      const engines = args.slice(abAt + 1, abAt + 3);
      if (engines.length < 2) throw new Error("--ab takes two compiled engine directories");
      const out = await ab(dir, engines.map((e) => path.resolve(e)), Number(option(args, "--sheets") ?? RATIO_AT), jobs);
      process.stdout.write(out.join("\n") + "\n");
    } else {
      const given = option(args, "--engine");
      const engine = given !== undefined ? path.resolve(given) : compiledEngineDir();
      if (engine === undefined) throw new Error("the engine did not compile (tsc -p tsconfig.cli.json): nothing to count");
      const wanted = option(args, "--sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
      if (wanted.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--sizes takes sheet counts, e.g. 50,200,800");
      for (const sheets of wanted) await size(dir, engine, sheets, jobs);
    }
    process.stdout.write(`valgrind took ${((Date.now() - started) / 60000).toFixed(1)} min in all (load average now ${os.loadavg()[0].toFixed(1)})\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:instructions: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
