import Decimal from "decimal.js";
import fc from "fast-check";
import { AreaSpec, buildArea, byRule, check, sampleArea, setCell } from "./builder";
import { rangeInUnits } from "../../../src/core/rules/perResident";
import { impliedPopulationRange } from "../../../src/core/arithmetic/perResident";
import { ValueCell } from "../../../src/core/model";
import { parseCell } from "../../../src/core/numbers";
import { checkWorkbook } from "../../../src/core/check";

const POP = { 2022: 7100, 2023: 7050, 2024: 7008 };

function area(name: string, scale: number, extra: Partial<AreaSpec> = {}): AreaSpec {
  const base = sampleArea();
  const scaled = (rec: Record<string, number[]>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v.map((x) => Math.round(x * scale))]));
  return { ...base, name, units: undefined, tuotot: scaled(base.tuotot), kulut: scaled(base.kulut), ...extra };
}

describe("per-resident: €/asukas against a given population", () => {
  it("stays quiet when the figures match the population", () => {
    const f = check([buildArea(sampleArea()).grid], { population: POP });
    expect(byRule(f, "per-resident")).toEqual([]);
  });

  it("reports a wrong figure, and a figure one unit off as rounding", () => {
    const a = buildArea(sampleArea());
    const ta24 = a.at("tl|Toimintakate €/asukas|TA 2024");
    const tp22 = a.at("tl|Toimintakate €/asukas|TP 2022");
    setCell(a.grid, ta24, -190); // -1 258 760 / 7 008 = -179,6 → -180
    setCell(a.grid, tp22, -247); // -1 743 189 / 7 100 = -245,5 → -246 (exactly at the half: -245,52)
    const f = byRule(check([a.grid], { population: POP }), "per-resident");
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.difference])).toEqual([
      [tp22, "info", "-246", "-1"],
      [ta24, "error", "-180", "-10"],
    ]);
    expect(f[1].related).toEqual([a.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024")]);
    expect(f[1].message).toContain("7\u00a0008");
  });
});

describe("per-resident-population: without a population, areas are compared", () => {
  const build = () => [buildArea(area("Asuminen", 1)), buildArea(area("Markkinointi", 0.1, { tunnusluvut: { ...sampleArea().tunnusluvut!, perResidentDecimals: 1 } })), buildArea(area("Työllisyys", 0.4))];

  it("stays quiet when every area implies the same population", () => {
    const f = check(build().map((b) => b.grid));
    expect(byRule(f, "per-resident-population")).toEqual([]);
    expect(byRule(f, "per-resident")).toEqual([]);
  });

  it("reports the one area whose figure implies another population, with the consensus expected value", () => {
    const areas = build();
    const [, , tyo] = areas;
    const cell = tyo.at("tl|Toimintakate €/asukas|TA 2024");
    // Työllisyys toimintakate -503 504 / 7 008 = -71,8 → -72; -84 implies about 5 994 residents.
    setCell(tyo.grid, cell, -84);
    const f = byRule(check(areas.map((b) => b.grid)), "per-resident-population");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", sheet: "Työllisyys", cell, column: "TA 2024", actual: "-84", expected: "-72" });
    expect(f[0].message).toMatch(/5\u00a099\d/);
    expect(f[0].message).toMatch(/antavat (6\u00a09\d\d|7\u00a00\d\d)\./);
    expect(f[0].related[0]).toBe(tyo.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024"));
    expect(f[0].related.some((r) => r.startsWith("Asuminen!"))).toBe(true);
  });

  it("holds TA and TPE of one year to one population, and calls a figure within 1 €/asukas rounding", () => {
    const areas = build();
    const [asu, mark] = areas;
    // Asuminen TPE 2023: -940 500 / 7 050 = -133,4 → -133; -140 implies about 6 718 residents.
    setCell(asu.grid, asu.at("tl|Toimintakate €/asukas|TPE 2023"), -140);
    // Markkinointi TPE 2023: -94 050 / 7 050 = -13,34 → -13,3; -14,0 implies 6 718 too, but is only 0,66 €/asukas off.
    setCell(mark.grid, mark.at("tl|Toimintakate €/asukas|TPE 2023"), "-14,0");
    const f = byRule(check(areas.map((b) => b.grid)), "per-resident-population");
    expect(f.map((x) => [x.sheet, x.column, x.severity, x.expected])).toEqual([
      ["Asuminen", "TPE 2023", "error", "-133"],
      ["Markkinointi", "TPE 2023", "info", "-13.3"],
    ]);
  });

  it("warns, without calling either wrong, when no two figures of a year agree", () => {
    const a = buildArea(area("Asuminen", 1));
    const b = buildArea(area("Työllisyys", 0.4));
    setCell(b.grid, b.at("tl|Toimintakate €/asukas|TP 2022"), -120);
    const f = byRule(check([a.grid, b.grid]), "per-resident-population");
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === "warning" && x.column === "TP 2022")).toBe(true);
    expect(f[0].message).toMatch(/mediaani/);
  });

  it("gives each cell's equation the verdict its own figures give at the agreed population", () => {
    const areas = build();
    const [asu, mark, tyo] = areas;
    // A lost minus sign: 133 implies the agreed population as well as -133, but is wrong.
    setCell(asu.grid, asu.at("tl|Toimintakate €/asukas|TPE 2023"), 133);
    setCell(mark.grid, mark.at("tl|Toimintakate €/asukas|TPE 2023"), "-14,0");
    setCell(tyo.grid, tyo.at("tl|Toimintakate €/asukas|TA 2024"), -84);
    const equations = checkWorkbook(areas.map((b) => b.grid)).equations.filter((e) => e.rule === "per-resident-population");
    expect(equations.length).toBeGreaterThan(6);
    // A what-if on a cell no equation reads: the verdict worked out from the figures again.
    const elsewhere = new Map([["Nowhere!A1", new Decimal(1)]]);
    const verdicts = equations.map((e) => [`${e.target.sheet}!${e.target.cell}`, e.evaluate()]);
    expect(verdicts).toEqual(equations.map((e) => [`${e.target.sheet}!${e.target.cell}`, e.evaluate(elsewhere)]));
    expect(verdicts).toContainEqual([`Asuminen!${asu.at("tl|Toimintakate €/asukas|TPE 2023")}`, "wrong"]);
    expect(verdicts.filter(([, v]) => v === "ok").length).toBeGreaterThan(3);
  });

  it("says once per table that a lone area cannot be checked without a population", () => {
    const f = byRule(check([buildArea(sampleArea()).grid]), "per-resident-not-checked");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", table: "tunnusluvut" });
    expect(f[0].message).toContain("TA 2024");
  });
});

describe("the populations a €/asukas figure allows", () => {
  // Named in every per-resident-population message (implied, low, high) and agreed on across areas.
  it("are Decimal's quotients to the last digit, read from the figures' exact units", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -90_000_000, max: 90_000_000 }), fc.integer({ min: -9_000_000_00, max: 9_000_000_00 }).map((c) => c / 100)),
        fc.oneof(fc.integer({ min: -9_999, max: 9_999 }), fc.integer({ min: -99_999, max: 99_999 }).map((c) => c / 10), fc.integer({ min: -99_999, max: 99_999 }).map((c) => c / 100)),
        fc.integer({ min: 0, max: 3 }),
        (kate, shown, decimals) => {
          fc.pre(kate !== 0 && shown !== 0);
          const cell = (v: number, col: number): ValueCell => {
            const parsed = parseCell(v);
            return { cell: "B2", row: 1, col, parsed, value: parsed.kind === "number" ? parsed.value : null };
          };
          const k = cell(kate, 1);
          const s = cell(shown, 2);
          const range = rangeInUnits(k, s, decimals);
          const expected = impliedPopulationRange(new Decimal(kate), new Decimal(shown), decimals);
          expect([range?.low.toFixed(), range?.high.toFixed(), range?.point.toFixed()]).toEqual([expected?.low.toFixed(), expected?.high.toFixed(), expected?.point.toFixed()]);
        },
      ),
    );
  });
});
