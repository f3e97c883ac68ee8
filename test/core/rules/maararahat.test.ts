import { buildArea, byRule, check, sampleArea, setCell } from "./builder";

describe("maararahat-total: määrärahat equal the käyttötalous totals", () => {
  it("stays quiet when they do (TA+muutos 2023 ↔ TA+MUUTOS 2023, TA 2024 ↔ TA 2024)", () => {
    const f = check([buildArea(sampleArea()).grid]);
    for (const rule of ["maararahat-total", "maararahat-change-eur", "maararahat-change-percent"]) expect(byRule(f, rule)).toEqual([]);
  });

  it("reports a määrärahat figure that differs from its käyttötalous total", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("mr|TULOT|TA+MUUTOS 2023");
    setCell(a.grid, cell, 961000);
    const f = byRule(check([a.grid]), "maararahat-total");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell, table: "maararahat", row: "TULOT", column: "TA+MUUTOS 2023", expected: "961200", difference: "-200", related: [a.at("kt|TOIMINTATUOTOT|TA+MUUTOS 2023")] });
  });
});

describe("maararahat-change-eur and -percent", () => {
  it("reports a wrong change € (= new − old)", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("mr|MENOT|€");
    setCell(a.grid, cell, -254000);
    const [f] = byRule(check([a.grid]), "maararahat-change-eur");
    expect(f).toMatchObject({ severity: "error", cell, column: "MUUTOS €", expected: "-254530", difference: "530" });
    expect(f.related).toEqual([`${a.at("mr|MENOT|TA+MUUTOS 2023")}:${a.at("mr|MENOT|TA 2024")}`]);
  });

  it("reports a wrong change % at one decimal, and a rounding-sized slip as info", () => {
    const a = buildArea(sampleArea());
    // MENOT: -2 308 860 / -2 054 330 → 12,39 % → shown 12,4.
    setCell(a.grid, a.at("mr|MENOT|%"), "12,3");
    setCell(a.grid, a.at("mr|TULOT|%"), "8,1");
    const f = byRule(check([a.grid]), "maararahat-change-percent");
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.difference])).toEqual([
      [a.at("mr|MENOT|%"), "info", "12.4", "-0.1"],
      [a.at("mr|TULOT|%"), "error", "9.2", "-1.1"],
    ]);
    expect(f[0].message).toMatch(/pyöristysero/);
  });

  it("takes 0 → 0 shown as 0 as fine, and a number where no percentage exists as a warning", () => {
    const spec = sampleArea({ tuotot: { Myyntituotot: [0, 0, 0, 0] } });
    const a = buildArea(spec);
    expect(byRule(check([a.grid]), "maararahat-change-percent")).toEqual([]);
    const b = buildArea(sampleArea({ tuotot: { Myyntituotot: [0, 0, 0, 5000] } }));
    expect(byRule(check([b.grid]), "maararahat-change-percent")).toEqual([]); // written as x
    setCell(b.grid, b.at("mr|TULOT|%"), "100,0");
    const [w] = byRule(check([b.grid]), "maararahat-change-percent");
    expect(w).toMatchObject({ severity: "warning", cell: b.at("mr|TULOT|%"), actual: "100" });
  });
});
