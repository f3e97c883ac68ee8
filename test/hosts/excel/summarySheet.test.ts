import { FakeExcel } from "./fakeExcel";
import { summaryWords } from "../../../src/i18n/sheetWords";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { checkWorkbook } from "../../../src/core/check";
import { SUMMARY_MARKER, buildMaararahatSummary } from "../../../src/core/summary";
import { paneWorkbook } from "../../taskpane/paneWorkbook";

/** The määrärahat summary in Excel: written once, found again by the add-in's own record, updated in place, with a chart. */
const { model } = checkWorkbook(paneWorkbook().grids, { lang: "fi" });
const summary = buildMaararahatSummary(model, summaryWords("fi"));

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Asuminen").put("A1", [["oma"]]);
  // A user's sheet with the summary's name: never the add-in's to touch.
  excel.addSheet("Määrärahat yhteenveto").put("A1", [["Käyttäjän oma taulukko"]]);
  return excel;
}

describe("the määrärahat summary in Excel", () => {
  it("is marked by the add-in, found under a new name, and never confused with the user's sheet of its name", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    expect(summary.marker).toBe(SUMMARY_MARKER);
    expect(await host.findCreatedSheet(SUMMARY_MARKER)).toBeUndefined();
    const name = await host.createSheet(summary);
    expect(name).toBe("Määrärahat yhteenveto (2)");
    expect(await host.findCreatedSheet(SUMMARY_MARKER)).toBe(name);
    // The record is in the document's saved settings, so a reopened file still knows its summary.
    expect(await new ExcelHost(excel.env(excel.settings.reopened())).findCreatedSheet(SUMMARY_MARKER)).toBe(name);
    excel.sheet(name).name = "Budjetin yhteenveto";
    expect(await host.findCreatedSheet(SUMMARY_MARKER)).toBe("Budjetin yhteenveto");
  });

  it("is updated in place: contents and chart replaced, name and place kept, no other sheet written", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    const name = await host.createSheet(summary);
    const created = excel.sheet(name);
    created.put("Z50", [["käyttäjän lisäys"]]);
    const others = JSON.stringify(JSON.parse(excel.snapshot()).slice(0, 2));
    excel.writes = [];

    expect(await host.createSheet(summary, { replace: name })).toBe(name);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Asuminen", "Määrärahat yhteenveto", name]);
    expect(excel.writes.every((w) => w.sheet === name)).toBe(true);
    expect(JSON.stringify(JSON.parse(excel.snapshot()).slice(0, 2))).toBe(others);
    expect(created.cell(49, 25).value).toBeUndefined();
    expect(created.cell(0, 0).value).toBe(summary.cells[0].value);
    expect(created.charts).toHaveLength(1);
  });

  it("refuses to update a sheet the add-in did not create, before writing anything", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    await host.createSheet(summary);
    const before = excel.snapshot();
    await expect(host.createSheet(summary, { replace: "Määrärahat yhteenveto" })).rejects.toThrow(/not created by the add-in/);
    expect(excel.snapshot()).toBe(before);
  });

  it("carries a clustered column chart of MENOT, TULOT and NETTOMENO by area for both years", async () => {
    const excel = workbook();
    const name = await new ExcelHost(excel.env()).createSheet(summary);
    const sheet = excel.sheet(name);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns", title: "Määrärahojen yhteenveto" });
    // Header row: the area label, then MENOT / TULOT / NETTOMENO of the base and budget years.
    const [top, bottom] = chart.source.split(":");
    const headerRow = Number(top.replace(/^[A-Z]+/, "")) - 1;
    const firstCol = top.replace(/\d+$/, "").charCodeAt(0) - 65;
    const headers = Array.from({ length: 7 }, (_, i) => sheet.cell(headerRow, firstCol + i).value);
    expect(headers.slice(1)).toEqual(["MENOT TA+MUUTOS 2023", "MENOT TA 2024", "TULOT TA+MUUTOS 2023", "TULOT TA 2024", "NETTOMENO TA+MUUTOS 2023", "NETTOMENO TA 2024"]);
    // One row per vastuualue with a käyttötalous table: Asuminen and Työllisyys.
    expect(Number(bottom.replace(/^[A-Z]+/, "")) - 1 - headerRow).toBe(2);
    expect(sheet.cell(headerRow + 1, firstCol).value).toBe("Asuminen");
    expect(sheet.cell(headerRow + 1, firstCol + 2).formula).toMatch(/^=D\d+$/);
    // Placed under its data block, in the same columns, so it covers none of the figures.
    const [start, end] = [chart.position?.start ?? "", chart.position?.end ?? ""];
    expect(start.replace(/\d+$/, "")).toBe(top.replace(/\d+$/, ""));
    expect(Number(start.replace(/^[A-Z]+/, ""))).toBeGreaterThan(Number(bottom.replace(/^[A-Z]+/, "")));
    expect(Number(end.replace(/^[A-Z]+/, ""))).toBeGreaterThan(Number(start.replace(/^[A-Z]+/, "")));
  });
});
