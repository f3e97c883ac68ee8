import { mkdirSync } from "fs";
import * as path from "path";
import { runJob, startJob, waitForRecord } from "./jobs";
import { runScratch } from "./runScratch";

export interface BuiltCli {
  /** The package's bin script, next to the compiled CLI as in the package (bin/ and the tsconfig's outDir). */
  bin: string;
  /** tsc's exit code: not 0 when the CLI's sources have a type error, although it still emits. */
  tscStatus: number | null;
  /** What tsc printed. */
  tscOutput: string;
}

/** Set by the node project's globalSetup when the whole suite runs. */
export const WHOLE_SUITE = "BT_TEST_WHOLE_SUITE";
/** Under the test files' own beforeAll limit (120 s). */
const WAIT_MS = 110_000;

const cliDir = () => path.join(runScratch(), "cli");
const record = (dir: string) => path.join(dir, "tsc.json");

/** Whether this call is the run's first to want the compile (mkdir is atomic across workers). */
function claimCompile(): boolean {
  try {
    mkdirSync(path.join(runScratch(), "cli-compile-claimed"));
    return true;
  } catch {
    return false;
  }
}

/** On a run of the whole suite, starts the CLI's compile in the background, once (test/support/startCliCompile). */
export function startCliCompile(): void {
  if (process.env[WHOLE_SUITE] && claimCompile()) startJob("compileCli.js", [cliDir()], record(cliDir()));
}

/**
 * The CLI compiled as `npm run build:cli` does (tsc -p tsconfig.cli.json), with the package's own
 * bin script beside it (test/support/jobs/compileCli.js), once per test run and shared by the
 * files that run the binary (each used to compile its own: 15-20 s apiece on a busy machine).
 * Built in the run's folder, never dist/: other runs and benches in the same checkout cannot hand
 * it a half-written build. Compiled now by the first file to ask, unless already started.
 */
export async function builtCli(): Promise<BuiltCli> {
  const dir = cliDir();
  if (claimCompile()) await runJob("compileCli.js", [dir]);
  const tsc = waitForRecord<{ status: number | null; stdout: string; stderr: string }>(record(dir), WAIT_MS, "the CLI's compile");
  return { bin: path.join(dir, "bin/budjettitarkistin.js"), tscStatus: tsc.status, tscOutput: `${tsc.stdout}${tsc.stderr}` };
}

/** The built CLI's bin script; throws, as `npm run build:cli` fails, when tsc found a type error in the CLI's sources. */
export function typeCheckedBin(built: BuiltCli): string {
  if (built.tscStatus !== 0) throw new Error(`tsc -p tsconfig.cli.json failed (${built.tscStatus}):\n${built.tscOutput}`);
  return built.bin;
}
