import { FakeExcel } from "./fakeExcel";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { CAUSE_COLOUR, MARK_COLOURS } from "../../../src/hosts/excel/markRecords";
import { WordedFinding } from "../../../src/core/findings";

/** Marks in Excel set a probable cause's cell (core/why) apart from the findings that follow from it. */
describe("ExcelHost.mark with root causes", () => {
  it("fills the cause's cell apart, notes what to change there, and clears it back exactly", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Asuminen ja ympäristö").put("A1", [
      ["Kelkkareitit", -30010],
      ["Vastuualue yhteensä", -2759200],
    ]);
    Object.assign(sheet.writable(0, 1), { fill: { pattern: "Solid", color: "#FFFF00", patternColor: null } });
    const before = excel.snapshot();
    const cause = { sheet: "Asuminen ja ympäristö", cell: "B1", actual: "-30010", suggested: "-30000", resolves: 2, message: "Kelkkareitit MENOT on todennäköisesti -30 000." };
    const findings: WordedFinding[] = [
      { rule: "unit-total", severity: "error", sheet: "Asuminen ja ympäristö", cell: "B2", related: ["B1:B1"], area: "Asuminen ja ympäristö", message: "Yksiköiden summa ei täsmää.", cause },
    ];
    const host = new ExcelHost(excel.env());
    await host.mark(findings);
    expect(sheet.cell(1, 1).fill).toMatchObject({ color: MARK_COLOURS.error });
    expect(sheet.cell(0, 1).fill).toMatchObject({ pattern: "Solid", color: CAUSE_COLOUR });
    expect(sheet.cell(0, 1).note).toContain(cause.message);
    expect(await host.markedCount()).toBe(2);
    await host.clearMarks();
    expect(excel.snapshot()).toBe(before);
  });
});
