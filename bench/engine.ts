/**
 * The engine as the CLI runs it: compiled by tsc into dist/bench (tsconfig.cli.json), not run
 * through tsx. tsx compiles with esbuild's keepNames, which wraps every closure in a
 * defineProperty call; the engine makes many closures, so figures under tsx overstate its cost.
 * Falls back to the TypeScript sources (and says so) when the compile gives no output.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type * as Check from "../src/core/check";
import type * as Xlsx from "../src/hosts/xlsx";
import type * as Pool from "../src/cli/batch/pool";

const REPO = path.resolve(__dirname, "..");
// BENCH_OUT lets two people profile at once without compiling over each other.
const OUT = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(REPO, "dist", "bench");

export interface Engine {
  compiled: boolean;
  checkWorkbook: typeof Check.checkWorkbook;
  gridsFromWorkbook: typeof Xlsx.gridsFromWorkbook;
  runJobs: typeof Pool.runJobs;
  availableCores: typeof Pool.availableCores;
  defaultWorkers: typeof Pool.defaultWorkers;
}

function compile(): boolean {
  // Compiled modules find their packages by walking up from where they are: a directory outside
  // the repository gets a link to its node_modules.
  const modules = path.join(OUT, "node_modules");
  if (path.relative(REPO, OUT).startsWith("..") && !fs.existsSync(modules)) {
    fs.mkdirSync(OUT, { recursive: true });
    fs.symlinkSync(path.join(REPO, "node_modules"), modules, "dir");
  }
  try {
    // Its own build-info file: the shared one (dist/node) records the last outDir, so every bench
    // compile made the CLI's next build start over, and the other way round.
    const args = ["-p", "tsconfig.cli.json", "--outDir", OUT, "--tsBuildInfoFile", path.join(OUT, ".tsbuildinfo")];
    execFileSync(path.join(REPO, "node_modules", ".bin", "tsc"), args, { cwd: REPO, stdio: "ignore" });
  } catch {
    // Type errors elsewhere in the tree (work in progress) still leave the JavaScript emitted.
  }
  return fs.existsSync(path.join(OUT, "core", "check.js")) && fs.existsSync(path.join(OUT, "cli", "batch", "worker.js"));
}

let compiledOnce: boolean | undefined;

/** A module of src/ (path without extension), compiled when the compile worked. */
export function engineModule<T>(rel: string): T {
  compiledOnce ??= compile();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is chosen at run time
  return require(path.join(compiledOnce ? OUT : path.join(REPO, "src"), rel)) as T;
}

/** The directory of the compiled engine (core/, hosts/, cli/), or undefined when the compile failed. */
export function compiledEngineDir(): string | undefined {
  compiledOnce ??= compile();
  return compiledOnce ? OUT : undefined;
}

/** The compiled file of a module of src/ (path without extension), or undefined when the compile failed. */
export function compiledModule(rel: string): string | undefined {
  compiledOnce ??= compile();
  return compiledOnce ? path.join(OUT, `${rel}.js`) : undefined;
}

export function loadEngine(): Engine {
  const check = engineModule<typeof Check>("core/check");
  const xlsx = engineModule<typeof Xlsx>("hosts/xlsx");
  const pool = engineModule<typeof Pool>("cli/batch/pool");
  return { compiled: compiledOnce === true, checkWorkbook: check.checkWorkbook, gridsFromWorkbook: xlsx.gridsFromWorkbook, runJobs: pool.runJobs, availableCores: pool.availableCores, defaultWorkers: pool.defaultWorkers };
}
