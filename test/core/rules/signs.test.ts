import { buildArea, byRule, check, sampleArea, setCell } from "./builder";
import { tunnuslukuDirection } from "../../../src/core/rules/signs";

describe("sign: costs negative, revenues positive", () => {
  it("stays quiet on a book with the usual signs and zeros", () => {
    const a = buildArea(sampleArea({ tuotot: { Myyntituotot: [0, 0, 0, 0], Vuokratuotot: [10, 20, 30, 40] }, units: [] }));
    expect(byRule(check([a.grid]), "sign")).toEqual([]);
  });

  it("reports a positive unit MENOT and on a positive key-figure cost", () => {
    const a = buildArea(sampleArea());
    const menot = a.at("unit|Kadut|MENOT|TPE 2023");
    const ostot = a.at("tl|Palvelujen ostot €|TS 2025");
    setCell(a.grid, menot, 816100);
    setCell(a.grid, ostot, 1319000);
    const f = byRule(check([a.grid]), "sign");
    expect(f.map((x) => [x.cell, x.severity, x.row])).toEqual([
      [ostot, "error", "Palvelujen ostot €"],
      [menot, "error", "Kadut: MENOT"],
    ]);
    expect(f[1]).toMatchObject({ actual: "816100", expected: "-816100", column: "TPE 2023", related: [menot] });
    expect(f[1].message).toMatch(/miinusmerkki/);
  });

  it("reports a negative revenue line", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("kt|Vuokratuotot|TP 2022");
    setCell(a.grid, cell, -474014);
    const f = byRule(check([a.grid], { lang: "en" }), "sign");
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].message).toMatch(/negative/);
  });
});

describe("tunnuslukuDirection", () => {
  it("reads costs, revenues and either-sign figures from the row name", () => {
    expect(tunnuslukuDirection("Henkilöstömenot €")).toBe("cost");
    expect(tunnuslukuDirection("Vuokrat €")).toBe("cost");
    expect(tunnuslukuDirection("Vuokratuotot €")).toBe("revenue");
    expect(tunnuslukuDirection("Tuet ja avustukset €")).toBe("revenue");
    expect(tunnuslukuDirection("Nettomenot €")).toBeNull();
    expect(tunnuslukuDirection("Vakinaiset virat ja toimet 31.12.")).toBeNull();
  });
});
