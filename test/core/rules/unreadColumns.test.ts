import { CellValue } from "../../../src/core/grid";
import { buildArea, sampleArea, setCell, sheetGrid as grid, structureNotes as notes } from "./builder";
import { table as realisation } from "../../corpus/fixtures/helsinki-investointiosan-toteutuminen-2019";

/**
 * A column whose header reads as one (a kind, a year, a change) but which no check reads is named
 * in the table's "read only in part" note with why, in every kind of table; headers that read as
 * columns in full stay quiet. Header texts as Helsinki's realisation comparisons print them.
 */
describe("header cells read as columns but left unread", () => {
  const comparison = (head: string[]): CellValue[][] => [
    ["Toimintatulot", ...head],
    ["Myyntitulot", 350, 330, 340, 10],
    ["Muut toimintatulot", 160, 140, 196, 56],
    ["", 510, 470, 536, 66],
  ];

  it("names amendments with no Yhteensä after them, and why, in Finnish and English", () => {
    const book = [grid("Vertailu", comparison(["Talousarvio 2019", "TA-muutokset 2019", "Toteutunut 2019", "Poikkeama 2019"]))];
    expect(notes(book)).toEqual([
      "Taulukko A1:E4 luettiin vain osin, joten näitä ei tarkistettu: TA-muutokset 2019 (C1): muutosten perässä ei ole Yhteensä-saraketta, joten ne eivät ole minkään vuoden lukuja eivätkä muutos mihinkään.",
    ]);
    expect(notes(book, "en")).toEqual([
      "Table A1:E4 was read only in part, so these were not checked: TA-muutokset 2019 (C1): no Yhteensä column follows the amendments, so they are neither a year's figures nor a change from one.",
    ]);
  });

  it("names Helsinki's TA-muutokset when the book prints no Yhteensä after them", () => {
    // The corpus page's first block (title, header, Tulot / Menot / Netto), its Yhteensä column left out.
    const rows = realisation.rows.slice(3, 8).map((r) => r.filter((_, i) => i !== 3));
    expect(rows[1]).toEqual(["1 000 euroa", "Talousarvio", "TA-muutokset", "Toteutunut", "Poikkeama", "Ylitysoikeus"]);
    const found = notes([grid(realisation.sheet, rows)]).filter((m) => m.includes("TA-muutokset"));
    expect(found).toEqual([expect.stringContaining("TA-muutokset (C2): muutosten perässä ei ole Yhteensä-saraketta")]);
    expect(notes([grid(realisation.sheet, realisation.rows.slice(3, 8))]).filter((m) => m.includes("luettiin vain osin"))).toEqual([]);
  });

  it("says nothing of amendments whose Yhteensä reads them", () => {
    const book = [grid("Vertailu", comparison(["Talousarvio 2019", "TA-muutokset 2019", "Yhteensä", "Toteutunut 2019"]))];
    expect(notes(book)).toEqual([]);
  });

  it("names a year with no kind beside columns that name theirs", () => {
    const book = [grid("Vertailu", comparison(["Toteutunut 2018", "Talousarvio 2019", "Toteutunut 2019", "2020"]))];
    expect(notes(book)).toEqual(["Taulukko A1:E4 luettiin vain osin, joten näitä ei tarkistettu: 2020 (E1): pelkkä vuosi ilman lajia muiden sarakkeiden vieressä, joilla laji on."]);
  });

  it("names a change column or a year a text column parts from the year columns, and not one over no figures", () => {
    const apart: CellValue[][] = [
      ["Toimintatulot", "Toteutunut 2018", "Talousarvio 2019", "Huom.", "Muutos %"],
      ["Myyntitulot", 350, 330, "", 6],
      ["Muut toimintatulot", 160, 140, "", 14],
      ["", 510, 470, "", 9],
    ];
    expect(notes([grid("Vertailu", apart)])).toEqual(["Taulukko A1:C4 luettiin vain osin, joten näitä ei tarkistettu: Muutos % (E1): tekstisarake tai väli erottaa sen taulukon vuosisarakkeista."]);
    const titled = apart.map((r, i) => (i === 0 ? r : r.slice(0, 4)));
    expect(notes([grid("Vertailu", titled)])).toEqual([]);
    const year = apart.map((r, i) => (i === 0 ? [...r.slice(0, 4), "2020"] : r));
    expect(notes([grid("Vertailu", year)])).toEqual(["Taulukko A1:C4 luettiin vain osin, joten näitä ei tarkistettu: 2020 (E1): tekstisarake tai väli erottaa sen taulukon vuosisarakkeista."]);
  });

  it("names a change column over a käyttötalous, which reads none, and is quiet without one", () => {
    const plain = buildArea(sampleArea({ units: undefined, maararahat: undefined, tunnusluvut: undefined })).grid;
    expect(notes([plain])).toEqual([]);
    const { grid: g } = buildArea(sampleArea({ units: undefined, maararahat: undefined, tunnusluvut: undefined }));
    // The käyttötalous header is rows 5 and 6 (kind over year); its figures rows 7 to 16.
    setCell(g, "F5", "Muutos %");
    for (let r = 7; r <= 16; r++) setCell(g, `F${r}`, 5);
    expect(notes([g])).toEqual(["Taulukko A5:F17 luettiin vain osin, joten näitä ei tarkistettu: Muutos % (F5:F6): tällaisen taulukon muutossarakkeita ei tarkisteta."]);
    expect(notes([g], "en")).toEqual(["Table A5:F17 was read only in part, so these were not checked: Muutos % (F5:F6): change columns of a table of this kind are not checked."]);
  });
});
