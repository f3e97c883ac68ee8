import { parseHeaderToken, readHeadersAt, findHeaders } from "../../../src/core/recognize/headers";
import { SheetView } from "../../../src/core/recognize/sheetView";
import { CellValue } from "../../../src/core/grid";
import { gridAt } from "./fixtures";

const view = (rows: CellValue[][]) => new SheetView(gridAt("S", 0, 0, rows));
const labels = (rows: CellValue[][]) => findHeaders(view(rows)).map((b) => b.columns.map((c) => c.label));

describe("column headers as municipalities write them", () => {
  it.each([
    ["Tilinpäätös 2023", "TP 2023"],
    ["Toteuma 2023", "TP 2023"],
    ["Toteutuma 2023", "TP 2023"],
    ["Käyttö 2023", "TP 2023"],
    ["Talousarvio 2024", "TA 2024"],
    ["Budjetti 2024", "TA 2024"],
    ["TA2026", "TA 2026"],
    ["TA 2024*", "TA 2024"],
    ["TA+muutokset 2024", "TA+MUUTOS 2024"],
    ["TA+M 2024", "TA+MUUTOS 2024"],
    ["Muutettu TA 2024", "TA+MUUTOS 2024"],
    ["Muutettu talousarvio 2024", "TA+MUUTOS 2024"],
    ["TA 2024 muutoksineen", "TA+MUUTOS 2024"],
    ["Ennuste 2024", "TPE 2024"],
    ["Arvio 2024", "TPE 2024"],
    ["TPE 2024", "TPE 2024"],
    ["Käyttösuunnitelma 2025", "KS 2025"],
    ["Taloussuunnitelma 2026", "TS 2026"],
    ["Suunnitelma 2027", "TS 2027"],
    ["Ehdotus 2025", "EHDOTUS 2025"],
    ["Talousarvioehdotus 2025", "EHDOTUS 2025"],
    ["Esitys 2025", "EHDOTUS 2025"],
    ["Lautakunnan esitys 2025", "EHDOTUS 2025"],
    ["Kunnanjohtajan esitys 2025", "EHDOTUS 2025"],
    ["Kehys 2025", "KEHYS 2025"],
    ["TP 2023", "TP 2023"],
    ["TA 2024", "TA 2024"],
    ["TA muutoksineen 2024", "TA+MUUTOS 2024"],
    ["KS 2025", "KS 2025"],
    ["TS 2026", "TS 2026"],
    ["Bokslut 2023", "TP 2023"],
    ["Förbrukning\n2021", "TP 2021"],
    ["BS 2023", "TP 2023"],
    ["Budget 2024", "TA 2024"],
    ["BU 2024", "TA 2024"],
    ["Ändrad budget 2024", "TA+MUUTOS 2024"],
    ["Prognos 2024", "TPE 2024"],
    ["Dispositionsplan 2025", "KS 2025"],
    ["Ekonomiplan 2026", "TS 2026"],
    ["EP 2026", "TS 2026"],
    ["Actual 2023", "TP 2023"],
    ["Revised budget 2024", "TA+MUUTOS 2024"],
    ["Forecast 2024", "TPE 2024"],
    ["Plan 2026", "TS 2026"],
    ["TA 2024 (1 000 €)", "TA 2024"],
    ["2024 TA", "TA 2024"],
  ])("%s reads as %s", (text, label) => {
    const t = parseHeaderToken(text);
    expect(t && t.kind && t.year ? `${t.kind} ${t.year}` : null).toBe(label);
  });

  it.each([
    ["Muutos €", "change-eur"],
    ["Muutos %", "change-pct"],
    ["Muutos-%", "change-pct"],
    ["Ero", "change-eur"],
    ["Poikkeama", "change-eur"],
    ["TA %", "usage-pct"],
    ["Käyttö-%", "usage-pct"],
    ["Toteutuma-%", "usage-pct"],
    ["Förändring %", "change-pct"],
    ["Muutos", "change-eur"],
    ["Change %", "change-pct"],
  ])("%s is a %s column", (text, kind) => {
    expect(parseHeaderToken(text)?.ratio).toBe(kind);
  });

  it("leaves prose and labels alone", () => {
    for (const text of ["Toimintatuotot", "KEMIJÄRVEN KAUPUNKI", "Henkilöstökulut 2024 ja 2025", "TA 2024 vrt. TA 2023"]) {
      expect(parseHeaderToken(text)?.kind).toBeUndefined();
    }
  });

  it("reads a year on the line below, a word hyphenated over lines, and three header rows", () => {
    const rows: CellValue[][] = [
      [null, "Tilin-", "Talous-", "Muutettu", "Talous-"],
      [null, "päätös", "arvio", "TA", "suunnitelma"],
      [null, 2023, "2024*", 2024, 2026],
      ["Toimintatuotot", 1, 2, 3, 4],
    ];
    const blocks = readHeadersAt(view(rows), 0);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].columns.map((c) => c.label)).toEqual(["TP 2023", "TA 2024", "TA+MUUTOS 2024", "TS 2026"]);
    expect(blocks[0].bottom).toBe(2);
    expect(blocks[0].columns[1].starred).toBe(true);
  });

  it("reads years written above the kind", () => {
    expect(labels([[null, 2023, 2024], [null, "Tilinpäätös", "Talousarvio"], ["Verotulot", 1, 2]])).toEqual([["TP 2023", "TA 2024"]]);
  });

  it("takes a line of units under the header into the header and keeps the unit", () => {
    const rows: CellValue[][] = [
      [null, "TP 2023", "TA 2024"],
      [null, "1 000 €", "1 000 €"],
      ["Verotulot", 100, 110],
    ];
    const [block] = findHeaders(view(rows));
    expect(block.bottom).toBe(1);
    expect(block.unit?.unit.factor).toBe(1000);
  });

  it("says which reading it took for a header with two", () => {
    const [block] = findHeaders(view([[null, "TP 2023", "TA/KS 2024"], ["Menot", 1, 2]]));
    expect(block.columns.map((c) => c.label)).toEqual(["TP 2023", "TA 2024"]);
    expect(block.ambiguous).toEqual([expect.objectContaining({ taken: "TA", other: "KS" })]);
  });

  it("reads a lone year column with figures under it, but not a title", () => {
    expect(labels([["Investoinnit", "TA 2024"], ["Menot", -100]])).toEqual([["TA 2024"]]);
    expect(labels([["KEMIJÄRVEN KAUPUNKI"], ["Käyttösuunnitelma 2024"]])).toEqual([]);
  });

  it("keeps change and ratio columns with the block", () => {
    const [block] = findHeaders(view([[null, "TP 2023", "TA 2024", "Muutos %", "Käyttö-%"], ["Menot", 1, 2, 3, 4]]));
    expect(block.ratios.map((r) => r.kind)).toEqual(["change-pct", "usage-pct"]);
    expect(block.changePctCol).toBe(3);
  });

  it("reads a period as actuals, a run of bare years as actual years, and statement columns by entity", () => {
    expect(labels([[null, "01.01.-31.12.2019", "01.01.-31.12.2018"], ["Verotulot", 1, 2]])).toEqual([["TP 2019", "TP 2018"]]);
    const [years] = findHeaders(view([["TULOSLASKELMA", 2016, 2017, 2018], ["Verotulot", 1, 2, 3]]));
    expect(years.columns.map((c) => c.label)).toEqual(["TP 2016", "TP 2017", "TP 2018"]);
    expect(years.ambiguous).toEqual([expect.objectContaining({ bareYears: true })]);
    // Years that do not run one after another are figures, not a header.
    expect(labels([["Asukkaat", 2016, 2019], ["Verotulot", 1, 2]])).toEqual([]);
    const [entities] = findHeaders(view([["1 000 euroa", "Konserni 2019", "Konserni 2018", "Kaupunki 2019"], ["Verotulot", 1, 2, 3]]));
    expect(entities.columns.map((c) => [c.label, c.entity])).toEqual([
      ["TP 2019", "konserni"],
      ["TP 2018", "konserni"],
      ["TP 2019", "kaupunki"],
    ]);
  });

  it("reads bare years by the kind the label cell beside them names", () => {
    const [block] = findHeaders(view([["Tilinpäätös", "2016", "2017", "2018"], ["Asukasluku 31.12.", 5985, 5900, 5703]]));
    expect(block.columns.map((c) => c.label)).toEqual(["TP 2016", "TP 2017", "TP 2018"]);
    // The kind is written, not assumed: nothing to say about the reading.
    expect(block.ambiguous).toEqual([]);
    expect(labels([["Talousarvio", 2024, 2025], ["Verotulot", 1, 2]])).toEqual([["TA 2024", "TA 2025"]]);
  });

  it("takes Muutos spread over a € and a % column, with years or without", () => {
    const [block] = findHeaders(view([["TULOSLASKELMA", 2017, 2018, "Muutos 2017-2018", null], ["(milj. euroa)", null, null, "euroa", "%"], ["Verotulot", 1, 2, 1, "100,0 %"]]));
    expect(block.ratios.map((r) => [r.kind, r.col])).toEqual([
      ["change-eur", 3],
      ["change-pct", 4],
    ]);
    expect(block.bottom).toBe(1);
  });
});

describe("the header search along a row", () => {
  afterEach(() => jest.restoreAllMocks());

  it("reads no stored figure right of the row's last text or year: they could only part runs no later header cell joins", () => {
    const v = view([
      [null, "TP", "TA", "Muutos"],
      [null, 2022, 2024, "%"],
      ["Myyntituotot", 426941, 615100, 44.1],
      ["Menot 2024", 5, 2020, 7, 8],
    ]);
    const read = jest.spyOn(SheetView.prototype, "storedNumber");
    expect(readHeadersAt(v, 2)).toEqual([]);
    expect(read.mock.calls.map(([, col]) => col)).toEqual([0]);
    read.mockClear();
    // A year stored as a number may head a column: the search reads up to it, and no further.
    expect(readHeadersAt(v, 3)).toEqual([]);
    expect(read.mock.calls.map(([, col]) => col)).toEqual([0, 1, 2]);
    read.mockClear();
    const [block] = readHeadersAt(v, 0);
    expect(block.columns.map((c) => c.label)).toEqual(["TP 2022", "TA 2024"]);
    expect(block.changePctCol).toBe(3);
  });
});
