import Decimal from "decimal.js";
import { compareEuros } from "../../src/core/compare/tolerance";
import { buildArea, byRule, check, sampleArea, setCell } from "../core/rules/builder";

const d = (x: Decimal.Value) => new Decimal(x);

/** Issue 10 item 8: a euro is a euro whatever the size of the total. */
describe("exact at every scale", () => {
  it("finds a 3 € gap on 5 000 000 000 € as it does on 50 000 €", () => {
    expect(compareEuros(d(50_003), d(50_000), 1)).toBe("wrong");
    expect(compareEuros(d(5_000_000_003), d(5_000_000_000), 1)).toBe("wrong");
    expect(compareEuros(d(5_000_000_001), d(5_000_000_000), 1)).toBe("rounding");
    expect(compareEuros(d("5000000000.01"), d("5000000000"), 1)).toBe("rounding");
  });

  it("still calls binary floating-point noise of a cached sum no difference", () => {
    // 0.1 + 0.2 as Excel caches it, and a large sum off by one unit in the last place of a double.
    expect(compareEuros(d(0.1 + 0.2), d("0.3"), 1)).toBe("ok");
    expect(compareEuros(d(5_000_000_000.1 + 0.2), d("5000000000.3"), 1)).toBe("ok");
  });

  it("compares 30-digit figures exactly, without the 20 significant digits decimal.js rounds to by default", () => {
    const big = "123456789012345678901234567890";
    expect(compareEuros(d(big).plus(3), d(big), 1)).toBe("wrong");
    expect(d(big).plus("0.5").minus(d(big)).toString()).toBe("0.5");
  });

  it("reports the 3 € error in a sheet whose totals are in the billions", () => {
    const area = buildArea(sampleArea({ tuotot: { Myyntituotot: [4_200_000_000, 497200, 522000, 615100], Vuokratuotot: [800_000_000, 464000, 513800, 435000] } }));
    expect(byRule(check([area.grid]), "sum")).toEqual([]);
    const total = area.at("kt|TOIMINTATUOTOT|TP 2022");
    setCell(area.grid, total, 5_000_000_003);
    const [f] = byRule(check([area.grid]), "sum");
    expect(f).toMatchObject({ severity: "error", cell: total, actual: "5000000003", expected: "5000000000", difference: "3" });
  });

  it("sums 30-digit text figures exactly and prints them whole", () => {
    const big = "100000000000000000000000000000";
    const area = buildArea(sampleArea());
    setCell(area.grid, area.at("kt|Myyntituotot|TP 2022"), big);
    setCell(area.grid, area.at("kt|Vuokratuotot|TP 2022"), "3");
    setCell(area.grid, area.at("kt|TOIMINTATUOTOT|TP 2022"), "100000000000000000000000000000");
    const [f] = byRule(check([area.grid]), "sum");
    expect(f).toMatchObject({ severity: "error", actual: big, expected: "100000000000000000000000000003", difference: "-3" });
    // Printed whole in the message too, grouped by threes (no-break spaces in Finnish).
    expect(f.message?.replace(/\u00a0/g, " ")).toContain("100 000 000 000 000 000 000 000 000 003");
  });
});
