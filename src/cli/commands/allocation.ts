import { CommandContext, fail } from "../context";

// Placeholder until src/core/allocationView.ts and src/cli/allocationText.ts land.
export async function runAllocation(_argv: readonly string[], ctx: CommandContext): Promise<number> {
  return fail(ctx, ctx.t("error.notAvailable", { command: "allocation" }));
}
