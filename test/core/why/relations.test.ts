import Decimal from "decimal.js";
import { CHANGE_PERCENT, perResidentFormula, shownEquation } from "../../../src/core/relations/shown";
import { allocationEquation } from "../../../src/core/relations/allocation";
import { signEquation } from "../../../src/core/relations/sign";

const d = (v: number | string) => new Decimal(v);
const ref = (cell: string) => ({ sheet: "S", cell });

describe("the equations the analysis solves", () => {
  // Työllisyyspalvelut Henkilöstömenot: TA 2023 −304 510, TA 2024 −279 110, Muutos % shown 155,0.
  const change = (stored: number, scale = 1) =>
    shownEquation({
      rule: "change-percent",
      target: { ref: ref("E8"), stored: d(stored) },
      scale,
      decimals: 1,
      extra: 0.1,
      inputs: [
        { ref: ref("C7"), value: d(-304510) },
        { ref: ref("E7"), value: d(-279110) },
      ],
      formula: CHANGE_PERCENT,
    });

  it("change %: judged at the decimals shown; solved for the figure, the new and the old amount", () => {
    const eq = change(155);
    expect(eq.evaluate()).toBe("wrong");
    expect(eq.solveFor(ref("E8"))?.toString()).toBe("-8.3");
    expect(eq.evaluate(new Map([["S!E8", d(-8.3)]]))).toBe("ok");
    // The new amount that would make 155,0 right: −304 510 × 2,55.
    expect(eq.solveFor(ref("E7"))?.toString()).toBe("-776500.5");
    expect(eq.solveFor(ref("Z1"))).toBeNull();
  });

  it("change % in a `0.0 %` cell: the stored fraction is what is solved for", () => {
    const eq = change(-0.083, 100);
    expect(eq.evaluate()).toBe("ok");
    expect(eq.solveFor(ref("E8"))?.toString()).toBe("-0.083");
  });

  it("€/asukas at a population: −157 870 / 7 008 = −22,5", () => {
    const eq = shownEquation({
      rule: "per-resident",
      target: { ref: ref("E11"), stored: d(-22.6) },
      scale: 1,
      decimals: 1,
      extra: 1,
      inputs: [{ ref: ref("E43"), value: d(-157870) }],
      formula: perResidentFormula(d(7008)),
    });
    expect(eq.evaluate()).toBe("rounding");
    expect(eq.solveFor(ref("E11"))?.toString()).toBe("-22.5");
    expect(eq.solveFor(ref("E43"))?.toString()).toBe("-158380.8");
  });

  it("allocation: each amount is its key's share of the sum of all, itself included", () => {
    const parts = [
      { ref: ref("A"), amount: d(-107880), key: d(82.5) },
      { ref: ref("K"), amount: d(-11090), key: d(6.9) },
      { ref: ref("T"), amount: d(-13850), key: d(10.6) },
    ];
    const km = allocationEquation({ rule: "allocation-expected", index: 1, parts, total: null, slack: 66 });
    expect(km.evaluate()).toBe("wrong");
    // x = 6,9 % × (121 730 + x)  ⇒  x = −9 021,88…
    expect(km.solveFor(ref("K"))?.toDecimalPlaces(2).toString()).toBe("-9021.88");
    expect(km.evaluate(new Map([["S!K", d(-9022)]]))).toBe("ok");
    // At an agreed total only the area's own amount can be solved for.
    const agreed = allocationEquation({ rule: "allocation-expected", index: 1, parts, total: d(-130752), slack: 66 });
    expect(agreed.cells).toEqual([ref("K")]);
    expect(agreed.solveFor(ref("K"))?.toDecimalPlaces(2).toString()).toBe("-9021.89");
    expect(agreed.solveFor(ref("A"))).toBeNull();
  });

  it("sign: a positive cost fails and is solved by its minus; 0 is either", () => {
    const eq = signEquation("sign", ref("D70"), d(13900), "cost");
    expect(eq.evaluate()).toBe("wrong");
    expect(eq.solveFor(ref("D70"))?.toString()).toBe("-13900");
    expect(eq.evaluate(new Map([["S!D70", d(0)]]))).toBe("ok");
    expect(signEquation("sign", ref("B1"), d(5), "revenue").solveFor(ref("B1"))).toBeNull();
  });
});
