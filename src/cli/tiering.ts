import * as v8 from "v8";

/**
 * Bytes of bytecode a function runs between V8's looks at whether to optimise it: four times
 * V8 11's default (67 584), so that only the code a check really spends its time in is compiled
 * by TurboFan. See docs/engine-speed.md, "A process that checks once".
 */
const CLI_INTERRUPT_BUDGET = 270_000;

const FLAG = "--interrupt-budget";

/**
 * The CLI reads and checks a book once per process. With V8's default budget, TurboFan compiles
 * hundreds of the engine's functions during that one check, on threads that take the cores the
 * check runs on, and the compiled code is used for the rest of one check only. Called by the bin
 * script before anything else is loaded; the flag is the process's, so batch worker threads share it.
 * Returns whether it set the budget.
 */
export function tierLater(execArgv: readonly string[] = process.execArgv): boolean {
  // A budget the user chose (`node --interrupt-budget=… bin/…`, or V8's spelling with underscores;
  // NODE_OPTIONS does not take it) stands.
  if (execArgv.some((a) => a.replace(/_/g, "-").startsWith(FLAG))) return false;
  v8.setFlagsFromString(`${FLAG}=${CLI_INTERRUPT_BUDGET}`);
  return true;
}
