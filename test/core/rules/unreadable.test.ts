import { buildArea, byRule, check, sampleArea, setCell } from "./builder";

describe("unreadable-cell: text or an Excel error where a figure belongs", () => {
  it("stays quiet on numbers, Finnish number text and markers", () => {
    const a = buildArea(sampleArea());
    setCell(a.grid, a.at("kt|Myyntituotot|TP 2022"), "426\u00a0941");
    setCell(a.grid, a.at("kt|Henkilöstökulut|TP 2022"), "\u2212737 100");
    setCell(a.grid, a.at("unit|Lautakunta|MENOT|TP 2022"), "-12 100");
    const f = check([a.grid]);
    expect(byRule(f, "unreadable-cell")).toEqual([]);
    expect(f.filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("reports a typo'd figure once, and the sum over it is not checked", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("kt|Vuokrat|TA 2024");
    setCell(a.grid, cell, "-319 31O");
    const f = check([a.grid]);
    expect(byRule(f, "unreadable-cell")).toEqual([expect.objectContaining({ severity: "error", cell, row: "Vuokrat", column: "TA 2024" })]);
    expect(byRule(f, "unreadable-cell")[0].message).toContain("-319 31O");
    expect(f.filter((x) => x.column === "TA 2024" && x.rule === "sum")).toEqual([]);
  });

  it("reports an Excel error value and never throws", () => {
    const a = buildArea(sampleArea());
    const cell = a.at("mr|NETTOMENO|%");
    setCell(a.grid, cell, { error: "#DIV/0!" });
    const f = byRule(check([a.grid], { lang: "en" }), "unreadable-cell");
    expect(f).toEqual([expect.objectContaining({ cell, table: "maararahat", column: "MUUTOS %" })]);
    expect(f[0].message).toContain("#DIV/0!");
  });
});
