/**
 * The CLI's case: one book read and checked once in a new process (./firstCheckChild.cjs), where V8 has
 * compiled nothing yet. The rest of `npm run bench` times warm checks, after the engine has been
 * compiled hot; a first check costs several times as much, and it is what `budjettitarkistin check
 * BOOK` and the pane's first check pay.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { median } from "./median";

/** Milliseconds of one part of the run: wall, process CPU, and this (the main) thread's CPU where readable. */
export interface Spent {
  wall: number;
  cpu: number;
  thread: number | null;
}

export interface FirstCheck {
  startup: Spent;
  load: Spent;
  check: Spent;
  findings: number;
}

const CHILD = path.join(__dirname, "firstCheckChild.cjs");

/** One fresh process's figures for `book`, read and checked by the engine compiled in `engineDir`. */
export function firstCheck(engineDir: string, book: string): FirstCheck {
  const run = spawnSync(process.execPath, [CHILD, engineDir, book], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`first check of ${book} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as FirstCheck;
}

/** The median of each figure over the runs (each figure on its own), null where a run could not read it. */
export function medianSpent(runs: readonly Spent[]): Spent {
  const threads = runs.map((r) => r.thread);
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    thread: threads.every((t): t is number => t !== null) ? median(threads) : null,
  };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;

/** The bench's lines for `runs` fresh processes on the same book. */
export function firstCheckLines(runs: readonly FirstCheck[], sheets: number): string[] {
  const [startup, load, check] = (["startup", "load", "check"] as const).map((k) => medianSpent(runs.map((r) => r[k])));
  const thread = load.thread !== null && check.thread !== null ? `; main thread ${ms(load.thread)} / ${ms(check.thread)}, ${pct(check.thread, load.thread)}` : "";
  return [
    `First check in a new process, as \`budjettitarkistin check\` runs one book (${sheets} sheets, medians of ${runs.length}): ` +
      `start-up ${ms(startup.wall)}, load ${ms(load.wall)}, recognise + check ${ms(check.wall)} wall`,
    `  check / load: wall ${pct(check.wall, load.wall)}; CPU ${ms(load.cpu)} / ${ms(check.cpu)}, ${pct(check.cpu, load.cpu)}${thread}`,
  ];
}
