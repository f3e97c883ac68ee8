import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { StatementTable } from "../../../src/core/model";
import { sheetGrid } from "../rules/builder";

const grid = (values: CellValue[][]) => sheetGrid("Nyckeltal", values);

/** Key figures as a municipality's web page lists them: titled blocks of label / value pairs. */
const LIST: CellValue[][] = [
  ["Ekonomiska nyckeltal"],
  [],
  ["Fastighetsskatten 2024, %"],
  ["Allmän fastighetsskatt, mark", 1.3],
  ["Obebyggd byggplats", 4],
  [],
  ["Bokslut 2022"],
  ["Driftsutgifter, euro", 37890000],
  ["Investeringar", 3700000],
  ["Årsbidrag", 2900000],
  ["Årsbidrag, euro/inv.", 514],
  [],
  ["Skuldsättning 2022"],
  ["Lånestock", 22500000],
  ["euro/inv.", 3925],
];

describe("titled blocks of label / value pairs with no header row", () => {
  it("reads each block with a figure the engine knows as a one-column table of its title's year", () => {
    const r = checkWorkbook([grid(LIST)]);
    const tables = r.model.sheets[0].tables as StatementTable[];
    expect(tables.map((t) => [t.range, t.title, t.columns.map((c) => c.label)])).toEqual([
      ["A7:B11", "Bokslut 2022", ["TP 2022"]],
      ["A13:B15", "Skuldsättning 2022", ["TP 2022"]],
    ]);
    expect(tables[0].rows.map((x) => x.label)).toEqual(["Driftsutgifter, euro", "Investeringar", "Årsbidrag", "Årsbidrag, euro/inv."]);
  });

  it("says that a title naming only a year was read as actuals, and raises nothing else", () => {
    const r = checkWorkbook([grid(LIST)]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const years = r.findings.filter((f) => f.rule === "structure" && JSON.stringify(f).includes("Skuldsättning 2022"));
    expect(years.map((f) => f.cell)).toEqual(["A13"]);
  });

  it("leaves a list of rates it cannot check alone, and a titled line inside a table", () => {
    const r = checkWorkbook([
      grid([
        [null, "TA 2024"],
        ["Verotulot", 100],
        ["Vuosikate 2024"],
        ["Vuosikate", 50],
        [],
        ["Veroprosentit 2024"],
        ["Tuloveroprosentti", 8.3],
      ]),
    ]);
    expect(r.model.sheets[0].tables.map((t) => t.range)).toEqual(["A1:B4"]);
  });
});
