import Decimal from "decimal.js";
import { ValueCell } from "../../model";
import { formatShape } from "../../compare/numberFormat";

/**
 * How a cell takes part in a comparison: a number; nothing (a marker such as `sis. joht.`, or
 * empty: no figure on purpose); or unreadable (text or an Excel error, which `unreadable-cell`
 * reports once so that no other rule repeats it).
 */
export type Operand = { kind: "number"; value: Decimal } | { kind: "nothing" } | { kind: "unreadable" };

export function operand(cell: ValueCell | undefined): Operand {
  if (!cell) return { kind: "nothing" };
  const p = cell.parsed;
  if (p.kind === "number") return { kind: "number", value: p.value };
  if (p.kind === "marker" || p.kind === "empty") return { kind: "nothing" };
  return { kind: "unreadable" };
}

/** The number in a cell, or null for markers, empties and unreadable cells. */
export function numberIn(cell: ValueCell | undefined): Decimal | null {
  return cell && cell.parsed.kind === "number" ? cell.parsed.value : null;
}

/**
 * Decimals the cell shows: its number format's when the host knows it (155 formatted `#,##0.0`
 * reads 155,0), else as written (text) or stored (number).
 */
export function shownDecimals(cell: ValueCell): number {
  const shape = formatShape(cell.numberFormat);
  if (shape) return shape.decimals;
  return cell.parsed.kind === "number" ? cell.parsed.decimals : 0;
}

/**
 * A percentage as the reader sees it: a cell formatted `0.0 %` stores 0.081 and shows 8,1.
 * Null unless the cell holds a number.
 */
export function shownPercent(cell: ValueCell | undefined): Decimal | null {
  const v = numberIn(cell);
  if (!v || !cell) return null;
  return formatShape(cell.numberFormat)?.percent ? v.mul(100) : v;
}

export interface SumResult {
  /** Sum of the numbers; markers and empties count as nothing. */
  total: Decimal;
  /** Cells holding a number (what the sum was computed from). */
  numbers: ValueCell[];
}

/**
 * Sums cells where markers and empties count as nothing. Null when any cell is unreadable (the
 * sum cannot be known) or when none holds a number (there is nothing to compare).
 */
export function sumCells(cells: readonly (ValueCell | undefined)[]): SumResult | null {
  // Every sum of every table goes through here: read the parse directly, no operand objects.
  let total: Decimal | null = null;
  const numbers: ValueCell[] = [];
  for (const c of cells) {
    if (!c) continue;
    const p = c.parsed;
    if (p.kind === "number") {
      total = total === null ? p.value : total.plus(p.value);
      numbers.push(c);
    } else if (p.kind !== "marker" && p.kind !== "empty") return null;
  }
  return total === null ? null : { total, numbers };
}
