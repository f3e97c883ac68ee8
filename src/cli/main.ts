import { splitCommand } from "./args";
import { CommandContext, fail, failFromError, makeContext } from "./context";
import { CliIO, EXIT_OK, processIO } from "./io";
import { runCheck } from "./commands/check";
import { runSummary } from "./commands/summary";
import { runAllocation } from "./commands/allocation";

const COMMANDS: Record<string, (argv: readonly string[], ctx: CommandContext) => Promise<number>> = {
  check: runCheck,
  summary: runSummary,
  allocation: runAllocation,
};

/**
 * The command-line entry (bin/budjettitarkistin.js). Returns the exit code instead of exiting so
 * tests can run it in-process with their own `io`.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) quietOnClosedPipe();
  const { command, rest, help, lang } = splitCommand(argv);
  const ctx = makeContext(io, lang);
  if (help || command === "help") {
    io.out(ctx.t("usage") + "\n");
    return EXIT_OK;
  }
  if (command === undefined) return fail(ctx, `${ctx.t("error.noCommand")}. ${ctx.t("usage.hint")}`);
  const run = COMMANDS[command];
  if (!run) return fail(ctx, `${ctx.t("error.unknownCommand", { command })}. ${ctx.t("usage.hint")}`);
  try {
    return await run(rest, ctx);
  } catch (error) {
    return failFromError(ctx, error);
  }
}

// `budjettitarkistin check … | head` closes the pipe early; that is the reader's choice, not a crash.
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
