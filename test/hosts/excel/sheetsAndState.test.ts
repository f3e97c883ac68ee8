import { FakeExcel } from "./fakeExcel";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { STATE_KEY } from "../../../src/hosts/excel/documentSettings";
import { asExcelInput, columnWidthPoints } from "../../../src/hosts/excel/writeSheet";
import { SheetData } from "../../../src/core/sheetData";
import { SPILL_FORMAT, SPILL_SHEET } from "./spillSheet";

const summary: SheetData = {
  name: "Määrärahat yhteenveto",
  cells: [
    { address: "A1", value: "Määrärahat yhteenveto", bold: true },
    { address: "B2", value: "2024" },
    { address: "A3", value: "Asuminen ja ympäristö" },
    { address: "B3", formula: "='Asuminen ja ympäristö'!E20", numberFormat: "# ##0;-# ##0", expected: "-923891" },
    { address: "C3", value: 12.5, numberFormat: "0.0" },
    { address: "A4", value: "-" },
    { address: "B4", formula: "=SUM(B3:B3)", bold: true, numberFormat: "# ##0;-# ##0" },
  ],
  columnWidths: { A: 34, B: 14 },
};

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Asuminen ja ympäristö").put("A1", [["TOIMINTAKATE", -923891]]);
  excel.addSheet("Määrärahat yhteenveto").put("A1", [["Käyttäjän oma taulukko"]]);
  return excel;
}

describe("ExcelHost.createSheet", () => {
  it("adds the sheet under a free name, writes only into it and shows it", async () => {
    const excel = workbook();
    const before = excel.snapshot();
    const name = await new ExcelHost(excel.env()).createSheet(summary);

    expect(name).toBe("Määrärahat yhteenveto (2)");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Asuminen ja ympäristö", "Määrärahat yhteenveto", "Määrärahat yhteenveto (2)"]);
    expect(excel.writes.every((w) => w.sheet === name)).toBe(true);
    expect(JSON.parse(excel.snapshot()).slice(0, 2)).toEqual(JSON.parse(before)); // user's sheets untouched
    const created = excel.sheet(name);
    expect(created.cell(0, 0)).toMatchObject({ value: "Määrärahat yhteenveto", bold: true });
    expect(created.cell(1, 1).value).toBe("2024"); // a year label stays text
    expect(created.cell(2, 1)).toMatchObject({ formula: "='Asuminen ja ympäristö'!E20", numberFormat: "# ##0;-# ##0" });
    expect(created.cell(2, 2)).toMatchObject({ value: 12.5, numberFormat: "0.0" });
    expect(created.cell(3, 0).value).toBe("-");
    expect(created.cell(3, 1)).toMatchObject({ formula: "=SUM(B3:B3)", bold: true });
    expect(created.columnWidths.get("A")).toBe(columnWidthPoints(34));
    expect(excel.activeSheetId).toBe(created.id);
    expect(excel.selection).toEqual({ sheet: name, address: "A1" });
    expect(excel.syncCount).toBe(2);
  });

  it("uses the preferred name when it is free", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Talous");
    expect(await new ExcelHost(excel.env()).createSheet(summary)).toBe("Määrärahat yhteenveto");
  });

  it("fails on a bad cell address before adding any sheet", async () => {
    const excel = workbook();
    await expect(new ExcelHost(excel.env()).createSheet({ name: "X", cells: [{ address: "not a cell", value: 1 }] })).rejects.toThrow("Not an A1");
    expect(excel.sheets).toHaveLength(2);
    expect(excel.syncCount).toBe(0);
  });

  it("writes a spilled formula into its first cell only and formats the whole spill range", async () => {
    const excel = workbook();
    const name = await new ExcelHost(excel.env()).createSheet(SPILL_SHEET);
    const created = excel.sheet(name);
    expect(created.cell(1, 6)).toMatchObject({ formula: "=BUDJETTI.ALLOCATE($E$1,$D$2:$D$4,0)", numberFormat: SPILL_FORMAT });
    // Excel fills G3:G4 itself; anything written there would block the spill.
    for (const row of [2, 3]) expect(created.cell(row, 6)).toEqual({ numberFormat: SPILL_FORMAT });
    expect(excel.writes.filter((w) => w.address === "G3" || w.address === "G4").map((w) => w.what)).toEqual(["numberFormat", "numberFormat"]);
    expect(created.cell(4, 6)).toMatchObject({ formula: "=SUM(G2:G4)", numberFormat: "0" });
    expect(excel.syncCount).toBe(2);
  });

  it("refuses a cell inside a spill range before adding any sheet", async () => {
    const excel = workbook();
    const spilled = { address: "G2", formula: "=BUDJETTI.ALLOCATE(E1,D2:D4,0)", spill: { range: "G2:G4", expected: ["1", "2", "3"] } };
    await expect(new ExcelHost(excel.env()).createSheet({ name: "X", cells: [spilled, { address: "G4", value: "huom." }] })).rejects.toThrow("G4 lies in the spill range G2:G4");
    expect(excel.sheets).toHaveLength(2);
    expect(excel.syncCount).toBe(0);
  });

  it("keeps labels that Excel would otherwise read as formulas or numbers", () => {
    expect(asExcelInput("=A1")).toBe("'=A1");
    expect(asExcelInput("2024")).toBe("'2024");
    expect(asExcelInput("-")).toBe("'-");
    expect(asExcelInput("12,5 %")).toBe("'12,5 %");
    expect(asExcelInput("TA 2024")).toBe("TA 2024");
    expect(asExcelInput(-923891)).toBe(-923891);
  });
});

describe("ExcelHost.select", () => {
  it("selects the related ranges on the same sheet with the finding's cell, the cell first (active)", async () => {
    const excel = workbook();
    await new ExcelHost(excel.env()).select("Asuminen ja ympäristö", "B1", ["A1:A1", "'Asuminen ja ympäristö'!C1:C3", "'Määrärahat yhteenveto'!A1"]);
    expect(excel.selection).toEqual({ sheet: "Asuminen ja ympäristö", address: "B1, A1, C1:C3" });
  });

  it("selects the cell alone where Excel cannot select several areas (before ExcelApi 1.18)", async () => {
    const excel = workbook();
    excel.areasSelectable = false;
    await new ExcelHost(excel.env()).select("Asuminen ja ympäristö", "B1", ["A1", "C1:C3"]);
    expect(excel.selection).toEqual({ sheet: "Asuminen ja ympäristö", address: "B1" });
  });

  it("activates the sheet and selects the range in one sync, writing nothing", async () => {
    const excel = workbook();
    await new ExcelHost(excel.env()).select("Määrärahat yhteenveto", "B3:C4");
    expect(excel.selection).toEqual({ sheet: "Määrärahat yhteenveto", address: "B3:C4" });
    expect(excel.activeSheetId).toBe(excel.sheet("Määrärahat yhteenveto").id);
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toEqual([]);
  });

  it("says which sheet is missing", async () => {
    const excel = workbook();
    await expect(new ExcelHost(excel.env()).select("Poistettu", "A1")).rejects.toThrow('no sheet named "Poistettu"');
  });

  it("refuses a range with a sheet part", async () => {
    await expect(new ExcelHost(workbook().env()).select("Talous", "Talous!A1")).rejects.toThrow("without a sheet name");
  });
});

describe("ExcelHost.loadState / saveState", () => {
  it("keeps settings and explanations in the document, merged by key, across a reload", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    await host.saveState({ settings: { lang: "fi", population: { "2024": 7008 } } });
    await host.saveState({ explanations: { "sum|A|B1||": { comment: "pyöristysero", at: "2024-11-01T10:00:00Z" } } });

    const reloaded = new ExcelHost(excel.env(excel.settings.reopened()));
    expect(await reloaded.loadState()).toEqual({
      settings: { lang: "fi", population: { "2024": 7008 } },
      explanations: { "sum|A|B1||": { comment: "pyöristysero", at: "2024-11-01T10:00:00Z" } },
    });
    expect(excel.writes).toEqual([]);
  });

  it("starts empty when the document has no state, and says so when it has a damaged one", async () => {
    const excel = workbook();
    expect(await new ExcelHost(excel.env()).loadState()).toEqual({});
    excel.settings.set(STATE_KEY, "{not json");
    expect(await new ExcelHost(excel.env()).loadState()).toEqual({ problems: [{ kind: "not-json", path: "" }] });
  });
});
