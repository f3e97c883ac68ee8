import Decimal from "decimal.js";
import { ValueCell } from "../../model";
import { formatShape } from "../../compare/numberFormat";
import { ExactSum } from "../../arithmetic/exact";
import { ParsedNumber, decimalOfUnits } from "../../numbers";

/** Whether a cell holds a number: asked of many cells whose Decimal is never needed. */
export function holdsNumber(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && cell.parsed.kind === "number";
}

/** Text or an Excel error where a figure belongs (what `unreadable-cell` reports). */
export function isUnreadable(cell: ValueCell): boolean {
  const kind = cell.parsed.kind;
  return kind === "text" || kind === "error";
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
  // Every failed sum of every table is summed here for its message: the figures are added in
  // exact integers and the one Decimal made from the result; Decimal adds only where the units
  // cannot (a figure without units, a sum beyond 2^53).
  const exact = new ExactSum();
  const numbers: ValueCell[] = [];
  // Indexed: the cells come as lists of several shapes, where an iterator is an object per call.
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c) continue;
    const p = c.parsed;
    if (p.kind === "number") {
      exact.add(p.units, p.decimals, 1);
      numbers.push(c);
    } else if (p.kind !== "marker" && p.kind !== "empty") return null;
  }
  if (numbers.length === 0) return null;
  // A zero sum keeps Decimal's sign rules (−0 + −0 is −0), which exact integers do not carry.
  if (numbers.length > 1 && exact.exact && exact.units !== 0) return { total: decimalOfUnits(exact.units, exact.scale), numbers };
  let total = (numbers[0].parsed as ParsedNumber).value;
  for (let i = 1; i < numbers.length; i++) total = total.plus((numbers[i].parsed as ParsedNumber).value);
  return { total, numbers };
}
