import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { StatementTable } from "../../../src/core/model";
import { Finding } from "../../../src/core/findings";
import { worded, sheetGrid as grid } from "./builder";

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

/** A tuloslaskelma as the kuntajaosto lays it out, costs negative, consistent. */
function tuloslaskelma(): CellValue[][] {
  return [
    ["Tuloslaskelma", "TP 2023", "TA 2024"],
    ["Toimintatuotot", 1000, 1100],
    ["Toimintakulut", -5000, -5200],
    ["Toimintakate", -4000, -4100],
    ["Verotulot", 3000, 3100],
    ["Valtionosuudet", 1200, 1250],
    ["Rahoitustuotot ja -kulut", -50, -40],
    ["Korkotuotot", 10, 10],
    ["Korkokulut", -60, -50],
    ["Vuosikate", 150, 210],
    ["Poistot ja arvonalentumiset", -120, -130],
    ["Tilikauden tulos", 30, 80],
    ["Poistoeron muutos", 5, 5],
    ["Tilikauden ylijäämä (alijäämä)", 35, 85],
  ];
}

describe("relation catalogue on a tuloslaskelma", () => {
  it("checks every relation whose rows are present and finds nothing in a consistent statement", () => {
    const r = checkWorkbook([grid("TL", tuloslaskelma())]);
    expect(r.tables.map((t) => t.kind)).toEqual(["tuloslaskelma"]);
    expect(errors(r.findings)).toEqual([]);
    const checked = new Set(r.equations.filter((e) => e.rule === "relation").map((e) => e.target.cell));
    // toimintakate, rahoitustuotot ja -kulut, vuosikate, tilikauden tulos, ylijäämä, both columns
    for (const cell of ["B4", "C4", "B7", "B10", "C10", "B12", "B14", "C14"]) expect(checked).toContain(cell);
  });

  it("reports a broken vuosikate at its cell with the figures it was computed from", () => {
    const rows = tuloslaskelma();
    rows[9][2] = 260;
    const r = checkWorkbook([grid("TL", rows)]);
    const f = r.findings.find((x) => x.rule === "relation" && x.cell === "C10");
    expect(f).toMatchObject({ severity: "error", actual: "260", expected: "210", table: "tuloslaskelma", column: "TA 2024" });
    expect(f?.related).toEqual(expect.arrayContaining(["C4:C7"]));
  });

  it("reads the same statement in Swedish", () => {
    const sv = tuloslaskelma().map((row, i) => {
      const words = ["Resultaträkning", "Verksamhetsintäkter", "Verksamhetskostnader", "Verksamhetsbidrag", "Skatteintäkter", "Statsandelar", "Finansiella intäkter och kostnader", "Ränteintäkter", "Räntekostnader", "Årsbidrag", "Avskrivningar och nedskrivningar", "Räkenskapsperiodens resultat", "Förändring av avskrivningsdifferens", "Räkenskapsperiodens överskott/underskott"];
      return [words[i], ...row.slice(1).map((v) => (i === 0 ? String(v).replace("TP", "BS").replace("TA", "BU") : v))];
    });
    sv[3][1] = -3900;
    const r = checkWorkbook([grid("RR", sv)]);
    expect(r.model.sheets[0].tables[0].columns.map((c) => c.label)).toEqual(["TP 2023", "TA 2024"]);
    // The changed Verksamhetsbidrag breaks both identities it takes part in.
    expect(errors(r.findings).sort()).toEqual(["relation@B10", "relation@B4"]);
  });

  it("says once per table which relations it could not check, and which rows it did not read", () => {
    const rows = tuloslaskelma().filter((r) => r[0] !== "Verotulot");
    rows.splice(3, 0, ["Muut erät", 1, 1]);
    const r = checkWorkbook([grid("TL", rows)]);
    const info = worded(r.findings).filter((f) => f.rule === "relation-not-checked");
    expect(info).toHaveLength(1);
    expect(info[0].message).toContain("verotulot");
    const unread = worded(r.findings).filter((f) => f.rule === "structure" && f.message.includes("Muut erät"));
    expect(unread).toHaveLength(1);
  });
});

describe("the table's own conventions", () => {
  const chapter = (): CellValue[][] => [
    ["1 000 €", "Käyttö\n2022", "Talous-\narvio\n2023", "Ehdotus\n2024"],
    ["Tulot", 4245, 4116, 4282],
    ["Menot", 1344, 1920, 1580],
    ["Netto", 2901, 2196, 2702],
    ["Muutos, %", null, null, null],
    ["Tulot", null, "-3,0", "4,0"],
    ["Menot", null, "42,9", "-17,7"],
  ];

  it("evaluates a table printing costs as positive figures in its own convention: no sign errors, netto = tulot − menot", () => {
    const r = checkWorkbook([grid("Luku", chapter())]);
    const t = r.model.sheets[0].tables[0] as StatementTable;
    expect(t.convention).toBe("costs-positive");
    expect(t.unit?.factor).toBe(1000);
    expect(t.columns.map((c) => c.label)).toEqual(["TP 2022", "TA 2023", "EHDOTUS 2024"]);
    expect(errors(r.findings)).toEqual([]);
    expect(r.equations.filter((e) => e.rule === "relation-change").map((e) => e.target.cell)).toEqual(expect.arrayContaining(["C6", "D6", "C7", "D7"]));
  });

  it("a ±1 difference in a table of thousands is rounding (info), a larger one an error", () => {
    const rows = chapter();
    rows[3][1] = 2902;
    rows[3][2] = 2206;
    const r = checkWorkbook([grid("Luku", rows)]);
    const at = (cell: string) => r.findings.find((f) => f.rule === "relation" && f.cell === cell)?.severity;
    expect(at("B4")).toBe("info");
    expect(at("C4")).toBe("error");
  });

  it("a cost printed against the table's convention is one sign error, not an error in every identity", () => {
    const rows = chapter();
    rows[2][3] = -1580;
    const r = checkWorkbook([grid("Luku", rows)]);
    expect(errors(r.findings)).toEqual(["sign@D3"]);
  });

  it("a row printed the other way throughout is the book's choice: no sign error", () => {
    const rows = tuloslaskelma();
    rows[8] = ["Korkokulut", 60, 50];
    const r = checkWorkbook([grid("TL", rows)]);
    expect(errors(r.findings)).toEqual([]);
  });
});

describe("statements printed in sections", () => {
  it("reads a statement whose period header is repeated over each section, with nameless subtotals", () => {
    const rows: CellValue[][] = [
      ["1 000 euroa", "01.01.-31.12.2019", "01.01.-31.12.2018"],
      ["Toimintatuotot", 3739, 3551],
      ["Toimintakulut", -6076, -5797],
      ["TOIMINTAKATE", -2337, -2246],
      ["Verotulot", 3493, 3416],
      ["Valtionosuudet", 233, 197],
      ["Rahoitustuotot ja -kulut, 1 000 euroa", "01.01.-31.12.2019", "01.01.-31.12.2018"],
      ["Korkotuotot", 22, 20],
      ["Korkokulut", -60, -61],
      ["", -38, -41],
      ["VUOSIKATE", 1351, 1326],
    ];
    const r = checkWorkbook([grid("Konserni", rows)]);
    expect(r.tables).toHaveLength(1);
    expect(errors(r.findings)).toEqual([]);
    const targets = r.equations.filter((e) => e.rule === "relation").map((e) => e.target.cell);
    expect(targets).toEqual(expect.arrayContaining(["B4", "B10", "B11", "C11"]));
    expect(worded(r.findings).some((f) => f.rule === "structure" && f.message.includes("2018"))).toBe(false);
  });

  it("checks the lines of a breakdown against its total", () => {
    const rows: CellValue[][] = [
      ["1 000 euroa", "TP 2019", "TP 2018"],
      ["Kunnallisvero", 2632, 2580],
      ["Yhteisövero", 586, 574],
      ["Kiinteistövero", 273, 261],
      ["Verotulot yhteensä", 3491, 3416],
    ];
    const r = checkWorkbook([grid("Liite", rows)]);
    expect(r.equations.filter((e) => e.rule === "relation-total").map((e) => e.target.cell)).toEqual(["B5", "C5"]);
    // 2 580 + 574 + 261 = 3 415: one unit off in a table of thousands is rounding.
    expect(r.findings.filter((f) => f.rule === "relation-total").map((f) => [f.cell, f.severity])).toEqual([["C5", "info"]]);
  });
});

describe("change, deviation and per-resident figures", () => {
  it("checks Muutos € and % columns row by row, and the relations in the € column", () => {
    const rows: CellValue[][] = [
      ["TULOSLASKELMA", 2016, 2017, "Muutos", null],
      ["(milj. euroa)", null, null, null, "%"],
      ["Toimintatuotot", "187,9", "173,7", "-14,2", "-7,6 %"],
      ["Toimintakulut", "-819,7", "-801,4", "18,3", "-2,2 %"],
      ["Toimintakate", "-631,8", "-627,7", "4,1", "-0,6 %"],
      ["Verotulot", "507,4", "514,4", "7,0", "1,4 %"],
    ];
    const r = checkWorkbook([grid("5v", rows)]);
    expect(errors(r.findings)).toEqual([]);
    const targets = r.equations.map((e) => `${e.rule}@${e.target.cell}`);
    expect(targets).toEqual(expect.arrayContaining(["relation-change@D3", "relation-change@E3", "relation@D5", "relation@B5"]));
    rows[3][3] = "28,3";
    expect(errors(checkWorkbook([grid("5v", rows)]).findings)).toEqual(expect.arrayContaining(["relation-change@D4", "relation@D5"]));
  });

  it("allows a change % of small rounded figures what their rounding allows, and no more for large ones", () => {
    const rows = (oldV: string, newV: string, change: string): CellValue[][] => [
      ["TULOSLASKELMA", 2016, 2017, "Muutos", null],
      ["(milj. euroa)", null, null, null, "%"],
      ["Korkotuotot", oldV, newV, change, "50,0 %"],
    ];
    const at = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.cell === "E3").map((f) => `${f.rule}:${f.severity}`);
    // 0,3 and 0,4 may be anything from 0,25 to 0,45: 50 % lies within what they allow (33,3 % exact).
    expect(at(checkWorkbook([grid("5v", rows("0,3", "0,4", "0,1"))]))).toEqual(["relation-change:info"]);
    expect(at(checkWorkbook([grid("5v", rows("300,0", "400,0", "100,0"))]))).toEqual(["relation-change:error"]);
  });

  it("reads Poikkeama and Toteuma % against the same year's budget", () => {
    const rows: CellValue[][] = [
      ["1 000 €", "Talousarvio 2019", "Toteutunut 2019", "Poikkeama 2019", "Toteuma % 2019"],
      ["Verotulot", 3578, 3493, -85, 98],
      ["Valtionosuudet", 196, 232, 36, 119],
    ];
    const r = checkWorkbook([grid("Vertailu", rows)]);
    expect(errors(r.findings)).toEqual([]);
    expect(r.equations.filter((e) => e.rule === "relation-change").map((e) => e.target.cell).sort()).toEqual(["D2", "D3", "E2", "E3"]);
  });

  it("checks X €/asukas against X in millions and the population row, and a Förändring % row under its amount", () => {
    const rows: CellValue[][] = [
      ["", 2021, 2022],
      ["Hela befolkningen", 658457, 662376],
      ["Förändring %", null, "0,60"],
      ["Lainakanta, milj. euroa", "246,1", "189,8"],
      ["Lainat, euroa/asukas", "3 838", "287"],
      ["Asukasmäärä", 658457, 662376],
    ];
    const r = checkWorkbook([grid("Tunnusluvut", rows)]);
    expect(errors(r.findings)).toEqual(["relation-ratio@B5"]);
    expect(r.equations.map((e) => e.target.cell)).toEqual(expect.arrayContaining(["C3", "B5", "C5"]));
  });

  it("records a numbered chapter as the sum of its sub-chapters and only tells a difference", () => {
    const block = (title: string, tulot: number): CellValue[][] => [[title], [], ["1 000 €", "TP 2022", "TA 2023", "TA 2024"], ["Tulot", tulot, tulot, tulot], ["Menot", 0, 0, 0], ["Netto", tulot, tulot, tulot], []];
    const r = checkWorkbook([grid("Luku", [...block("9 01 Rahoitus", 300), ...block("9 01 01 Antolainat", 100), ...block("9 01 02 Muu", 150)])]);
    const chapter = r.findings.filter((f) => f.rule === "relation" && f.cell === "B4");
    expect(chapter).toEqual([expect.objectContaining({ severity: "info", expected: "250" })]);
    expect(errors(r.findings)).toEqual([]);
  });

  it("says once that a page printing one sub-chapter leaves the others out, instead of a note on every cell", () => {
    const block = (title: string, tulot: number, menot: number): CellValue[][] => [[title], [], ["1 000 €", "TP 2022", "TA 2023", "TA 2024"], ["Tulot", tulot, tulot, 0], ["Menot", menot, menot, 0], ["Netto", tulot + menot, tulot + menot, 0], []];
    const r = checkWorkbook([grid("Luku", [...block("8 Investointiosa", 21625, -609319), ...block("8 01 Kiinteä omaisuus", 5000, -95624)])]);
    expect(r.findings.filter((f) => f.rule === "relation")).toEqual([]);
    const notes = worded(r.findings, "en").filter((f) => f.rule === "relation-not-checked");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("chapter 8 = sum of its sub-chapters (the page prints only 8 01");
    expect(r.equations.filter((e) => e.relation?.includes("8"))).toEqual([]);
  });

  it("still tells a single printed sub-chapter's difference where one of the chapter's figures is its sum", () => {
    const block = (title: string, tulot: number[]): CellValue[][] => [[title], [], ["1 000 €", "TP 2022", "TA 2023", "TA 2024"], ["Tulot", ...tulot], ["Menot", 0, 0, 0], ["Netto", ...tulot], []];
    const r = checkWorkbook([grid("Luku", [...block("8 Investointiosa", [500, 700, 800]), ...block("8 01 Kiinteä omaisuus", [500, 600, 800])])]);
    expect(r.findings.filter((f) => f.rule === "relation" && f.cell === "C4")).toEqual([expect.objectContaining({ severity: "info", expected: "600" })]);
    expect(r.findings.filter((f) => f.rule === "relation-not-checked")).toEqual([]);
  });
});
