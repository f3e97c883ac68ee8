import { parseRange, rangeA1 } from "./address";

// Marking a range of this many cells is certainly a mistake in a finding's address.
const MAX_MARKED_CELLS_PER_FINDING = 10000;

/** The single cells of a finding's `cell` (usually one cell, sometimes a small range); hosts mark each. */
export function cellsOf(address: string): string[] {
  const { sheet, range } = parseRange(address);
  if (sheet !== undefined) throw new Error(`A finding's cell must not name a sheet: ${address}`);
  const count = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (count > MAX_MARKED_CELLS_PER_FINDING) throw new Error(`Refusing to mark ${count} cells for one finding (${address}).`);
  const cells: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) cells.push(rangeA1(r, c, r, c));
  }
  return cells;
}
