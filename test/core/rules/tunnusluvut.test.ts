import { buildArea, byRule, check, sampleArea, setCell } from "./builder";

describe("tunnusluku-kayttotalous: key figures equal their käyttötalous lines", () => {
  it("stays quiet when they do, matching TA 2023 with TA+MUUTOS 2023", () => {
    const f = check([buildArea(sampleArea()).grid]);
    expect(byRule(f, "tunnusluku-kayttotalous")).toEqual([]);
  });

  it("reports Henkilöstömenot against Henkilöstökulut through the TA ↔ TA+MUUTOS match", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("tl|Henkilöstömenot €|TA 2023");
    setCell(a.grid, cell, -676810);
    const [f] = byRule(check([a.grid]), "tunnusluku-kayttotalous");
    expect(f).toMatchObject({ severity: "error", cell, table: "tunnusluvut", column: "TA 2023", expected: "-676800", difference: "-10", related: [a.at("kt|Henkilöstökulut|TA+MUUTOS 2023")] });
    expect(f.message).toContain("Henkilöstökulut");
    expect(f.message).toContain("TA+MUUTOS 2023");
  });

  it("says once per table which columns have no käyttötalous counterpart", () => {
    const f = byRule(check([buildArea(sampleArea()).grid]), "tunnusluku-not-compared");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
    expect(f[0].message).toContain("TS 2025");
  });

  it("says so when a key-figure row has no käyttötalous line", () => {
    const a = buildArea(sampleArea());
    const labelCell = a.at("tl|Palvelujen ostot €|TP 2022").replace(/^[A-Z]+/, "A");
    setCell(a.grid, labelCell, "Energiamenot €");
    const f = byRule(check([a.grid]), "tunnusluku-not-compared");
    expect(f.some((x) => x.message.includes("Energiamenot"))).toBe(true);
  });
});
