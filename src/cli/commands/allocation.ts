import { checkWorkbook } from "../../core/check";
import { computeManagementAllocation } from "../../core/managementAllocation";
import { renderAllocationText } from "../allocationText";
import { HELP, UsageError, parseArgs, parseLang, parseYearValues } from "../args";
import { CommandContext, fail } from "../context";
import { EXIT_OK } from "../io";
import { loadInput } from "../input";

/**
 * `allocation FILE`: the auditor's table of management-cost keys, each area's allocated amount,
 * the total it implies and the amount expected at the agreed (or summed) total.
 */
export async function runAllocation(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, {
    ...HELP,
    "--lang": { value: true },
    "--management-total": { value: true, repeatable: true },
  });
  if (args.flags.has("--help")) {
    ctx.io.out(ctx.t("usage") + "\n");
    return EXIT_OK;
  }
  const lang = parseLang(args.values.get("--lang")?.[0]) ?? ctx.lang;
  if (args.positionals.length !== 1) throw new UsageError("error.fileCount", { count: "1" });
  const managementTotals = parseYearValues("--management-total", args.values.get("--management-total") ?? [], true);
  const file = args.positionals[0];
  const input = await loadInput(file);
  const { model, tables } = checkWorkbook(input.grids, { lang, managementTotals });
  if (tables.length === 0) return fail(ctx, `${file}: ${ctx.t("error.noTables")}`);
  ctx.io.out(renderAllocationText(computeManagementAllocation(model, { managementTotals }), lang));
  return EXIT_OK;
}
