import fc from "fast-check";
import { mergeCells, relatedRanges, relatedRangesExcept } from "../../../src/core/compare/ranges";
import { qualified, tryParseRange } from "../../../src/core/address";

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

  it("a cell named first (a finding's own source) comes ahead of the same ranges, in a list of the finding's own", () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 60 }), fc.nat(), fc.constantFrom("A", "B", "C", "D"), (cells, pick, sheet) => {
        const first = `Z${pick}`;
        const plain = relatedRanges(cells, sheet);
        const led = relatedRanges(cells, sheet, first);
        expect(led).toEqual([first, ...plain]);
        led.push("changed");
        expect(relatedRanges(cells, sheet, first)).toEqual([first, ...plain]);
        const except = cells[pick % cells.length];
        expect(relatedRangesExcept(cells)(except, sheet, first)).toEqual([first, ...relatedRanges(cells.filter((c) => c !== except), sheet)]);
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

describe("mergeCells", () => {
  const cell = fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 5 }) });

  it("names every cell once, in ranges a reader can follow: columns first, then lone cells along a row", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), (cells) => {
        const ranges = mergeCells(cells);
        const named = ranges.flatMap((r) => {
          const range = tryParseRange(r)?.range;
          if (!range) throw new Error(`not a range: ${r}`);
          const out: string[] = [];
          for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) out.push(`${row}:${col}`);
          return out;
        });
        expect(named.slice().sort()).toEqual([...new Set(cells.map((c) => `${c.row}:${c.col}`))].sort());
        // No two ranges could be one: none runs on down its column into another, and no row of
        // lone cells stops beside another lone cell.
        const parsed = ranges.map((r) => tryParseRange(r)!.range);
        for (const a of parsed) {
          for (const b of parsed) {
            if (a.left === a.right && b.left === a.left && b.right === b.left && b.top === a.bottom + 1) throw new Error(`${a.toA1()} and ${b.toA1()} are one column`);
            if (a.top === a.bottom && b.top === a.top && b.bottom === b.top && b.left === a.right + 1) throw new Error(`${a.toA1()} and ${b.toA1()} are one row`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("names them by column, then row, whatever order the cells come in", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), (cells) => {
        const inOrder = cells.slice().sort((p, q) => p.col - q.col || p.row - q.row);
        const ranges = mergeCells(inOrder);
        expect(mergeCells(cells)).toEqual(ranges);
        const starts = ranges.map((r) => tryParseRange(r)!.range);
        for (let i = 1; i < starts.length; i++) {
          const [p, q] = [starts[i - 1], starts[i]];
          expect(p.left < q.left || (p.left === q.left && p.top < q.top)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("passes over missing cells (a part a column lacks) wherever they stand, in order or not", () => {
    fc.assert(
      fc.property(fc.array(fc.option(cell, { nil: undefined }), { minLength: 1, maxLength: 60 }), fc.boolean(), (cells, sorted) => {
        const present = cells.filter((c): c is { row: number; col: number } => c !== undefined);
        const list = sorted ? cells.slice().sort((p, q) => (p && q ? p.col - q.col || p.row - q.row : 0)) : cells;
        expect(mergeCells(list)).toEqual(present.length > 0 ? mergeCells(present) : []);
      }),
      { numRuns: 500 },
    );
  });

  it("a unit total's parts, a column with a gap and a row of lone cells", () => {
    const at = (row: number, col: number) => ({ row, col });
    expect(mergeCells([at(12, 1), at(8, 1), at(9, 1), at(10, 1), at(20, 3), at(20, 2), at(20, 4), at(22, 2)])).toEqual(["B9:B11", "B13", "C21:E21", "C23"]);
    expect(mergeCells([at(0, 0), at(0, 0)])).toEqual(["A1"]);
    expect(mergeCells([at(4, 2)])).toEqual(["C5"]);
  });
});
