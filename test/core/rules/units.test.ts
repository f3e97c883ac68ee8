import { buildArea, byRule, check, getCell, sampleArea, setCell } from "./builder";

describe("unit-nettomeno: NETTOMENO = MENOT + TULOT", () => {
  it("stays quiet on consistent blocks, including sis. joht. markers", () => {
    const f = check([buildArea(sampleArea()).grid]);
    expect(byRule(f, "unit-nettomeno")).toEqual([]);
    expect(byRule(f, "unit-total")).toEqual([]);
    expect(byRule(f, "unit-kayttotalous")).toEqual([]);
  });

  it("reports a unit's wrong NETTOMENO with its MENOT:TULOT range and the unit's name", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("unit|Kadut|NETTOMENO|TA 2024");
    setCell(a.grid, cell, -599000);
    const [f] = byRule(check([a.grid]), "unit-nettomeno");
    expect(f).toMatchObject({ severity: "error", cell, table: "yksikot", row: "Kadut: NETTOMENO", column: "TA 2024", expected: "-599580", difference: "580" });
    expect(f.related).toEqual([`${a.at("unit|Kadut|MENOT|TA 2024")}:${a.at("unit|Kadut|TULOT|TA 2024")}`]);
    expect(f.message).toContain("Kadut");
  });
});

describe("unit-total: units add up to Vastuualue yhteensä", () => {
  it("reports the total when one unit's MENOT changes, listing every unit's cell", () => {
    const a = buildArea(sampleArea());
    const changed = a.at("unit|Kadut|MENOT|TA+MUUTOS 2023");
    setCell(a.grid, changed, -701780);
    setCell(a.grid, a.at("unit|Kadut|NETTOMENO|TA+MUUTOS 2023"), -513780);
    const f = byRule(check([a.grid]), "unit-total");
    expect(f.map((x) => [x.cell, x.row, x.severity, x.difference])).toEqual([
      [a.at("unit|Vastuualue yhteensä|MENOT|TA+MUUTOS 2023"), "Vastuualue yhteensä: MENOT", "error", "-10"],
      [a.at("unit|Vastuualue yhteensä|NETTOMENO|TA+MUUTOS 2023"), "Vastuualue yhteensä: NETTOMENO", "error", "-10"],
    ]);
    expect(f[0].related).toContain(changed);
    expect(f[0].related).toContain(a.at("unit|Lautakunta|MENOT|TA+MUUTOS 2023"));
  });

  it("counts sis. joht. as nothing: a marker in place of a figure is no error", () => {
    const a = buildArea(sampleArea());
    setCell(a.grid, a.at("unit|Lautakunta|MENOT|TP 2022"), "sis. joht.");
    setCell(a.grid, a.at("unit|Lautakunta|TULOT|TP 2022"), "sis. joht.");
    setCell(a.grid, a.at("unit|Lautakunta|NETTOMENO|TP 2022"), "sis. joht.");
    // The 12 100 the marker replaced is now missing from the units' sum: the total reports it.
    const f = check([a.grid]);
    expect(byRule(f, "unreadable-cell")).toEqual([]);
    expect(byRule(f, "unit-nettomeno")).toEqual([]);
    expect(byRule(f, "unit-total").map((x) => x.difference)).toEqual(["-12100", "-12100"]);
  });
});

describe("unit-kayttotalous: Vastuualue yhteensä equals the käyttötalous totals", () => {
  it("reports a total that agrees with its units but not with TOIMINTATUOTOT", () => {
    const a = buildArea(sampleArea());
    // Move 500 € of revenue from the käyttötalous total's lines only: units stay as they were.
    setCell(a.grid, a.at("kt|Myyntituotot|TA 2024"), 615600);
    setCell(a.grid, a.at("kt|TOIMINTATUOTOT|TA 2024"), 1050600);
    setCell(a.grid, a.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024"), -1258260);
    const f = byRule(check([a.grid]), "unit-kayttotalous");
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([
      [a.at("unit|Vastuualue yhteensä|TULOT|TA 2024"), "1050600", [a.at("kt|TOIMINTATUOTOT|TA 2024")]],
      [a.at("unit|Vastuualue yhteensä|NETTOMENO|TA 2024"), "-1258260", [a.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024")]],
    ]);
    expect(f[0].message).toContain("TOIMINTATUOTOT");
  });
});

describe("unit-nettomeno where a unit table prints costs as positive figures", () => {
  /** The sample area with every unit's MENOT and NETTOMENO printed positive: NETTOMENO = MENOT − TULOT. */
  function costsPositive() {
    const a = buildArea(sampleArea());
    for (const [key, cell] of a.cells) {
      if (!/^unit\|[^|]+\|(MENOT|NETTOMENO)\|/.test(key)) continue;
      const v = getCell(a.grid, cell);
      if (typeof v === "number") setCell(a.grid, cell, -v);
    }
    return a;
  }

  it("reads NETTOMENO as MENOT − TULOT and stays quiet on consistent blocks", () => {
    expect(byRule(check([costsPositive().grid]), "unit-nettomeno")).toEqual([]);
  });

  it("reports a wrong NETTOMENO against MENOT − TULOT", () => {
    const a = costsPositive();
    const cell = a.at("unit|Kadut|NETTOMENO|TA 2024");
    setCell(a.grid, cell, 599000);
    const f = byRule(check([a.grid], { lang: "en" }), "unit-nettomeno");
    expect(f.map((x) => [x.cell, x.expected, x.difference])).toEqual([[cell, "599580", "-580"]]);
    expect(f[0].related).toEqual([`${a.at("unit|Kadut|MENOT|TA 2024")}:${a.at("unit|Kadut|TULOT|TA 2024")}`]);
  });
});
