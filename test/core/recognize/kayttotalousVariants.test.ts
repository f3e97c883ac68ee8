import { CellValue, Grid } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { KayttotalousTable } from "../../../src/core/model";

const grid = (values: CellValue[][]): Grid => ({ sheet: "Tekninen", originRow: 0, originCol: 0, values });

/** Käyttötalous as many books print it: other words, costs as positive figures, valmistus omaan käyttöön. */
function positive(): CellValue[][] {
  return [
    [null, "Tilinpäätös 2023", "Talousarvio 2024", "Taloussuunnitelma 2025"],
    ["Toimintatulot", null, null, null],
    ["Myyntitulot", 400, 420, 430],
    ["Maksutulot", 100, 110, 120],
    ["Toimintatulot yhteensä", 500, 530, 550],
    ["Valmistus omaan käyttöön", 50, 50, 50],
    ["Toimintamenot", null, null, null],
    ["Henkilöstömenot", 900, 950, 970],
    ["Palvelujen ostot", 300, 310, 320],
    ["Toimintamenot yhteensä", 1200, 1260, 1290],
    ["Netto", -650, -680, -690],
  ];
}

describe("käyttötalous as other municipalities write it", () => {
  it("reads Toimintatulot / Toimintamenot / Netto and Valmistus omaan käyttöön into the käyttötalous", () => {
    const r = checkWorkbook([grid(positive())]);
    const t = r.model.sheets[0].tables[0] as KayttotalousTable;
    expect(t.kind).toBe("kayttotalous");
    expect(t.columns.map((c) => c.label)).toEqual(["TP 2023", "TA 2024", "TS 2025"]);
    expect(t.tuototTotal?.label).toBe("Toimintatulot yhteensä");
    expect(t.valmistus?.label).toBe("Valmistus omaan käyttöön");
    expect(t.toimintakate?.label).toBe("Netto");
    expect(t.convention).toBe("costs-positive");
  });

  it("a table printing costs as positive figures gives no sign errors and its toimintakate is tuotot + valmistus − kulut", () => {
    const r = checkWorkbook([grid(positive())]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.equations.filter((e) => e.rule === "toimintakate").map((e) => e.target.cell)).toEqual(["B11", "C11", "D11"]);
  });

  it("in that table a negative cost is the sign error, and a wrong Netto is reported at its cell", () => {
    const rows = positive();
    rows[8][2] = -310;
    rows[9][2] = 640;
    rows[10][3] = -700;
    const r = checkWorkbook([grid(rows)]);
    const errors = r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
    expect(errors).toEqual(expect.arrayContaining(["sign@C9", "toimintakate@D11"]));
    expect(errors).not.toContain("sign@B8");
    expect(r.findings.find((f) => f.rule === "toimintakate" && f.cell === "D11")?.expected).toBe("-690");
  });
});

describe("unit blocks printing costs as positive figures", () => {
  const units = (): CellValue[][] => [
    [null, "TP 2023", "TA 2024", "TS 2025"],
    ["Kadut", null, null, null],
    ["MENOT", 700, 720, 740],
    ["TULOT", 100, 110, 120],
    ["NETTOMENO", 600, 610, 620],
    ["Puistot", null, null, null],
    ["MENOT", 300, 310, 320],
    ["TULOT", 50, 50, 50],
    ["NETTOMENO", 250, 260, 270],
  ];

  it("reads NETTOMENO as MENOT − TULOT and gives no sign errors", () => {
    const r = checkWorkbook([grid(units())]);
    expect(r.model.sheets[0].tables[0].convention).toBe("costs-positive");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.equations.filter((e) => e.rule === "unit-nettomeno")).toHaveLength(6);
  });

  it("reports a NETTOMENO that is not MENOT − TULOT", () => {
    const rows = units();
    rows[8][2] = 280;
    const r = checkWorkbook([grid(rows)]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell, f.expected])).toEqual([["unit-nettomeno", "C9", "260"]]);
  });
});
