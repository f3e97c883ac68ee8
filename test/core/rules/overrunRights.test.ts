import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { Finding } from "../../../src/core/findings";
import { Col, buildArea, sampleArea, setCell, sheetGrid as grid, worded } from "./builder";

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const cellsOf = (r: ReturnType<typeof checkWorkbook>, target: string) => r.equations.filter((e) => e.target.cell === target).map((e) => e.cells.map((c) => c.cell));

/**
 * A realisation comparison with an overrun right beside it (Helsinki's Ylitysoikeus): an overrun
 * right on revenue is printed negative like one on costs, so the column's figures are taken as
 * printed, never a revenue by its magnitude.
 */
describe("an overrun right column (Ylitysoikeus)", () => {
  const sheet = (head: string, overrunTotal: number): CellValue[][] => [
    ["Toimintatulot", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "Poikkeama 2019", head],
    ["Myyntitulot", 350, 330, 340, 10, 0],
    ["Muut toimintatulot", 160, 140, 196, 56, -800],
    ["", 510, 470, 536, 66, overrunTotal],
    ["Toimintamenot", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "Poikkeama 2019", head],
    ["Palkat", -1370, -1410, -1400, 10, -7310],
    ["Henkilösivumenot", -390, -400, -360, 40, -2190],
    ["Palvelujen ostot", -1770, -1860, -1960, -100, -77817],
    ["", -3530, -3670, -3720, -50, -87317],
  ];

  it("adds a negative overrun right on revenue up as printed, with no sign error", () => {
    const r = checkWorkbook([grid("Vertailu", sheet("Ylitysoikeus 2019", -800))]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "F4")).toContainEqual(["F4", "F2", "F3"]);
    expect(cellsOf(r, "F9")).toContainEqual(["F9", "F6", "F7", "F8"]);
  });

  it("reports a total of overrun rights its lines do not give", () => {
    const r = checkWorkbook([grid("Vertailu", sheet("Ylitysoikeus 2019", 800))]);
    expect(errors(r.findings)).toEqual(["relation@F4"]);
  });

  it("reads the Swedish överskridningsrätt as the same column", () => {
    const r = checkWorkbook([grid("Jämförelse", sheet("Överskridningsrätt 2019", -800))]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "F4")).toContainEqual(["F4", "F2", "F3"]);
  });

  it("takes the overrun right as printed where costs are positive too", () => {
    const positive: CellValue[][] = [
      ["Toimintatulot", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "Ylitysoikeus 2019"],
      ["Myyntitulot", 350, 330, 340, -200],
      ["Muut toimintatulot", 160, 140, 196, -800],
      ["", 510, 470, 536, -1000],
      ["Toimintamenot", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "Ylitysoikeus 2019"],
      ["Palkat", 1370, 1410, 1400, 7310],
      ["Henkilösivumenot", 390, 400, 360, 2190],
      ["Palvelujen ostot", 1770, 1860, 1960, 77817],
      ["", 3530, 3670, 3720, 87317],
    ];
    const r = checkWorkbook([grid("Vertailu", positive)]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "E4")).toContainEqual(["E4", "E2", "E3"]);
    expect(cellsOf(r, "E9")).toContainEqual(["E9", "E6", "E7", "E8"]);
  });
});

/**
 * An overrun right is no year's figures: a change % or a €/asukas printed under it is not
 * computed from anything, so none is checked there, and nothing is said of it.
 */
describe("no change % nor €/asukas in an overrun right column", () => {
  it("leaves a statement's X €/asukas under Ylitysoikeus alone, and checks it under the years", () => {
    const rows = (perResidentTp: number): CellValue[][] => [
      ["1 000 €", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "Ylitysoikeus 2019"],
      ["Toimintatuotot", 510, 470, 536, -800],
      ["Toimintakulut", -3530, -3670, -3720, -87317],
      ["Toimintakate", -3020, -3200, -3184, -88117],
      ["Verotulot", 3000, 3100, 3150, 0],
      ["Vuosikate", -20, -100, -34, -88117],
      ["Lainakanta, milj. €", "12,0", "13,0", "14,0", "2,0"],
      ["Lainakanta €/asukas", 1200, 1300, perResidentTp, 300],
      ["Asukasmäärä", 10000, 10000, 10000, null],
    ];
    const r = checkWorkbook([grid("Vertailu", rows(1400))], { population: { 2019: 10000 } });
    expect(errors(r.findings)).toEqual([]);
    expect(r.equations.filter((e) => e.target.cell === "E8")).toEqual([]);
    expect(errors(checkWorkbook([grid("Vertailu", rows(1500))], { population: { 2019: 10000 } }).findings)).toEqual(["relation-ratio@D8"]);
  });

  it("reads a change column after the overrun right as between the two years' own columns", () => {
    const r = checkWorkbook([
      grid("Vertailu", [
        ["1 000 €", "Toteutunut 2018", "Toteutunut 2019", "Ylitysoikeus 2019", "Muutos 2018–2019"],
        ["Toimintatuotot", 500, 550, -800, 50],
        ["Toimintakulut", -3500, -3850, -87317, -350],
        ["Toimintakate", -3000, -3300, -88117, -300],
        ["Verotulot", 3000, 3100, 0, 100],
      ]),
    ]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "E2")).toContainEqual(["E2", "C2", "B2"]);
  });

  it("reads a bare Muutos % after the overrun right as the change from the year before", () => {
    const rows = (pct: number): CellValue[][] => [
      ["1 000 €", "Toteutunut 2018", "Toteutunut 2019", "Ylitysoikeus 2019", "Muutos %"],
      ["Toimintatuotot", 500, 550, -800, pct],
      ["Toimintakulut", -3500, -3850, -87317, 10],
      ["Toimintakate", -3000, -3300, -88117, 10],
      ["Verotulot", 3000, 3100, 0, "3,3"],
    ];
    const r = checkWorkbook([grid("Vertailu", rows(10))]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "E2")).toEqual([["E2", "B2", "C2"]]);
    expect(errors(checkWorkbook([grid("Vertailu", rows(99))]).findings)).toEqual(["relation-change@E2"]);
  });

  it("leaves the key figures' Muutos % and Toimintakate €/asukas under Ylitysoikeus alone", () => {
    const columns: Col[] = ["TP 2022", "TA 2023", "TP 2023", "Ylitysoikeus 2023"];
    const population = { 2022: 7100, 2023: 7050 };
    const a = buildArea({ ...sampleArea(), columns, units: undefined, maararahat: undefined, tunnusluvut: { columns, population } });
    // Printed under the overrun right, neither is a change nor a share of anything.
    setCell(a.grid, a.at("tl%|Henkilöstömenot €|Ylitysoikeus 2023"), "12,0");
    setCell(a.grid, a.at("tl|Toimintakate €/asukas|Ylitysoikeus 2023"), -12);
    const overrun = [a.at("tl%|Henkilöstömenot €|Ylitysoikeus 2023"), a.at("tl|Toimintakate €/asukas|Ylitysoikeus 2023")];
    const r = checkWorkbook([a.grid], { population });
    expect(r.findings.filter((f) => overrun.includes(f.cell))).toEqual([]);
    expect(r.equations.filter((e) => overrun.includes(e.target.cell))).toEqual([]);
    expect(r.equations.filter((e) => e.rule === "per-resident").map((e) => e.target.cell)).toEqual([
      a.at("tl|Toimintakate €/asukas|TP 2022"),
      a.at("tl|Toimintakate €/asukas|TA 2023"),
      a.at("tl|Toimintakate €/asukas|TP 2023"),
    ]);
  });
});

/**
 * An overrun right's column is named in findings as the book heads it, not by the engine's code
 * for its kind: a reader looks for `Ylitysoikeus 2019` on the sheet, not `YLITYSOIKEUS 2019`.
 */
describe("findings name an overrun right column as the book heads it", () => {
  const table = (head: string, total: number): CellValue[][] => [
    ["Toimintatulot", "Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", head],
    ["Myyntitulot", 350, 330, 340, 0],
    ["Muut toimintatulot", 160, 140, 196, -800],
    ["", 510, 470, 536, total],
  ];
  const messageAt = (values: CellValue[][], lang: "fi" | "en") => worded(checkWorkbook([grid("Vertailu", values)]).findings, lang).find((f) => f.cell === "E4")?.message ?? "";

  it("in Finnish and English, with the year its header gives", () => {
    for (const lang of ["fi", "en"] as const) {
      const message = messageAt(table("Ylitysoikeus 2019", 800), lang);
      expect(message).toContain("(Ylitysoikeus 2019)");
      expect(message).not.toMatch(/YLITYSOIKEUS/);
    }
  });

  it("in a Swedish book's own word", () => {
    expect(messageAt(table("Överskridningsrätt 2019", 800), "fi")).toContain("(Överskridningsrätt 2019)");
  });

  it("without the unit its header names", () => {
    expect(messageAt(table("Ylitysoikeus 2019, 1 000 €", 800), "fi")).toContain("(Ylitysoikeus 2019)");
  });

  it("with no year where no header over the table gives one", () => {
    const r = checkWorkbook([
      grid("Investoinnit", [
        ["1 000 euroa", "Talousarvio", "Toteutunut", "Ylitysoikeus"],
        ["Tulot", 0, 0, 0],
        ["Menot", -500, -450, -700],
        ["Netto", -500, -450, -900],
      ]),
    ]);
    const message = worded(r.findings, "en").find((f) => f.cell === "D4")?.message ?? "";
    expect(message).toContain("(Ylitysoikeus)");
    expect(message).not.toMatch(/YLITYSOIKEUS/);
  });
});

/**
 * A change % whose header names its years with a dash (`Muutos 2018–2019 %`), beside an overrun
 * right (the header words of Jyväskylä's `Muutos 2017-2018` and Helsinki's `Ylitysoikeus 2019`):
 * read between the two years' own columns, and said unread when the table lacks them.
 */
describe("a Muutos % over a span of years after the overrun right", () => {
  const rows = (head: string, pct: CellValue): CellValue[][] => [
    ["1 000 €", "Toteutunut 2018", "Toteutunut 2019", "Ylitysoikeus 2019", head],
    ["Toimintatuotot", 500, 550, -800, pct],
    ["Toimintakulut", -3500, -3850, -87317, 10],
    ["Toimintakate", -3000, -3300, -88117, 10],
    ["Verotulot", 3000, 3100, 0, "3,3"],
  ];

  it("is checked as the change from the first year to the second", () => {
    for (const head of ["Muutos 2018–2019 %", "Muutos 2018-2019 %"]) {
      const r = checkWorkbook([grid("Vertailu", rows(head, 10))]);
      expect(errors(r.findings)).toEqual([]);
      expect(cellsOf(r, "E2")).toEqual([["E2", "B2", "C2"]]);
      expect(errors(checkWorkbook([grid("Vertailu", rows(head, 99))]).findings)).toEqual(["relation-change@E2"]);
    }
  });

  it("is said unread when the table has neither year's column", () => {
    const r = checkWorkbook([grid("Vertailu", rows("Muutos 2016–2017 %", 10))]);
    expect(r.equations.filter((e) => e.target.cell === "E2")).toEqual([]);
    const notes = worded(r.findings, "fi").filter((f) => f.rule === "structure").map((f) => f.message);
    expect(notes).toContainEqual(expect.stringContaining("näitä ei tarkistettu: Muutos 2016–2017 % (E1)"));
  });
});
