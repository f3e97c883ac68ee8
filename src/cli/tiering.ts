import * as v8 from "v8";

/**
 * Bytes of bytecode a function runs between V8's looks at whether to optimise it: four times
 * V8 11's default (67 584), so that only the code a check really spends its time in is compiled
 * by TurboFan. See docs/engine-speed.md, "A process that checks once".
 */
const CLI_INTERRUPT_BUDGET = 270_000;

// The flags' effect was measured on Node 20's V8 (11.3). Another V8 tiers otherwise (Node 22's puts
// Maglev between the interpreter and TurboFan) and need not know them (it prints an error for each
// flag it does not know), so there V8's defaults stand until someone measures there.
const MEASURED_V8 = /^11\./;

const BUDGET = "interrupt-budget";
const INLINING = "turbo-inlining";

/** Whether the user set the V8 flag on node's command line (either polarity, V8's spelling with underscores too). */
function chosenByUser(execArgv: readonly string[], flag: string): boolean {
  return execArgv.some((a) => {
    const spelled = a.replace(/_/g, "-");
    return spelled.startsWith(`--${flag}`) || spelled.startsWith(`--no-${flag}`);
  });
}

/**
 * Tiers V8 for a process that reads and checks one book, as the CLI does. With V8's defaults,
 * TurboFan compiles hundreds of the engine's functions during that one check, on threads that take
 * the cores the check runs on, and inlines callees into each, which makes each compile larger;
 * the code it makes serves the rest of one check only. So: optimise only what runs long, and
 * without inlining. Called by the bin script before anything else is loaded. A flag the user gave
 * node stands (NODE_OPTIONS takes neither), and a V8 other than the one measured keeps its
 * defaults. Returns whether it set anything.
 */
export function tierForOneBook(execArgv: readonly string[] = process.execArgv, v8Version = process.versions.v8): boolean {
  if (!MEASURED_V8.test(v8Version)) return false;
  let set = false;
  if (!chosenByUser(execArgv, BUDGET)) {
    v8.setFlagsFromString(`--${BUDGET}=${CLI_INTERRUPT_BUDGET}`);
    set = true;
  }
  if (!chosenByUser(execArgv, INLINING)) {
    v8.setFlagsFromString(`--no-${INLINING}`);
    set = true;
  }
  return set;
}

/**
 * A batch checks book after book on the same threads, where inlined code pays for its compiling:
 * 64 books of 50 sheets took 5 % longer without it. Inlining is back on for the code compiled from
 * here on (the flags are the process's, so the worker threads started after share them); the
 * budget stays, as it helps a batch too.
 */
export function tierForBatch(execArgv: readonly string[] = process.execArgv, v8Version = process.versions.v8): void {
  if (MEASURED_V8.test(v8Version) && !chosenByUser(execArgv, INLINING)) v8.setFlagsFromString(`--${INLINING}`);
}
