import Decimal from "decimal.js";
import { CellValue } from "../core/grid";
import { parseCell } from "../core/numbers";
import { FunctionError } from "./errors";

/**
 * Reading what Excel hands a custom function: a number, a text (possibly a Finnish number such
 * as `1 234,5` or `-93 940`), a boolean, or null for an omitted argument or an empty cell.
 */

/** Argument names as in the catalog (`arg.<name>`), used in messages. */
export type ArgName = "amount" | "population" | "decimals" | "newValue" | "oldValue" | "total" | "key" | "keys" | "items";

const MAX_DECIMALS = 15;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Excel passes a one-cell range to a scalar `any` parameter as the value itself, but a caller
 * (or a test) may hand over `[[x]]`; unwrap that, reject anything larger.
 */
function scalarOf(value: unknown, arg: ArgName): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new FunctionError("#VALUE!", "fn.notScalar", { arg });
}

export type ReadCell =
  | { kind: "number"; value: Decimal }
  | { kind: "empty" | "text" | "boolean" | "marker"; text: string };

/** What one value Excel passed is: a number (Finnish text numbers included) or what else it is. */
export function readCell(value: unknown): ReadCell {
  if (isEmpty(value)) return { kind: "empty", text: "" };
  if (typeof value === "boolean") return { kind: "boolean", text: value ? "TRUE" : "FALSE" };
  if (typeof value !== "number" && typeof value !== "string") return { kind: "text", text: String(value) };
  const parsed = parseCell(value as CellValue);
  switch (parsed.kind) {
    case "number":
      return { kind: "number", value: parsed.value };
    case "marker":
      return { kind: "marker", text: parsed.marker };
    case "empty":
      return { kind: "empty", text: "" };
    case "error":
      return { kind: "text", text: parsed.error };
    default:
      return { kind: "text", text: parsed.text };
  }
}

const BAD_ARGUMENT = { empty: "fn.empty", boolean: "fn.boolean", marker: "fn.marker", text: "fn.notNumber" } as const;

/** A required numeric argument. */
export function readNumber(value: unknown, arg: ArgName): Decimal {
  const cell = readCell(scalarOf(value, arg));
  if (cell.kind === "number") return cell.value;
  throw new FunctionError("#VALUE!", BAD_ARGUMENT[cell.kind], { arg, text: cell.text });
}

/**
 * An optional number of decimals: null/omitted gives `fallback`. Like Excel's ROUND, a fraction
 * is truncated toward zero (ROUND(x; 1,9) rounds to one decimal).
 */
export function readDecimals(value: unknown, fallback: number | null): number | null {
  if (isEmpty(value)) return fallback;
  const d = readNumber(value, "decimals").trunc();
  if (d.abs().gt(MAX_DECIMALS)) throw new FunctionError("#VALUE!", "fn.decimals", { value: d.toFixed() });
  return d.toNumber();
}

/** The cells of a range argument, row by row, with the range's shape. A single value is a 1×1 range. */
export function readMatrix(value: unknown): { cells: unknown[]; rows: number; cols: number } {
  if (!Array.isArray(value)) return { cells: [value], rows: 1, cols: 1 };
  const rows = value.map((r) => (Array.isArray(r) ? r : [r]));
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const cells: unknown[] = [];
  for (const r of rows) for (let c = 0; c < cols; c++) cells.push(r[c] ?? null);
  return { cells, rows: rows.length, cols };
}
