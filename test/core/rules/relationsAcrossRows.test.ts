import { CellValue, Grid } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { Finding } from "../../../src/core/findings";
import { worded, sheetGrid as grid } from "./builder";
import { SUB_ITEM_HEAD, subItemPage } from "./subItemPage";

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const targets = (r: ReturnType<typeof checkWorkbook>, rule: string) => r.equations.filter((e) => e.rule === rule).map((e) => e.target.cell);
const cellsOf = (r: ReturnType<typeof checkWorkbook>, target: string) => r.equations.filter((e) => e.target.cell === target).map((e) => e.cells.map((c) => c.cell));

describe("a budget item's sub-items printed in a block of their own", () => {
  /** 7 01 01 Verotulot, then its sub-items "alakohdittain" under a header of their own. */
  const sheet = (kunnallisvero: number, subHead: CellValue[] = SUB_ITEM_HEAD): CellValue[][] => subItemPage(kunnallisvero, subHead);

  it("records the item's Tulot as the sum of its sub-items in every column, and finds nothing in a consistent page", () => {
    const r = checkWorkbook([grid("7 01", sheet(2600))]);
    expect(errors(r.findings)).toEqual([]);
    expect(targets(r, "relation")).toEqual(expect.arrayContaining(["B4", "C4", "D4"]));
    expect(cellsOf(r, "B4")).toContainEqual(["B4", "B12", "B13", "B14"]);
  });

  it("reports an item whose sub-items do not add up to it, at the item's cell", () => {
    const r = checkWorkbook([grid("7 01", sheet(2650))]);
    expect(errors(r.findings)).toEqual(["relation@B4"]);
    const f = worded(r.findings).find((x) => x.rule === "relation" && x.cell === "B4");
    expect(f?.message).toContain("7 01 01");
    expect(f).toMatchObject({ actual: "3500", expected: "3550" });
  });

  it("matches the block's columns to the item's by kind and year, not by place", () => {
    // The block prints a column the item does not (Ehdotus 2024), so its budget columns sit one further right.
    const rows = sheet(2600, ["1 000 €", "Käyttö\n2022", "Ehdotus\n2024", "Talous-\narvio\n2023", "Talous-\narvio\n2024"]);
    rows[10] = ["Tulot", null, null, null, null];
    rows[11] = ["7010101 Kunnallisvero", 2600, 9999, 2700, 2750];
    rows[12] = ["7010102 Yhteisövero", 600, 9999, 620, 650];
    rows[13] = ["7010103 Kiinteistövero", 300, 9999, 280, 300];
    const r = checkWorkbook([grid("7 01", rows)]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "C4")).toContainEqual(["C4", "D12", "D13", "D14"]);
    expect(cellsOf(r, "D4")).toContainEqual(["D4", "E12", "E13", "E14"]);
  });
});

describe("a total printed before its parts", () => {
  const table = (yhteisovero: number): CellValue[][] => [
    ["Talouden tunnuslukuja"],
    ["e/asukas", "TP 2016", "TP 2017"],
    ["Toimintakulut", 7256, 7326],
    ["Verotulot yhteensä", 3684, 3833],
    ["tulovero", 3072, 3191],
    ["yhteisövero", yhteisovero, 240],
    ["kiinteistövero", 392, 401],
    ["Valtionosuudet", 2567, 2592],
    ["Vuosikate", 120, 309],
  ];

  it("sums the lower-case lines right below the total, and stops at the next figure", () => {
    const r = checkWorkbook([grid("Talous", table(220))]);
    expect(errors(r.findings)).toEqual([]);
    expect(targets(r, "relation-total")).toEqual(["B4", "C4"]);
    expect(cellsOf(r, "B4")).toEqual([["B4", "B5", "B6", "B7"]]);
    // Read as the total's parts, so not listed among the rows that were not read.
    expect(worded(r.findings, "en").filter((f) => f.rule === "structure" && f.message.includes("tulovero"))).toEqual([]);
  });

  it("reports the total when its lines below do not add up to it, and says they are below", () => {
    const r = checkWorkbook([grid("Talous", table(320))]);
    expect(errors(r.findings)).toEqual(["relation-total@B4"]);
    const [f] = worded(r.findings, "fi").filter((x) => x.rule === "relation-total");
    expect(f.message).toContain("alla olevien rivien B5:B7");
  });

  it("does not add `josta` lines, which say what the total contains", () => {
    const rows = table(220);
    rows.splice(4, 3, ["josta tulovero", 3072, 3191], ["josta yhteisövero", 220, 240]);
    const r = checkWorkbook([grid("Talous", rows)]);
    expect(targets(r, "relation-total")).toEqual([]);
    expect(errors(r.findings)).toEqual([]);
  });
});

describe("per-resident figures beside their amounts", () => {
  it("pairs `Konsernin X €/asukas` with `X milj. €` when no other row is X €/asukas", () => {
    const rows: CellValue[][] = [
      ["TILINPÄÄTÖKSEN TUNNUSLUVUT", "Konserni 2019", "Konserni 2018"],
      ["Vuosikate, miljoonaa euroa", 1377, 1358],
      ["Lainasaamiset 31.12., miljoonaa euroa", 474, 478],
      ["Konsernin lainasaamiset 31.12., euroa / asukas", 726, 800],
      ["Asukasmäärä 31.12.", 653400, 648042],
    ];
    const r = checkWorkbook([grid("TP", rows)]);
    expect(cellsOf(r, "B4")).toEqual([["B4", "B3", "B5"]]);
    expect(errors(r.findings)).toEqual(["relation-ratio@C4"]);
  });

  it("does not pair `Konsernin X` with `X` when the sheet prints X €/asukas of its own", () => {
    const rows: CellValue[][] = [
      ["TILINPÄÄTÖKSEN TUNNUSLUVUT", "Konserni 2019", "Konserni 2018"],
      ["Vuosikate, miljoonaa euroa", 1377, 1358],
      ["Lainasaamiset 31.12., miljoonaa euroa", 474, 478],
      ["Lainasaamiset, euroa / asukas", 725, 738],
      ["Konsernin lainasaamiset 31.12., euroa / asukas", 999, 999],
      ["Asukasmäärä 31.12.", 653400, 648042],
    ];
    const r = checkWorkbook([grid("TP", rows)]);
    expect(cellsOf(r, "B4")).toEqual([["B4", "B3", "B6"]]);
    expect(cellsOf(r, "B5")).toEqual([]);
    expect(errors(r.findings)).toEqual([]);
  });

  /** Nurmijärvi's key figures: milj. € and €/asukas, no population printed. */
  const keyFigures = (verorahoitus: CellValue, vuosikate: CellValue = 459): CellValue[][] => [
    ["Tunnuslukuja"],
    ["", "TP 2011", "TP 2012"],
    ["Toimintakate milj. €", "160,8", "175,3"],
    ["Toimintakate €/asukas", 3987, 4307],
    ["Verorahoitus milj. €", "178,5", "185,1"],
    ["Verorahoitus €/asukas", verorahoitus, 4546],
    ["Vuosikate, milj. €", "18,5", "10,8"],
    ["Vuosikate €/asukas", vuosikate, 264],
  ];

  it("checks each €/asukas figure against the population the column's other pairs imply", () => {
    const r = checkWorkbook([grid("Talous", keyFigures(4424))]);
    expect(errors(r.findings)).toEqual([]);
    expect(targets(r, "relation-ratio").sort()).toEqual(["B4", "B6", "B8", "C4", "C6", "C8"]);
    expect(cellsOf(r, "B6")).toEqual([["B6", "B5"]]);
    // Checked, so not said to be unchecked for want of a population.
    expect(worded(r.findings, "en").filter((f) => f.rule === "relation-not-checked" && f.message.includes("population"))).toEqual([]);
  });

  it("reports the odd one out, not the figures that agree", () => {
    const r = checkWorkbook([grid("Talous", keyFigures(4524))]);
    expect(errors(r.findings)).toEqual(["relation-ratio@B6"]);
    const f = worded(r.findings).find((x) => x.cell === "B6");
    expect(f?.message).toContain("Toimintakate €/asukas, Vuosikate €/asukas");
  });

  it("with two pairs only, cannot tell which is wrong: it only tells the difference", () => {
    const rows = keyFigures(4524).slice(0, 7);
    const r = checkWorkbook([grid("Talous", rows)]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "relation-ratio").map((f) => f.cell).sort()).toEqual(["B4", "B6"]);
  });

  it("divides by the population printed in another table of the sheet under the same year", () => {
    const rows: CellValue[][] = [
      ["Nyckeltal för budgetförslaget 2023"],
      ["", "2021", "2022", "2023"],
      ["Hela befolkningen", 658457, 662376, 669126],
      ["Förändring %", null, "0,60", "1,02"],
      [],
      ["", "TP 2021", "TA 2022", "TA 2023"],
      ["Verksamhetsbidrag, M€", -3556, -3846, -1489],
      ["Årsbidrag, M€", 757, 397, 786],
      ["Lånestock, M€", 913, 950, 996],
      ["Lånestock, €/invånare", 1387, 1434, 1589],
    ];
    const r = checkWorkbook([grid("Nyckeltal", rows)]);
    expect(cellsOf(r, "B10")).toEqual([["B10", "B9", "B3"]]);
    expect(cellsOf(r, "C10")).toEqual([["C10", "C9", "C3"]]);
    expect(errors(r.findings)).toEqual(["relation-ratio@D10"]);
  });
});

describe("a condensed statement that leaves the transfers out", () => {
  const statement = (transfers: CellValue[][]): CellValue[][] => [
    ["TULOSLASKELMA milj. euroa", "2015", "2016"],
    ["Toimintatuotot", "10,1", "9,9"],
    ["Toimintakulut", "-63,4", "-65,0"],
    ["Toimintakate", "-53,3", "-55,1"],
    ["Verotulot", "33,1", "33,2"],
    ["Valtionosuudet", "25,1", "26,0"],
    ["Vuosikate", "4,9", "4,1"],
    ["Suunnitelman mukaiset poistot", "-3,7", "-4,1"],
    ["Tilikauden tulos", "1,2", "0,0"],
    ...transfers,
    ["Tilikauden yli/alijäämä", "0,2", "0,1"],
  ];

  it("only tells a yli-/alijäämä that differs from the tilikauden tulos when no transfer row is printed", () => {
    const r = checkWorkbook([grid("TL", statement([]))]);
    expect(errors(r.findings)).toEqual([]);
    const told = worded(r.findings, "en").filter((f) => f.rule === "relation" && f.cell === "B10");
    expect(told).toEqual([expect.objectContaining({ severity: "info" })]);
    expect(told[0].message).toContain("poistoeron muutos");
  });

  it("reports it as an error when the transfers are printed and still do not explain it", () => {
    const r = checkWorkbook([grid("TL", statement([["Poistoeron muutos", "-0,5", "0,1"]]))]);
    expect(errors(r.findings)).toEqual(["relation@B11"]);
  });
});

describe("key figures printed in a block of their own under the statement", () => {
  const sheet = (vuosikatePct: CellValue): CellValue[][] => [
    ["TULOSLASKELMA milj. euroa (ulkoinen)", "2014", "2015"],
    ["Toimintatuotot", "9,7", "10,1"],
    ["Toimintakulut", "-62,4", "-63,4"],
    ["Toimintakate", "-52,7", "-53,3"],
    ["Verotulot", "32,5", "33,1"],
    ["Valtionosuudet", "24,8", "25,1"],
    ["Vuosikate", "5,0", "5,4"],
    ["Suunnitelman mukaiset poistot", "-3,7", "-4,2"],
    ["Tilikauden tulos", "1,3", "1,2"],
    [],
    ["Tunnusluvut", "2014", "2015"],
    ["Toimintatuotot (%) toimintakuluista", "15,5", "15,9"],
    ["Vuosikate (%) poistoista", vuosikatePct, "127,9"],
  ];

  it("checks them against the statement's rows, the planned depreciation standing for poistot", () => {
    const r = checkWorkbook([grid("TP", sheet("135,3"))]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "B12")).toContainEqual(["B12", "B2", "B3"]);
    expect(cellsOf(r, "C13")).toContainEqual(["C13", "C7", "C8"]);
  });

  it("reports a key figure its rows do not give", () => {
    const r = checkWorkbook([grid("TP", sheet("153,3"))]);
    expect(errors(r.findings)).toEqual(["relation-ratio@B13"]);
  });
});

describe("Swedish lines as Helsingfors and Närpes write them", () => {
  it("reads the lines of omkostnader and leaves a `Varav` line out of the sum", () => {
    const rows: CellValue[][] = [
      ["Resultaträkning", "BS 2022"],
      ["Verksamhetsintäkter", 1000],
      ["Omkostnader", null],
      ["Löner", -300],
      ["Lönebikostnader", -100],
      ["Köp av tjänster", -400],
      ["Övriga utgifter", -200],
      ["Varav hyreutgifter", -150],
      ["Omkostnader", -1000],
      ["Verksamhetsbidrag", 0],
      ["Skatteinkomster", 900],
      ["Statsandelar", 300],
      ["Finansiella kostnader o intäkter", -50],
      ["Årsbidrag", 1150],
    ];
    const r = checkWorkbook([grid("RR", rows)]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "B9")).toContainEqual(["B9", "B4", "B5", "B6", "B7"]);
    expect(cellsOf(r, "B14")).toContainEqual(["B14", "B10", "B11", "B12", "B13"]);
    rows[5][1] = -500;
    expect(errors(checkWorkbook([grid("RR", rows)]).findings)).toContain("relation@B9");
  });
});

describe("a realisation comparison printed in parts", () => {
  const HEAD = ["Toteutunut\n2018", "Talousarvio\n2019", "Toteutunut\n2019", "Poikkeama\n2019"];
  const sheet = (poikkeama: number): CellValue[][] => [
    ["Toimintatulot", ...HEAD],
    ["Myyntitulot", 350, 330, 340, 10],
    ["Maksutulot", 220, 210, 230, 20],
    ["", 570, 540, 570, 30],
    ["Toimintamenot", ...HEAD],
    ["Palkat", -1370, -1410, -1400, 10],
    ["Henkilösivumenot", -390, -400, -360, 40],
    ["", -1760, -1810, -1760, 50],
    [],
    ["Toimintakate"],
    [],
    ["Toimintakate", ...HEAD],
    ["Toimintakate", -1190, -1270, -1190, poikkeama],
    ["Verotulot ja valtionosuudet", ...HEAD],
    ["Verotulot", 3400, 3500, 3450, -50],
    ["Valtionosuudet", 200, 190, 230, 40],
    ["", 3600, 3690, 3680, -10],
  ];

  it("adds the lines' deviations of one part up to the margin's deviation in the next, and reads Verotulot ja valtionosuudet", () => {
    const r = checkWorkbook([grid("Vertailu", sheet(80))]);
    expect(errors(r.findings)).toEqual([]);
    expect(cellsOf(r, "E13")).toContainEqual(["E13", "E4", "E8"]);
    expect(cellsOf(r, "B17")).toContainEqual(["B17", "B15", "B16"]);
  });

  it("reports a margin deviation its parts do not give", () => {
    const r = checkWorkbook([grid("Vertailu", sheet(90))]);
    expect(errors(r.findings)).toContain("relation@E13");
  });
});

describe("per-resident rows as small municipalities write them", () => {
  it("pairs `Lainaa/asukas €` with `Lainat, 1000 €` and divides by the population row", () => {
    const rows: CellValue[][] = [
      ["Talouden tunnusluvut"],
      ["", "2016", "2017"],
      ["Asukasluku 31.12.", "5 985", "5 900"],
      ["Lainat, 1000 €", "16 200", "17 500"],
      ["Lainaa/asukas €", "2 708", "3 066"],
      ["Yli/alijäämä, milj. €", "2,0", "2,9"],
    ];
    const r = checkWorkbook([grid("Tunnusluvut", rows)]);
    expect(cellsOf(r, "B5")).toEqual([["B5", "B4", "B3"]]);
    expect(errors(r.findings)).toEqual(["relation-ratio@C5"]);
  });

  it("reads `Invånare, antal` as the population and `Lån totalt` as the amount of `Lån (€./inv.)`", () => {
    const rows: CellValue[][] = [
      ["Resultaträkning År", "2016", "2017"],
      ["(extern, milj.euro)", "Bokslut", "Bokslut"],
      ["Verksamhetsintäkter", "9,7", "9,3"],
      ["Verksamhetskostnader", "-62,1", "-61,4"],
      ["Verksamhetsbidrag", "-52,4", "-52,1"],
      ["Skatteinkomster", "30,9", "31,8"],
      ["Statsandelar", "27,8", "28,3"],
      ["Årsbidrag", "6,3", "8,0"],
      ["Invånare, antal", "9443", "9514"],
      ["Lån totalt", "19,7", "19,6"],
      ["Lån (€./inv.)", "2081", "2063"],
    ];
    const r = checkWorkbook([grid("Ekonomi", rows)]);
    expect(cellsOf(r, "B11")).toEqual([["B11", "B10", "B9"]]);
    expect(errors(r.findings)).toEqual([]);
  });

  it("takes a bare `euro/inv.` as the per-resident figure of the row above, in the unit its number format shows", () => {
    const grid2: Grid = {
      sheet: "Nyckeltal",
      originRow: 0,
      originCol: 0,
      values: [["Bokslut 2022"], ["Årsbidrag", 2.9], ["Årsbidrag, euro/inv.", 514], [], ["Skuldsättning 2022"], ["Lånestock", 22.5], ["euro/inv.", 3925]],
      numberFormats: [[null], [null, '0.0 "milj."'], [null, '0 "€"'], [], [null], [null, '0.0 "milj."'], [null, '0 "€"']],
    };
    const r = checkWorkbook([grid2]);
    expect(cellsOf(r, "B7")).toEqual([["B7", "B6"]]);
    expect(cellsOf(r, "B3")).toEqual([["B3", "B2"]]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
