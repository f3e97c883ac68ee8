/**
 * Instructions counted by valgrind's callgrind, for bench/instructions.ts. A count does not depend on
 * the machine's load, where CPU time on our shared machine moves by 2× within one process. Node runs
 * with `--single-threaded --predictable --predictable-gc-schedule`: V8 compiles and collects on the
 * measured thread, in the same order every run, and sizes its heap by a fixed schedule instead of by
 * the measured speed of its collections (a time).
 */
import { spawn, spawnSync } from "child_process";
import * as path from "path";

/** The measured program (see the file for its modes). */
export const COUNTED = path.join(__dirname, "counted.cjs");

const NODE_FLAGS = ["--single-threaded", "--predictable", "--predictable-gc-schedule"];

/** The command line the figures are counted with, to print beside them. */
export const COUNTED_WITH = `node ${process.version} ${NODE_FLAGS.join(" ")}`;

/** One counted run: its steps, all the instructions of the process, and how long valgrind took. */
export interface Run {
  steps: number;
  instructions: number;
  seconds: number;
}

/** valgrind's version line, or undefined when it cannot be run (not installed, not on PATH). */
export function valgrindVersion(command = "valgrind"): string | undefined {
  const run = spawnSync(command, ["--version"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** The instructions callgrind reports on stderr at the end of a run (`==PID== Collected : N`). */
export function collected(stderr: string): number {
  const found = /^==\d+== Collected : (\d+)$/m.exec(stderr);
  if (!found) throw new Error(`no "Collected" line in valgrind's output:\n${stderr.split("\n").slice(-20).join("\n")}`);
  return Number(found[1]);
}

/**
 * The instructions of one step: the difference of two runs that differ only in their number of
 * steps, divided by that difference. What both runs do once (start-up, requires, the first steps)
 * cancels; the compiling V8 still does in later steps does not (README, bench:instructions).
 */
export function perStep(fewer: Run, more: Run): number {
  if (more.steps <= fewer.steps) throw new Error(`runs of ${fewer.steps} and ${more.steps} steps: the second must have more`);
  return (more.instructions - fewer.instructions) / (more.steps - fewer.steps);
}

/** Runs bench/counted.cjs under callgrind with `args` (its mode, engine, file and step count last). */
export async function countRun(args: readonly string[], steps: number, command = "valgrind"): Promise<Run> {
  // No output file: the total on stderr is all we read, and a dump of node runs to megabytes.
  const argv = ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, ...NODE_FLAGS, COUNTED, ...args, String(steps)];
  const started = Date.now();
  const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ status: code, stderr: err }));
  });
  if (status !== 0) throw new Error(`valgrind exited ${status}:\n${stderr.split("\n").slice(-20).join("\n")}`);
  return { steps, instructions: collected(stderr), seconds: (Date.now() - started) / 1000 };
}
