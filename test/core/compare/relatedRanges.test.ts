import fc from "fast-check";
import { mergeCells, relatedRanges, relatedRangesExcept } from "../../../src/core/compare/ranges";
import { qualified } from "../../../src/core/address";

const position = fc.record({ sheet: fc.constantFrom("A", "B", "C"), row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 3 }) });

describe("related ranges of many cells", () => {
  it("all but one: the same ranges as leaving the cell out and merging", () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 40 }), fc.nat(), fc.constantFrom("A", "B", "C"), (cells, pick, sheet) => {
        const except = cells[pick % cells.length];
        const rangesFor = relatedRangesExcept(cells);
        // Asked twice: what is merged once must not leak from one finding into the next.
        for (let i = 0; i < 2; i++) {
          expect(rangesFor(except, sheet)).toEqual(relatedRanges(cells.filter((c) => c !== except), sheet));
          expect(rangesFor(except, except.sheet)).toEqual(relatedRanges(cells.filter((c) => c !== except), except.sheet));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a long list: the finding's own sheet first, unqualified, then each other sheet as it first appears", () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 16, maxLength: 60 }), fc.constantFrom("A", "B", "C", "D"), (cells, sheet) => {
        const order = [...new Set(cells.map((c) => c.sheet))];
        const own = cells.filter((c) => c.sheet === sheet);
        const expected = [
          ...(own.length > 0 ? mergeCells(own) : []),
          ...order.filter((s) => s !== sheet).flatMap((s) => mergeCells(cells.filter((c) => c.sheet === s)).map((r) => qualified(s, r))),
        ];
        expect(relatedRanges(cells, sheet)).toEqual(expected);
        expect(relatedRanges(cells, sheet)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a long list named by many findings gives each its own copy", () => {
    const cells = Array.from({ length: 30 }, (_, i) => ({ sheet: i % 2 ? "A" : "B", row: i, col: 1 }));
    const first = relatedRanges(cells, "A");
    first.push("mutated");
    expect(relatedRanges(cells, "A")).not.toContain("mutated");
    expect(relatedRanges(cells, "A")).toEqual(first.slice(0, -1));
    expect(relatedRanges(cells, "B")[0]).toBe("B1");
  });
});
