import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";

const ref = (cell: string) => ({ sheet: "S", cell });
const d = (v: number) => new Decimal(v);

describe("linearEquation", () => {
  // Kelkkareitit-style: a total 10 € off the sum of its parts.
  const eq = linearEquation({
    rule: "unit-total",
    target: { ref: ref("B10"), value: d(-2759200) },
    terms: [
      { ref: ref("B2"), coefficient: d(1), value: d(-2729200) },
      { ref: ref("B3"), coefficient: d(1), value: d(-30010) },
      { ref: ref("B4"), coefficient: d(1), value: null },
    ],
    tolerance: 1,
  });

  it("judges with the workbook's values and with overrides", () => {
    expect(eq.evaluate()).toBe("wrong");
    expect(eq.evaluate(new Map([["S!B3", d(-30000)]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B3", d(-30001)]]))).toBe("rounding");
  });

  it("solves for the total, a part and an empty part", () => {
    expect(eq.solveFor(ref("B10"))?.toString()).toBe("-2759210");
    expect(eq.solveFor(ref("B3"))?.toString()).toBe("-30000");
    expect(eq.solveFor(ref("B4"))?.toString()).toBe("10");
    expect(eq.solveFor(ref("Z9"))).toBeNull();
  });

  it("lists each cell once, the target first", () => {
    expect(eq.cells.map((c) => c.cell)).toEqual(["B10", "B2", "B3", "B4"]);
  });

  it("lists a cell that is several terms once, on a long sum as on a short one, and tells sheets apart", () => {
    const terms = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ref: i % 2 === 0 ? ref(`C${i % 10}`) : { sheet: "T", cell: `C${i % 10}` }, coefficient: d(1), value: d(1) }));
    for (const n of [6, 60]) {
      const long = linearEquation({ rule: "sum", target: { ref: ref("C0"), value: d(n) }, terms: terms(n), tolerance: 1 });
      expect(long.cells.map((c) => `${c.sheet}!${c.cell}`)).toEqual(
        n === 6 ? ["S!C0", "T!C1", "S!C2", "T!C3", "S!C4", "T!C5"] : ["S!C0", "T!C1", "S!C2", "T!C3", "S!C4", "T!C5", "S!C6", "T!C7", "S!C8", "T!C9"],
      );
    }
  });

  it("honours coefficients (costs printed positive: kate = tuotot − kulut)", () => {
    const kate = linearEquation({
      rule: "toimintakate",
      target: { ref: ref("C9"), value: d(-900) },
      terms: [
        { ref: ref("C2"), coefficient: d(1), value: d(100) },
        { ref: ref("C5"), coefficient: d(-1), value: d(1000) },
      ],
      tolerance: 1,
    });
    expect(kate.evaluate()).toBe("ok");
    expect(kate.solveFor(ref("C5"), new Map([["S!C9", d(-950)]]))?.toString()).toBe("1050");
  });
});
