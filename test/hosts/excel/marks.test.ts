import { FakeExcel, FakeSheet } from "./fakeExcel";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { MARK_COLOURS } from "../../../src/hosts/excel/markRecords";
import { WordedFinding, Severity } from "../../../src/core/findings";

function finding(sheet: string, cell: string, severity: Severity, message: string): WordedFinding {
  return { rule: "sum", severity, sheet, cell, related: [], area: sheet, message };
}

/** A sheet whose cells already carry fills and notes the user made. */
function decoratedWorkbook(): { excel: FakeExcel; sheet: FakeSheet } {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("Asuminen ja ympäristö");
  sheet.put("A1", [
    ["TOIMINTATUOTOT", 1076109, 1100000],
    ["TOIMINTAKULUT", -2000000, -2100000],
    ["TOIMINTAKATE", -923891, -1000000],
  ]);
  Object.assign(sheet.writable(0, 1), { fill: { pattern: "Solid", color: "#FFFF00", patternColor: null }, note: "Tarkista TP:stä" });
  Object.assign(sheet.writable(1, 1), { fill: { pattern: "Gray25", color: "#E2EFDA", patternColor: "#70AD47" } });
  excel.addSheet("Muut").put("A1", [["Muistio"]]);
  return { excel, sheet };
}

const findings = [
  finding("Asuminen ja ympäristö", "B1", "error", "TOIMINTATUOTOT TP 2022: 1 076 109, odotettu 1 076 108"),
  finding("Asuminen ja ympäristö", "B2", "warning", "Etumerkki: kulut ovat positiivisia"),
  finding("Asuminen ja ympäristö", "C3", "info", "Pyöristysero 1 €"),
];

describe("ExcelHost.mark / clearMarks", () => {
  it("marks by severity with a note and restores fills and notes exactly, also from a reloaded task pane", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const before = excel.snapshot();
    const host = new ExcelHost(excel.env());

    await host.mark(findings);

    expect(sheet.cell(0, 1).fill).toMatchObject({ pattern: "Solid", color: MARK_COLOURS.error });
    expect(sheet.cell(1, 1).fill).toMatchObject({ pattern: "Solid", color: MARK_COLOURS.warning });
    expect(sheet.cell(2, 2).fill).toMatchObject({ pattern: "Solid", color: MARK_COLOURS.info });
    expect(sheet.cell(0, 1).note).toContain("odotettu 1 076 108");
    expect(sheet.cell(0, 1).note).toContain("Tarkista TP:stä"); // the user's own note stays visible
    expect(sheet.cell(2, 2).note).toBe("Budjettitarkistin:\nPyöristysero 1 €");
    expect(await host.markedCount()).toBe(3);
    // Only fills and notes of the three marked cells were written.
    expect(new Set(excel.writes.map((w) => `${w.sheet}!${w.address}:${w.what}`))).toEqual(
      new Set(["B1", "B2", "C3"].flatMap((c) => [`Asuminen ja ympäristö!${c}:fill`, `Asuminen ja ympäristö!${c}:note`])),
    );

    // The task pane is closed and opened again: a new host over what the document saved.
    const afterReload = excel.settings.reopened();
    const reloaded = new ExcelHost(excel.env(afterReload));
    expect(await reloaded.markedCount()).toBe(3);
    await reloaded.clearMarks();

    expect(excel.snapshot()).toBe(before);
    expect(await reloaded.markedCount()).toBe(0);
    expect(await new ExcelHost(excel.env(afterReload.reopened())).markedCount()).toBe(0);
  });

  it("marking again keeps the original state, merges messages and takes the most severe colour", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const before = excel.snapshot();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    await host.mark([finding("Asuminen ja ympäristö", "C3", "error", "Määrärahat eivät täsmää"), findings[2]]);

    expect(sheet.cell(2, 2).fill?.color).toBe(MARK_COLOURS.error);
    expect(sheet.cell(2, 2).note).toBe("Budjettitarkistin:\nPyöristysero 1 €\nMäärärahat eivät täsmää");
    expect(await host.markedCount()).toBe(3);

    await host.clearMarks();
    expect(excel.snapshot()).toBe(before);
  });

  it("marks every cell of a range finding, and a cell named by two findings once", async () => {
    const { excel } = decoratedWorkbook();
    const before = excel.snapshot();
    const host = new ExcelHost(excel.env());
    await host.mark([finding("Asuminen ja ympäristö", "B1:C2", "warning", "Rivit eivät täsmää"), findings[0]]);
    expect(await host.markedCount()).toBe(4);
    await host.clearMarks();
    expect(excel.snapshot()).toBe(before);
  });

  it("leaves a cell the user re-coloured or re-noted after marking as the user left it", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    sheet.writable(1, 1).fill = { pattern: "Solid", color: "#00B050", patternColor: null };
    sheet.writable(2, 2).note = "Korjattu lautakunnan päätöksellä";

    await host.clearMarks();

    expect(sheet.cell(1, 1).fill).toMatchObject({ color: "#00B050" });
    expect(sheet.cell(2, 2).note).toBe("Korjattu lautakunnan päätöksellä");
    expect(sheet.cell(2, 2).fill?.pattern).toBe("None"); // its fill was still ours: restored
    expect(sheet.cell(0, 1)).toMatchObject({ fill: { pattern: "Solid", color: "#FFFF00" }, note: "Tarkista TP:stä" });
  });

  it("finds its marks after the sheet was renamed", async () => {
    const { excel, sheet } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    sheet.name = "Asuminen";
    await host.clearMarks();
    expect(sheet.cell(0, 1).fill).toMatchObject({ color: "#FFFF00" });
    expect(sheet.cell(2, 2).note).toBeUndefined();
  });

  it("refuses a finding on a sheet that does not exist before writing anything", async () => {
    const { excel } = decoratedWorkbook();
    const before = excel.snapshot();
    const host = new ExcelHost(excel.env());
    await expect(host.mark([findings[0], finding("Poistettu", "A1", "error", "x")])).rejects.toThrow('no sheet named "Poistettu"');
    expect(excel.snapshot()).toBe(before);
    expect(excel.writes).toEqual([]);
    expect(await host.markedCount()).toBe(0);
  });

  it("without notes (before ExcelApi 1.18) marks and restores the fill alone", async () => {
    const { excel, sheet } = decoratedWorkbook();
    excel.notesSupported = false;
    const before = excel.snapshot();
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    expect(sheet.cell(0, 1)).toMatchObject({ fill: { color: MARK_COLOURS.error }, note: "Tarkista TP:stä" });
    expect(excel.writes.every((w) => w.what === "fill")).toBe(true);
    await host.clearMarks();
    expect(excel.snapshot()).toBe(before);
  });

  it("keeps a mark's original state in the document before the mark is written", async () => {
    const { excel } = decoratedWorkbook();
    const host = new ExcelHost(excel.env());
    const savesBefore = excel.settings.saves;
    const syncs = excel.syncCount;
    await host.mark(findings);
    expect(excel.settings.saves).toBe(savesBefore + 1);
    expect(excel.syncCount - syncs).toBe(3); // sheets, current fills and notes, writes
  });
});
