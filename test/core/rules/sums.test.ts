import { buildArea, byRule, check, sampleArea, setCell } from "./builder";

describe("sum: käyttötalous lines against TOIMINTATUOTOT / TOIMINTAKULUT", () => {
  it("stays quiet on a consistent käyttötalous", () => {
    const a = buildArea(sampleArea());
    const f = check([a.grid]);
    expect(byRule(f, "sum")).toEqual([]);
    expect(byRule(f, "toimintakate")).toEqual([]);
  });

  it("reports a wrong cost total at the total with the lines as related range", () => {
    const a = buildArea(sampleArea());
    const total = a.at("kt|TOIMINTAKULUT|TPE 2023");
    setCell(a.grid, total, -1976300 + 8850);
    const [f] = byRule(check([a.grid]), "sum");
    expect(f).toMatchObject({
      severity: "error",
      sheet: "Asuminen",
      cell: total,
      table: "kayttotalous",
      row: "TOIMINTAKULUT",
      column: "TPE 2023",
      actual: "-1967450",
      expected: "-1976300",
      difference: "8850",
      related: [`D32:D34`],
    });
    expect(f.message).toContain("D32:D34");
    expect(f.message).toContain("-1\u00a0976\u00a0300");
  });

  it("calls a one-euro gap rounding (info) and names figures in English format when asked", () => {
    const a = buildArea(sampleArea());
    const line = a.at("kt|Myyntituotot|TP 2022");
    setCell(a.grid, line, 426940);
    const [f] = byRule(check([a.grid], { lang: "en" }), "sum");
    expect(f).toMatchObject({ severity: "info", cell: a.at("kt|TOIMINTATUOTOT|TP 2022"), actual: "900955", expected: "900954", difference: "1" });
    expect(f.message).toContain("900,954");
    expect(f.message).toMatch(/rounding/);
  });

  it("treats a wider euro tolerance as rounding", () => {
    const a = buildArea(sampleArea());
    setCell(a.grid, a.at("kt|Vuokrat|TA 2024"), -319300);
    const [f] = byRule(check([a.grid], { tolerances: { euros: 20, percentPoints: 0.1, perResident: 1, population: 0.01 } }), "sum");
    expect(f.severity).toBe("info");
  });

  it("counts markers and empty lines as nothing, not as errors", () => {
    const a = buildArea(sampleArea({ tuotot: { Myyntituotot: [100, 200, 300, 400], Vuokratuotot: [0, 0, 0, 0] } }));
    setCell(a.grid, a.at("kt|Vuokratuotot|TP 2022"), "-");
    setCell(a.grid, a.at("kt|Vuokratuotot|TA 2024"), null);
    const f = check([a.grid]);
    expect(byRule(f, "sum")).toEqual([]);
    expect(byRule(f, "unreadable-cell")).toEqual([]);
  });
});

describe("toimintakate: TOIMINTAKATE/JÄÄMÄ = tuotot + kulut", () => {
  it("reports a wrong toimintakate with both totals as related", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024");
    setCell(a.grid, cell, -1258000);
    const [f] = byRule(check([a.grid]), "toimintakate");
    expect(f).toMatchObject({ severity: "error", cell, expected: "-1258760", difference: "760", column: "TA 2024" });
    expect(f.related).toEqual([a.at("kt|TOIMINTATUOTOT|TA 2024"), a.at("kt|TOIMINTAKULUT|TA 2024")]);
  });

  it("does not blame toimintakate for a wrong line (the sum rule does)", () => {
    const a = buildArea(sampleArea());
    setCell(a.grid, a.at("kt|Henkilöstökulut|TA 2024"), -709000);
    const f = check([a.grid]);
    expect(byRule(f, "toimintakate")).toEqual([]);
    expect(byRule(f, "sum").map((x) => x.cell)).toEqual([a.at("kt|TOIMINTAKULUT|TA 2024")]);
  });
});
