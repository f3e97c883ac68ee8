import { FakeExcel, FakeSheet } from "./fakeExcel";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { MARKS_KEY } from "../../../src/hosts/excel/documentSettings";
import { MARK_COLOURS } from "../../../src/hosts/excel/markRecords";
import { WordedFinding, Severity } from "../../../src/core/findings";

const SHEET = "Asuminen ja ympäristö";

function finding(cell: string, severity: Severity, message: string): WordedFinding {
  return { rule: "sum", severity, sheet: SHEET, cell, related: [], area: SHEET, message };
}

/** The same decorated workbook as marks.test.ts, with a few more rows so that rows can move. */
function decoratedWorkbook(): { excel: FakeExcel; sheet: FakeSheet } {
  const excel = new FakeExcel();
  const sheet = excel.addSheet(SHEET);
  sheet.put("A1", [
    ["TOIMINTATUOTOT", 1076109, 1100000],
    ["TOIMINTAKULUT", -2000000, -2100000],
    ["TOIMINTAKATE", -923891, -1000000],
    ["Henkilöstökulut", -700000, -710000],
    ["Palvelujen ostot", -900000, -920000],
  ]);
  Object.assign(sheet.writable(0, 1), { fill: { pattern: "Solid", color: "#FFFF00", patternColor: null }, note: "Tarkista TP:stä" });
  Object.assign(sheet.writable(1, 1), { fill: { pattern: "Gray25", color: "#E2EFDA", patternColor: "#70AD47" } });
  // A theme colour with a tint, as Excel gives it: the colour and how much lighter it is.
  Object.assign(sheet.writable(3, 1), { fill: { pattern: "Solid", color: "#4472C4", patternColor: null, tintAndShade: 0.6 } });
  excel.addSheet("Muut").put("A1", [["Muistio"]]);
  return { excel, sheet };
}

const findings = [
  finding("B1", "error", "TOIMINTATUOTOT TP 2022: 1 076 109, odotettu 1 076 108"),
  finding("B2", "warning", "Etumerkki: kulut ovat positiivisia"),
  finding("C3", "info", "Pyöristysero 1 €"),
  finding("B4", "error", "Henkilöstökulut eivät täsmää"),
];

/** What the user's workbook should look like after Clear: as if we had never marked, with the user's own edit done. */
function expectedAfter(edit: (excel: FakeExcel, sheet: FakeSheet) => void): string {
  const pristine = decoratedWorkbook();
  edit(pristine.excel, pristine.sheet);
  return pristine.excel.snapshot();
}

function noMarkLeft(excel: FakeExcel): void {
  const colours = Object.values(MARK_COLOURS);
  for (const s of excel.sheets) {
    for (const c of s.cells.values()) {
      expect(colours).not.toContain(c.fill?.color);
      expect(c.note ?? "").not.toMatch(/^Budjettitarkistin:/);
    }
  }
}

/** Issue 10 item 3: marks restore exactly whatever the user did in between. */
describe("Clear marks after the user changed the sheet", () => {
  it.each([
    ["two rows inserted above", (_e: FakeExcel, s: FakeSheet) => s.insertRows(0, 2)],
    ["a row inserted between marked cells", (_e: FakeExcel, s: FakeSheet) => s.insertRows(2, 1)],
    ["a column inserted before them", (_e: FakeExcel, s: FakeSheet) => s.insertColumns(1, 1)],
    ["the rows sorted by their figures", (_e: FakeExcel, s: FakeSheet) => s.sortRows(0, 4, 1)],
  ])("%s: every fill and note is as the user had it, none of ours is left", async (_name, edit) => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    edit(excel, sheet);

    const outcome = await new ExcelHost(excel.env(excel.settings.reopened())).clearMarks();

    expect(excel.snapshot()).toBe(expectedAfter(edit));
    expect(outcome).toMatchObject({ restored: 4, gone: 0, withoutRecord: 0 });
    noMarkLeft(excel);
  });

  it("a marked row deleted: the others are restored where they went, the deleted one is counted as gone", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    sheet.deleteRows(0, 1);
    const outcome = await host.clearMarks();
    expect(excel.snapshot()).toBe(expectedAfter((_e, s) => s.deleteRows(0, 1)));
    expect(outcome).toMatchObject({ restored: 3, gone: 1 });
  });

  it("never puts a stale record on the cell that moved into a marked address", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark([findings[0]]); // B1 only: its yellow fill and note are in the record
    sheet.insertRows(0, 1);
    // The user gives the new B1 (an empty inserted cell) a fill of their own.
    sheet.writable(0, 1).fill = { pattern: "Solid", color: "#00B050", patternColor: null };
    await host.clearMarks();
    expect(sheet.cell(0, 1).fill).toMatchObject({ color: "#00B050" });
    expect(sheet.cell(0, 1).note).toBeUndefined();
    expect(sheet.cell(1, 1)).toMatchObject({ fill: { pattern: "Solid", color: "#FFFF00" }, note: "Tarkista TP:stä" });
  });

  it("a marked cell whose fill the user changed after rows moved keeps the user's fill", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    sheet.insertRows(0, 3);
    sheet.writable(5, 2).fill = { pattern: "Solid", color: "#00B050", patternColor: null }; // C3 is now C6
    const outcome = await host.clearMarks();
    expect(sheet.cell(5, 2).fill).toMatchObject({ color: "#00B050" });
    expect(sheet.cell(5, 2).note).toBeUndefined(); // our note on it was still ours: removed
    expect(outcome).toMatchObject({ userChanged: 1 });
  });

  it("a copied sheet: the marks in the copy are cleared too, with the original's records", async () => {
    const { excel } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    excel.copySheet(SHEET, `${SHEET} (2)`);
    await host.clearMarks();
    expect(excel.snapshot()).toBe(expectedAfter((e) => e.copySheet(SHEET, `${SHEET} (2)`)));
    noMarkLeft(excel);
  });

  it("corrupt stored marks leave no stuck mark: ours are found by fill and note, cleared, and the damaged text is kept", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    excel.settings.set(MARKS_KEY, '{"cells": [{"sheetId": "{sheet-1}", "cell": "B1", "orig');

    const outcome = await host.clearMarks();

    noMarkLeft(excel);
    expect(outcome).toMatchObject({ withoutRecord: 4 });
    // The user's own note lived inside ours, so it comes back; the fill before marking is unknowable.
    expect(sheet.cell(0, 1).note).toBe("Tarkista TP:stä");
    expect(sheet.cell(2, 2).note).toBeUndefined();
    expect(excel.settings.get(`${MARKS_KEY}.unreadable`)).toContain('"cell": "B1"');
    expect(await host.markedCount()).toBe(0);
  });

  it("one malformed record among good ones: the good ones restore exactly, the orphan mark is still cleared", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    const stored = JSON.parse(String(excel.settings.get(MARKS_KEY)));
    stored.cells[2].original = "rikki"; // C3's record
    excel.settings.set(MARKS_KEY, JSON.stringify(stored));
    const outcome = await host.clearMarks();
    expect(outcome).toMatchObject({ restored: 3, withoutRecord: 1 });
    expect(sheet.cell(0, 1)).toMatchObject({ fill: { color: "#FFFF00" }, note: "Tarkista TP:stä" });
    noMarkLeft(excel);
  });

  it("keeps a theme colour's tint: the cell comes back lighter, as it was", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark([findings[3]]);
    expect(sheet.cell(3, 1).fill).toMatchObject({ color: MARK_COLOURS.error });
    await host.clearMarks();
    expect(sheet.cell(3, 1).fill).toMatchObject({ pattern: "Solid", color: "#4472C4", tintAndShade: 0.6 });
  });

  it("refuses to mark a cell with a gradient fill it could not put back, and says so", async () => {
    const { excel, sheet } = decoratedWorkbook();
    sheet.writable(4, 1).fill = { pattern: "LinearGradient", color: "#FFFFFF", patternColor: null };
    const before = JSON.stringify(sheet.cell(4, 1));
    const host = new ExcelHost(excel.env());
    const outcome = await host.mark([finding("B5", "error", "x"), findings[0]]);
    expect(outcome).toEqual({ unmarked: [{ sheet: SHEET, cell: "B5", reason: "fill-not-restorable" }] });
    expect(JSON.stringify(sheet.cell(4, 1))).toBe(before);
    expect(await host.markedCount()).toBe(1);
  });
});
