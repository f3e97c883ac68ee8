import { Grid } from "../../../src/core/grid";
import { buildArea, byRule, check, sampleArea } from "./builder";

describe("structure: what recognition noticed, and tables cut short", () => {
  it("says nothing about a complete area", () => {
    expect(byRule(check([buildArea(sampleArea()).grid]), "structure")).toEqual([]);
  });

  it("tells about an empty sheet and a sheet without tables as info", () => {
    const empty: Grid = { sheet: "Tyhjä", originRow: 0, originCol: 0, values: [] };
    const prose: Grid = { sheet: "Kansi", originRow: 0, originCol: 0, values: [["KEMIJÄRVEN KAUPUNKI"], ["Käyttösuunnitelma 2024"]] };
    const f = byRule(check([empty, prose]), "structure");
    expect(f.map((x) => [x.sheet, x.severity])).toEqual([
      ["Tyhjä", "info"],
      ["Kansi", "info"],
    ]);
  });

  it("warns about a käyttötalous without TOIMINTAKULUT total and a unit without NETTOMENO", () => {
    const a = buildArea(sampleArea({ tunnusluvut: undefined, maararahat: undefined }));
    const rows = a.grid.values;
    const kulutTotal = rows.findIndex((r, i) => r[0] === "TOIMINTAKULUT" && i > 0 && r.length > 1);
    const kadutNetto = rows.findIndex((r, i) => r[0] === "NETTOMENO" && rows[i - 3]?.[0] === "Kadut");
    const values = rows.filter((_, i) => i !== kulutTotal && i !== kadutNetto);
    const f = byRule(check([{ ...a.grid, values }]), "structure");
    expect(f.every((x) => x.severity === "warning")).toBe(true);
    expect(f.map((x) => x.message).join("\n")).toMatch(/TOIMINTAKULUT puuttuu/);
    expect(f.map((x) => x.message).join("\n")).toMatch(/Kadut: NETTOMENO puuttuu/);
  });

  it("warns about merged cells over figures", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("kt|Myyntituotot|TP 2022");
    const right = a.at("kt|Myyntituotot|TA+MUUTOS 2023");
    const f = byRule(check([{ ...a.grid, merged: [`${cell}:${right}`] }]), "structure");
    expect(f).toEqual([expect.objectContaining({ severity: "warning", cell, related: [`${cell}:${right}`], table: "kayttotalous" })]);
  });
});
