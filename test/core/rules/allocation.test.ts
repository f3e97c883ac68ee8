import { AreaSpec, buildArea, byRule, check, sampleArea, setCell } from "./builder";
import { WordedFinding as Finding } from "../../../src/core/findings";

/** Areas sharing a management cost: each area's first unit carries its key and its share. */
function areas(shares: { name: string; key: string; amount: number }[]): { grids: ReturnType<typeof buildArea>[] } {
  return {
    grids: shares.map((s) => {
      const spec: AreaSpec = sampleArea({
        name: s.name,
        tunnusluvut: undefined,
        maararahat: undefined,
        units: [{ name: `Johtamisen kust. ${s.key} % v. 2024`, menot: [0, 0, 0, s.amount], tulot: [0, 0, 0, 0] }],
      });
      return buildArea(spec);
    }),
  };
}

const allocation = (f: Finding[]) => f.filter((x) => x.rule.startsWith("allocation"));

describe("management-cost allocation", () => {
  it("stays quiet when keys add up to 100 % and amounts are the exact shares", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "60", amount: -60000 },
      { name: "Markkinointi", key: "30", amount: -30000 },
      { name: "Työllisyys", key: "10", amount: -10000 },
    ]);
    expect(allocation(check(grids.map((g) => g.grid)))).toEqual([]);
  });

  it("finds the area whose amount implies another total and shows the expected share", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "82,5", amount: -107880 },
      { name: "Markkinointi", key: "6,9", amount: -11090 },
      { name: "Työllisyys", key: "10,6", amount: -13850 },
    ]);
    const f = allocation(check(grids.map((g) => g.grid)));
    // At the sum of the areas (132 820) every share would be off, the excess of one area moving the
    // total; so the areas that agree judge the year: at the total they imply (130 752) only
    // Markkinointi is an error, and the others are within their keys' rounding.
    const expected = byRule(f, "allocation-expected");
    expect(expected.map((x) => [x.sheet, x.severity, x.expected, x.difference])).toEqual([
      ["Asuminen", "info", "-107870", "-10"],
      ["Markkinointi", "error", "-9022", "-2068"],
      ["Työllisyys", "info", "-13860", "10"],
    ]);
    expect(expected[1].related).toEqual(expect.arrayContaining([expect.stringMatching(/^Asuminen!/), expect.stringMatching(/^'Työllisyys'!/)]));
    // The implied totals name the odd one out: the others agree on (107 880 + 13 850) / 93,1 % = 130 752.
    const implied = byRule(f, "allocation-implied-total");
    expect(implied).toHaveLength(1);
    expect(implied[0]).toMatchObject({ sheet: "Markkinointi", severity: "info", cell: grids[1].at("unit|Johtamisen kust. 6,9 % v. 2024|MENOT|TA 2024"), actual: "-160725", expected: "-130752" });
    expect(implied[0].message).toMatch(/Asuminen -130\u00a0764/);
  });

  it("explains one-decimal keys as rounding rather than disagreement", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "65,7", amount: -93940 },
      { name: "Markkinointi", key: "5,5", amount: -7870 },
      { name: "Työllisyys", key: "28,8", amount: -41180 },
    ]);
    const f = allocation(check(grids.map((g) => g.grid)));
    expect(byRule(f, "allocation-implied-total")).toEqual([]);
    expect(f.every((x) => x.severity === "info")).toBe(true);
    expect(byRule(f, "allocation-expected").map((x) => x.expected)).toEqual(["-93944", "-7865", "-41181"]);
  });

  it("uses the agreed total the user gives", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "60", amount: -60000 },
      { name: "Työllisyys", key: "40", amount: -40000 },
    ]);
    const f = allocation(check(grids.map((g) => g.grid), { managementTotals: { 2024: 110000 } }));
    expect(byRule(f, "allocation-expected").map((x) => [x.sheet, x.expected])).toEqual([
      ["Asuminen", "-66000"],
      ["Työllisyys", "-44000"],
    ]);
    expect(byRule(f, "allocation-implied-total").map((x) => x.expected)).toEqual(["-110000", "-110000"]);
  });

  it("reports keys that do not add up to 100 %, and a lone key only as info", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "60", amount: -60000 },
      { name: "Työllisyys", key: "30", amount: -30000 },
    ]);
    const [sum] = byRule(check(grids.map((g) => g.grid)), "allocation-keys-sum");
    expect(sum).toMatchObject({ severity: "error", actual: "90", expected: "100", difference: "-10" });
    expect(sum.message).toContain("Työllisyys 30 %");
    const lone = byRule(check([grids[0].grid]), "allocation-keys-sum");
    expect(lone.map((x) => x.severity)).toEqual(["info"]);
  });
});

describe("management-cost allocation without every amount", () => {
  it("says which area's amount is missing instead of splitting a wrong total", () => {
    const { grids } = areas([
      { name: "Asuminen", key: "60", amount: -60000 },
      { name: "Markkinointi", key: "30", amount: -30000 },
      { name: "Työllisyys", key: "10", amount: -10000 },
    ]);
    setCell(grids[2].grid, grids[2].at("unit|Johtamisen kust. 10 % v. 2024|MENOT|TA 2024"), "-");
    const f = allocation(check(grids.map((g) => g.grid)));
    expect(f.map((x) => [x.rule, x.sheet, x.severity])).toEqual([["allocation-expected", "Työllisyys", "info"]]);
    expect(f[0].message).toMatch(/MENOT/);
  });
});
