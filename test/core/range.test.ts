import { CellRange } from "../../src/core/range";
import fc from "fast-check";
import { a1, columnIndex, columnLetters, parseA1, parseRange, rangeA1, sheetAndRange } from "../../src/core/address";
import { compareFindings, Finding } from "../../src/core/findings";
import { mergeCells, rangesContain } from "../../src/core/compare/ranges";
import { columnRangeA1 } from "../../src/core/cell";

describe("A1 addresses", () => {
  it("write a range from its corners in any order as CellRange does, a single cell alone", () => {
    const corner = fc.record({ row: fc.nat(1_048_575), col: fc.nat(16_383) });
    fc.assert(
      fc.property(corner, corner, (a, b) => {
        const written = rangeA1(a.row, a.col, b.row, b.col);
        expect(written).toBe(CellRange.spanning(a, b).toA1());
        expect(CellRange.parse(written).equals(CellRange.spanning(a, b))).toBe(true);
      }),
    );
    expect(rangeA1(4, 2, 4, 2)).toBe("C5");
    expect(rangeA1(9, 27, 2, 1)).toBe("B3:AB10");
  });

  it("write a column's header cells as rangeA1 does, however often the same cells are asked for", () => {
    // A header's column range is kept once per cells: a second ask must give the same text, and
    // ranges that share a start or an end must not be confused.
    const cells = fc.record({ top: fc.nat(1_048_575), rows: fc.integer({ min: -3, max: 12 }), col: fc.nat(16_383) });
    fc.assert(
      fc.property(cells, ({ top, rows, col }) => {
        const bottom = Math.max(0, top + rows);
        const expected = rangeA1(top, col, bottom, col);
        expect(columnRangeA1(top, bottom, col)).toBe(expected);
        expect(columnRangeA1(top, bottom, col)).toBe(expected);
      }),
    );
    expect(columnRangeA1(25, 26, 2)).toBe("C26:C27");
    expect(columnRangeA1(25, 27, 2)).toBe("C26:C28");
    expect(columnRangeA1(26, 27, 2)).toBe("C27:C28");
    expect(columnRangeA1(25, 26, 3)).toBe("D26:D27");
    expect(columnRangeA1(25, 25, 2)).toBe("C26");
  });

  it("name every column by its letters, asked once or many times, within and beyond the kept ones", () => {
    for (const col of [0, 25, 26, 701, 702, 1023, 1024, 16_383, 20_000, 25, 1023]) expect(columnIndex(columnLetters(col))).toBe(col);
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16_383)]).toEqual(["A", "Z", "AA", "XFD"]);
  });

  it("name each cell the same however often, in whatever order, and past the addresses kept", () => {
    const named = (row: number, col: number) => {
      const address = a1(row, col);
      expect(parseA1(address)).toEqual({ row, col });
      return address;
    };
    expect([named(0, 0), named(13, 1), named(1_048_575, 16_383), named(70_000, 2), named(5, 1_024)]).toEqual(["A1", "B14", "XFD1048576", "C70001", "AMK6"]);
    // More distinct cells than are kept (2^17), twice over: the second sweep reads what the first kept or let go.
    const wrong: string[] = [];
    for (let sweep = 0; sweep < 2; sweep++) {
      for (let col = 0; col < 260; col++) {
        for (let row = 0; row < 600; row += 1 + (col % 3)) if (a1(row, col) !== `${columnLetters(col)}${row + 1}`) wrong.push(a1(row, col));
      }
    }
    expect(wrong).toEqual([]);
    const cell = fc.record({ row: fc.nat(1_048_575), col: fc.nat(16_383) });
    fc.assert(fc.property(fc.array(cell, { maxLength: 50 }), (cells) => cells.forEach(({ row, col }) => named(row, col))));
    expect([named(13, 1), named(0, 0), named(600, 2)]).toEqual(["B14", "A1", "C601"]);
  });
});

describe("CellRange", () => {
  it("parses A1 in either corner order and writes it back normalised", () => {
    expect(CellRange.parse("D7:B2").toA1()).toBe("B2:D7");
    expect(CellRange.parse("$B$2").toA1()).toBe("B2");
    expect(CellRange.parse("AA10:AB12")).toMatchObject({ top: 9, left: 26, bottom: 11, right: 27 });
    expect(CellRange.parse("B2:D7").rows).toBe(6);
    expect(CellRange.parse("B2:D7").columns).toBe(3);
  });

  it("refuses what is not a range", () => {
    expect(() => CellRange.parse("B2:C3:D4")).toThrow(/Not an A1 range/);
    expect(() => CellRange.parse("TOIMINTAKATE")).toThrow(/Not an A1 cell/);
    expect(CellRange.tryParse("")).toBeNull();
  });

  it("contains cells and ranges inside it, edges included", () => {
    const r = CellRange.parse("B2:D7");
    expect(r.contains({ row: 1, col: 1 })).toBe(true);
    expect(r.contains({ row: 6, col: 3 })).toBe(true);
    expect(r.contains({ row: 7, col: 3 })).toBe(false);
    expect(r.contains({ row: 3, col: 0 })).toBe(false);
    expect(r.contains(CellRange.parse("C3:D7"))).toBe(true);
    expect(r.contains(CellRange.parse("C3:E7"))).toBe(false);
  });

  it("overlaps a range that shares at least one cell", () => {
    const r = CellRange.parse("B2:D7");
    expect(r.overlaps(CellRange.parse("D7:F9"))).toBe(true);
    expect(r.overlaps(CellRange.parse("E1:F9"))).toBe(false);
    expect(r.overlaps(CellRange.parse("A8:Z9"))).toBe(false);
    expect(CellRange.parse("A1:Z1").overlaps(CellRange.parse("C1:C100"))).toBe(true);
  });

  it("is what parseRange returns, with the sheet apart", () => {
    const { sheet, range } = parseRange("'Tekninen ltk'!B9:B13");
    expect(sheet).toBe("Tekninen ltk");
    expect(range.contains({ row: 10, col: 1 })).toBe(true);
  });
});

describe("ranges in findings", () => {
  it("orders findings by row then column, also beyond column ZZ and row 20000", () => {
    const f = (cell: string): Finding => ({ rule: "sum", severity: "error", sheet: "S", cell, related: [], area: "S", parts: [] });
    const sorted = ["B30000", "AAA2", "C2", "A2", "B1"].map(f).sort(compareFindings(["S"]));
    expect(sorted.map((x) => x.cell)).toEqual(["B1", "A2", "C2", "AAA2", "B30000"]);
  });

  it("merges lone cells on one row into a horizontal range, cells on different rows apart", () => {
    expect(mergeCells([{ row: 25000, col: 1 }, { row: 25000, col: 2 }, { row: 25000, col: 3 }])).toEqual(["B25001:D25001"]);
    expect(mergeCells([{ row: 0, col: 1 }, { row: 1, col: 2 }])).toEqual(["B1", "C2"]);
  });

  it("tells whether a cell lies in a finding's related ranges, on its own or another sheet", () => {
    expect(rangesContain(["B9:B13", "Muu!C1:C3"], "Oma", "Oma", "B10")).toBe(true);
    expect(rangesContain(["B9:B13", "Muu!C1:C3"], "Oma", "Muu", "C2")).toBe(true);
    expect(rangesContain(["B9:B13", "not a range"], "Oma", "Muu", "B10")).toBe(false);
  });

  it("takes a related range's sheet apart from its cells, the finding's own sheet when none is named", () => {
    expect(sheetAndRange("Oma", "B9:B13")).toEqual({ sheet: "Oma", range: "B9:B13" });
    expect(sheetAndRange("Oma", "'Kaupunki-\nmarkkinointi''s'!C48")).toEqual({ sheet: "Kaupunki-\nmarkkinointi's", range: "C48" });
    expect(sheetAndRange("Oma", "Muu!A1")).toEqual({ sheet: "Muu", range: "A1" });
  });
});
