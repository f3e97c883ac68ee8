import type { CheckResult } from "../../core/check";
import type { Grid } from "../../core/grid";
import type { CheckOptions } from "../../core/options";

/**
 * Messages between the task pane and the check worker. Only plain data crosses: the grids in,
 * the findings, tables and counts out. The model and the equations hold Decimals and functions,
 * which do not survive structured cloning; the pane rebuilds them from the grids when it needs
 * them (see client.ts).
 */
export interface CheckRequest {
  id: number;
  grids: readonly Grid[];
  options: CheckOptions;
}

export type CheckedParts = Pick<CheckResult, "findings" | "tables" | "summary">;

export type CheckResponse = { id: number; ok: true; parts: CheckedParts } | { id: number; ok: false; error: string };
