import fc from "fast-check";
import Decimal from "decimal.js";
import { parseCell } from "../../../src/core/numbers";
import { ValueCell } from "../../../src/core/model";

/** A cell of column B at `row` holding `v` as recognition reads it; null: an empty cell. */
export function figureCell(v: number | string | null, row: number): ValueCell {
  const parsed = parseCell(v === null ? "" : v);
  return { cell: `B${row + 1}`, row, col: 1, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

/**
 * What-if values a repair may try: `figures` as the analysis proposes them (read as a cell reads
 * them), and `onlyDecimal`, values no double holds (beyond 2^53, more than 15 decimals, −0).
 */
export function whatIfValues(figures: fc.Arbitrary<number | string>, onlyDecimal: readonly string[]): fc.Arbitrary<Decimal> {
  return fc.oneof(
    figures.map((v) => {
      const p = parseCell(v);
      return p.kind === "number" ? p.value : new Decimal(0);
    }),
    fc.constantFrom(...onlyDecimal).map((s) => new Decimal(s)),
  );
}
