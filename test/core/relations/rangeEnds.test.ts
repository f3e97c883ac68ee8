import fc from "fast-check";
import Decimal from "decimal.js";
import { parseCell } from "../../../src/core/numbers";
import { cellsEquation, linearEquation } from "../../../src/core/relations/linear";
import { CellRef, Equation, Overrides } from "../../../src/core/relations/equation";
import { ValueCell } from "../../../src/core/model";
import { workbookFigure as figure } from "../arithmetic/workbookFigures";
import { figureCell as cell, whatIfValues } from "./figureCells";

/**
 * Where a cell's value may lie for a sum to hold bounds the values a repair tries: an end too
 * near drops the right repair, one too far lets a wrong one through. Both sums (over cells, and
 * over Decimal terms) work the solution and its ends out in integers where the figures allow,
 * in code they share, so neither can be the other's reference: here every answer is held against
 * `target = Σ c·x` read in Decimal, the ends the solution ± (tolerance + half a cent) / |c|.
 */

// Figures whose sums Decimal's 80 digits hold exactly (beyond 2^53 too): where they would round,
// the order of the additions decides the last digit, which is not what this test is about.
const heldExactly = (d: Decimal) => d.decimalPlaces() <= 30 && d.abs().lt("1e30");
const sumFigure = figure.filter((v) => {
  const p = parseCell(v);
  return p.kind !== "number" || heldExactly(p.value);
});

const whatIfValue = whatIfValues(sumFigure, ["9007199254740993", "0.1234567890123456789", "0", "-0", "0.005", "-1.005"]);

const sums = fc.record({
  target: sumFigure,
  parts: fc.array(fc.record({ value: fc.option(sumFigure, { nil: null }), sign: fc.constantFrom(1, 1, -1, 2) }), { minLength: 1, maxLength: 5 }),
  tolerance: fc.constantFrom(1, 0, 0.5),
  overrides: fc.array(fc.tuple(fc.nat(), whatIfValue), { maxLength: 2 }),
  asked: fc.nat(),
  // Near the sum, so that solutions are small and ends fall on cents and half cents.
  nearSum: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
});

const valueOf = (c: ValueCell): Decimal | null => (c.parsed.kind === "number" ? c.parsed.value : null);

/** The solution and its range for `asked`, read in Decimal from the figures and the what-if. */
function reference(target: ValueCell, parts: ValueCell[], signs: number[], tolerance: number, what: Overrides, asked: CellRef) {
  const at = (c: ValueCell) => what.get(`S!${c.cell}`) ?? valueOf(c) ?? new Decimal(0);
  const expected = parts.reduce((s, p, i) => s.plus(at(p).mul(signs[i])), new Decimal(0));
  const actual = at(target);
  const slack = new Decimal(tolerance).plus("0.005");
  if (asked.cell === target.cell) return { solution: expected, low: expected.minus(slack), high: expected.plus(slack) };
  const j = parts.findIndex((p) => p.cell === asked.cell);
  const c = new Decimal(signs[j]);
  const solution = at(parts[j]).plus(actual.minus(expected).div(c));
  const half = slack.div(c.abs());
  return { solution, low: solution.minus(half), high: solution.plus(half) };
}

describe("a sum's solution for a cell, and the range it may lie in, are the Decimal reading's", () => {
  it("over cells and over Decimal terms, with and without a what-if", () => {
    fc.assert(
      fc.property(sums, (s) => {
        const parts = s.parts.map((p, i) => cell(p.value, i + 1));
        const signs = s.parts.map((p) => p.sign);
        const sum = parts.reduce((acc, p, i) => acc.plus((valueOf(p) ?? new Decimal(0)).mul(signs[i])), new Decimal(0));
        const target = s.nearSum === null ? cell(s.target, 0) : cell(sum.plus(s.nearSum).toString(), 0);
        if (target.parsed.kind !== "number") return;
        const ref = (c: ValueCell): CellRef => ({ sheet: "S", cell: c.cell });
        const refs = [ref(target), ...parts.map(ref)];
        const equations: Equation[] = [
          cellsEquation({ rule: "sum", sheet: "S", target, partsSheet: "S", parts, signs, tolerance: s.tolerance }),
          linearEquation({
            rule: "sum",
            target: { ref: ref(target), value: valueOf(target) as Decimal },
            terms: parts.map((p, i) => ({ ref: ref(p), coefficient: new Decimal(signs[i]), value: valueOf(p) })),
            tolerance: s.tolerance,
          }),
        ];
        const overrides: Overrides = new Map(s.overrides.map(([i, v]) => [`S!${refs[i % refs.length].cell}`, v]));
        const asked = refs[s.asked % refs.length];
        for (const what of [new Map() as Overrides, overrides]) {
          const want = reference(target, parts, signs, s.tolerance, what, asked);
          for (const eq of equations) {
            const range = eq.holdsWithin?.(asked, what.size > 0 ? what : undefined);
            const solved = eq.solveFor(asked, what.size > 0 ? what : undefined);
            expect([solved?.toString(), range?.low.toString(), range?.high.toString()]).toEqual([want.solution.toString(), want.low.toString(), want.high.toString()]);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
