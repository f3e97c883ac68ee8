import { CellValue } from "../../../src/core/grid";
import { byRule, check, sheetGrid as grid } from "./builder";
import { table as realisation } from "../../corpus/fixtures/helsinki-investointiosan-toteutuminen-2019";
import { table as fiveYears } from "../../corpus/fixtures/jyvaskyla-rahoituslaskelma-5v-2018";

const notes = (sheets: Parameters<typeof check>[0], lang: "fi" | "en" = "fi") => byRule(check(sheets, { lang }), "structure").map((f) => f.message);
const unread = (sheets: Parameters<typeof check>[0], lang: "fi" | "en" = "fi") => notes(sheets, lang).filter((m) => /lukuja ei luettu|were not read or checked/.test(m));

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
      "Solujen A8:C11 lukuja ei luettu eikä tarkistettu, koska otsikosta Talousarvio (B8), Toteutunut (C8) ei muodostu taulukkoa: sarakkeet nimeävät lajin mutta eivät vuotta (kuten TA 2024), ja vuodettomista sarakkeista luetaan taulukko vain, kun niitä on vähintään kolme ja vähintään kahta lajia.",
    ]);
    expect(unread(book, "en")).toEqual([
      "The figures in A8:C11 were not read or checked, because the header Talousarvio (B8), Toteutunut (C8) forms no table: the columns name a kind but no year (as in TA 2024), and columns with no year are read as a table only when there are three or more, of at least two kinds.",
    ]);
    // The first block is read as before: its columns' reading (no year) is told, as only for a table.
    expect(notes(book)).toContainEqual(expect.stringContaining("Sarakeotsikoissa Talousarvio, TA-muutokset, Yhteensä"));
  });

  it("names a kind beside a deviation column (Toteutunut | Poikkeama), two columns with no year", () => {
    const rows = keep(realisation.rows.slice(9, 15), [0, 4, 5]);
    expect(rows[1]).toEqual(["1 000 euroa", "Toteutunut", "Poikkeama"]);
    expect(unread([grid(realisation.sheet, rows)])).toEqual([expect.stringContaining("Solujen A2:C5 lukuja ei luettu eikä tarkistettu, koska otsikosta Toteutunut (B2), Poikkeama (C2) ei muodostu")]);
  });

  it("names them on a sheet with no table too", () => {
    expect(unread([grid(realisation.sheet, second)])).toEqual([expect.stringContaining("Solujen A2:C5 lukuja ei luettu")]);
  });

  it("names years that do not follow one another and name no kind", () => {
    const rows = keep(fiveYears.rows.slice(0, 8), [0, 1, 3, 5]);
    expect(rows[0]).toEqual(["RAHOITUSLASKELMA", "2014", "2016", "2018"]);
    expect(unread([grid(fiveYears.sheet, rows)])).toEqual([
      "Solujen A1:D8 lukuja ei luettu eikä tarkistettu, koska otsikosta 2014 (B1), 2016 (C1), 2018 (D1) ei muodostu taulukkoa: vuosilla ei ole lajia (kuten TP tai TA), eivätkä ne ole peräkkäisiä vuosia.",
    ]);
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
