import { CellValue } from "../../../src/core/grid";
import { buildArea, sampleArea, sheetGrid as grid, structureNotes as notes } from "./builder";
import { table as realisation } from "../../corpus/fixtures/helsinki-investointiosan-toteutuminen-2019";
import { table as fiveYears } from "../../corpus/fixtures/jyvaskyla-rahoituslaskelma-5v-2018";

const unread = (sheets: Parameters<typeof notes>[0], lang: "fi" | "en" = "fi") => notes(sheets, lang).filter((m) => /lukuja ei luettu|were not read or checked/.test(m));

/** Only the columns at these indexes of each row (the label is index 0). */
const keep = (rows: readonly (readonly CellValue[])[], cols: readonly number[]): CellValue[][] => rows.map((r) => (r.length === 0 ? [] : cols.map((c) => r[c] ?? "")));

/**
 * Figures under a header that looks like a budget table's (kinds or years the vocabulary knows,
 * row labels beside) but forms no table are named with their cells and why, also on a sheet
 * whose other tables are read; tables read in full, and headers over no labelled figures, stay
 * quiet. Header texts as Helsinki's realisation comparison and Jyväskylä's five-year statement print them.
 */
describe("a header over figures that forms no table", () => {
  // Helsinki's first block (read: six yearless columns of several kinds), and its second printed
  // with only Talousarvio and Toteutunut: two kinds with no year form no table.
  const first = realisation.rows.slice(3, 9);
  const second = keep(realisation.rows.slice(9, 15), [0, 1, 4]);

  it("names the cells and why, in Finnish and English, though the sheet has another table", () => {
    expect(second[1]).toEqual(["1 000 euroa", "Talousarvio", "Toteutunut"]);
    const book = [grid(realisation.sheet, [...first, ...second])];
    expect(unread(book)).toEqual([
      "Solujen A8:C11 lukuja ei luettu eikä tarkistettu, koska otsikosta Talousarvio (B8), Toteutunut (C8) ei muodostu taulukkoa: lajin nimeävillä sarakkeilla ei ole vuotta (kuten TA 2024), ja vuodettomista sarakkeista luetaan taulukko vain, kun lajin tai muutoksen nimeäviä on vähintään kolme ja niissä vähintään kahta lajia.",
    ]);
    expect(unread(book, "en")).toEqual([
      "The figures in A8:C11 were not read or checked, because the header Talousarvio (B8), Toteutunut (C8) forms no table: the columns that name a kind name no year (as in TA 2024), and columns with no year are read as a table only when three or more name a kind or a change, with at least two kinds among them.",
    ]);
    // The first block is read as before: its columns' reading (no year) is told, as only for a table.
    expect(notes(book)).toContainEqual(expect.stringContaining("Sarakeotsikoissa Talousarvio, TA-muutokset, Yhteensä"));
  });

  it("names a kind beside a deviation column (Toteutunut | Poikkeama), two columns with no year", () => {
    const rows = keep(realisation.rows.slice(9, 15), [0, 4, 5]);
    expect(rows[1]).toEqual(["1 000 euroa", "Toteutunut", "Poikkeama"]);
    expect(unread([grid(realisation.sheet, rows)])).toEqual([
      "Solujen A2:C5 lukuja ei luettu eikä tarkistettu, koska otsikosta Toteutunut (B2), Poikkeama (C2) ei muodostu taulukkoa: lajin nimeävillä sarakkeilla ei ole vuotta (kuten TA 2024), ja vuodettomista sarakkeista luetaan taulukko vain, kun lajin tai muutoksen nimeäviä on vähintään kolme ja niissä vähintään kahta lajia.",
    ]);
    expect(unread([grid(realisation.sheet, rows)], "en")).toEqual([
      "The figures in A2:C5 were not read or checked, because the header Toteutunut (B2), Poikkeama (C2) forms no table: the columns that name a kind name no year (as in TA 2024), and columns with no year are read as a table only when three or more name a kind or a change, with at least two kinds among them.",
    ]);
  });

  it("names them on a sheet with no table too", () => {
    expect(unread([grid(realisation.sheet, second)])).toEqual([expect.stringContaining("Solujen A2:C5 lukuja ei luettu")]);
  });

  it("is quiet over years that name no kind, as over figures that only look like years", () => {
    // Every whole number 1900–2099 reads as a year, so years with no kind cannot be told from a
    // row of figures: this statement's years go untold rather than every such row raising a note.
    const rows = keep(fiveYears.rows.slice(0, 8), [0, 1, 3, 5]);
    expect(rows[0]).toEqual(["RAHOITUSLASKELMA", "2014", "2016", "2018"]);
    expect(unread([grid(fiveYears.sheet, rows)])).toEqual([]);
  });

  it("takes no row of figures in the years' range for a header, under a read table or alone", () => {
    const area = buildArea(sampleArea()).grid;
    const staff = [[], ["Henkilöstö"], ["Vakinaiset", 1950, 2030], ["Määräaikaiset", 120, 130], ["Yhteensä", 2070, 2160]];
    const book = [grid(area.sheet, [...area.values, ...staff])];
    expect(notes(book).some((m) => /Sarakeotsikoissa|lukuja ei luettu/.test(m) && m.includes("1950"))).toBe(false);
    expect(unread(book)).toEqual([]);
    const projects = [["Hanke", "Aloitus", "Valmistuu", "Kustannus"], ["Koulu", 2024, 2026, 5000000], ["Päiväkoti", 2025, 2027, 3000000], ["Uimahalli", 2023, 2026, 12000000]];
    expect(unread([grid("Hankkeet", projects)])).toEqual([]);
  });

  it("says the year stands apart from the kind, not that there is no year, when one is in the header", () => {
    const rows = [["Kunta", "Talousarvio", "", "2024"], ["Väkiluku", 5000, "", 5100], ["Työpaikat", 2100, "", 2200]];
    expect(unread([grid("Kunta", rows)])).toEqual([
      "Solujen A1:D3 lukuja ei luettu eikä tarkistettu, koska otsikosta Talousarvio (B1), 2024 (D1) ei muodostu taulukkoa: pelkkä vuosi ilman lajia muiden sarakkeiden vieressä, joilla laji on.",
    ]);
    expect(unread([grid("Kunta", rows)], "en")).toEqual([
      "The figures in A1:D3 were not read or checked, because the header Talousarvio (B1), 2024 (D1) forms no table: a year with no kind beside columns that have one.",
    ]);
  });

  it("reaches to the end of the last header cell's merge", () => {
    const rows: CellValue[][] = [[], [], [], [], ["", "", "1 000 euroa", "Talousarvio", "", "Toteutunut", ""], ["", "", "Investoinnit", 100, 110, 90, 95], ["", "", "Kiinteistöt", 200, 210, 190, 195]];
    const merged = { ...grid("Yhdistetyt", rows), merged: ["D5:E5", "F5:G5"] };
    expect(unread([merged])).toEqual([expect.stringContaining("Solujen C5:G7 lukuja ei luettu")]);
    // A host that tells no merges leaves the merged header's second column blank: its figures count too.
    expect(unread([grid("Yhdistetyt", rows)])).toEqual([expect.stringContaining("Solujen C5:G7 lukuja ei luettu")]);
  });

  it("is quiet where every block is read, and over a header with no labelled figures under it", () => {
    expect(unread([grid(realisation.sheet, realisation.rows)])).toEqual([]);
    expect(unread([grid(fiveYears.sheet, fiveYears.rows)])).toEqual([]);
    // The same header as a title line over prose, and over figures with no row labels beside them.
    const prose = [["", "Talousarvio", "Toteutunut"], ["Investoinnit toteutuivat talousarvion mukaisesti."], ["", "", ""]];
    expect(unread([grid("Teksti", prose)])).toEqual([]);
    const unlabelled = second.map((r, i) => (i < 2 ? r : ["", ...r.slice(1)]));
    expect(unread([grid("Luvut", unlabelled)])).toEqual([]);
  });
});
