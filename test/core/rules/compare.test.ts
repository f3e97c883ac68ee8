import Decimal from "decimal.js";
import { mergeCells, rangesContain, relatedRanges } from "../../../src/core/compare/ranges";
import { findConsensus } from "../../../src/core/compare/consensus";
import { compareEuros, compareShown } from "../../../src/core/compare/tolerance";
import { matchColumn } from "../../../src/core/compare/columns";

const d = (x: Decimal.Value) => new Decimal(x);

describe("ranges", () => {
  it("merges contiguous cells into ranges and qualifies other sheets", () => {
    expect(mergeCells([8, 9, 10, 11, 12].map((row) => ({ row, col: 1 })))).toEqual(["B9:B13"]);
    expect(mergeCells([{ row: 8, col: 1 }, { row: 10, col: 1 }, { row: 8, col: 2 }])).toEqual(["B9:C9", "B11"]);
    expect(mergeCells([{ row: 4, col: 2 }, { row: 4, col: 3 }, { row: 4, col: 4 }])).toEqual(["C5:E5"]);
    expect(relatedRanges([{ sheet: "A", row: 0, col: 0 }, { sheet: "Työ ja elinvoima", row: 1, col: 1 }], "A")).toEqual(["A1", "'Työ ja elinvoima'!B2"]);
  });

  it("tells whether a cell lies in related ranges", () => {
    expect(rangesContain(["B9:B13"], "S", "S", "B11")).toBe(true);
    expect(rangesContain(["B9:B13"], "S", "T", "B11")).toBe(false);
    expect(rangesContain(["'T x'!C1:C3"], "S", "T x", "C2")).toBe(true);
  });
});

describe("tolerances", () => {
  it("grades euro gaps", () => {
    expect(compareEuros(d(100), d(100), 1)).toBe("ok");
    expect(compareEuros(d(0.30000000000000004), d("0.3"), 1)).toBe("ok");
    expect(compareEuros(d(101), d(100), 1)).toBe("rounding");
    expect(compareEuros(d(102), d(100), 1)).toBe("wrong");
  });

  it("grades shown percentages by half a unit, then the extra tolerance", () => {
    expect(compareShown(d("8.1"), d("8.12"), 1, 0.1).verdict).toBe("ok");
    expect(compareShown(d("10.6"), d("10.698"), 1, 0.1)).toMatchObject({ verdict: "rounding", expected: d("10.7") });
    expect(compareShown(d("438"), d("-14.467"), 1, 0.1).verdict).toBe("wrong");
  });
});

describe("consensus", () => {
  it("finds the value most ranges share and falls back to the median", () => {
    const iv = (low: number, high: number) => ({ low: d(low), high: d(high), point: d((low + high) / 2) });
    const c = findConsensus([iv(6894, 6921), iv(6897, 6928), iv(5993, 6034)]);
    expect(c?.members).toEqual([0, 1]);
    expect(c?.value.gte(6897) && c.value.lte(6921)).toBe(true);
    const m = findConsensus([iv(6216, 6243), iv(7054, 7124), iv(7337, 7420)]);
    expect(m?.medianOnly).toBe(true);
    expect(m?.members).toEqual([1]);
  });
});

describe("matchColumn", () => {
  it("matches exact kind and year first, then TA with TA+MUUTOS", () => {
    const cols = [{ kind: "TA+MUUTOS" as const, year: 2023 }, { kind: "TA" as const, year: 2024 }];
    expect(matchColumn({ kind: "TA", year: 2024 }, cols)).toEqual({ index: 1, exact: true });
    expect(matchColumn({ kind: "TA", year: 2023 }, cols)).toEqual({ index: 0, exact: false });
    expect(matchColumn({ kind: "TS", year: 2025 }, cols)).toBeNull();
  });
});
