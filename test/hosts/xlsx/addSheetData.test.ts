import ExcelJS from "exceljs";
import { addSheetData, loadXlsxBuffer } from "../../../src/hosts/xlsx";

describe("xlsx host: writing a sheet", () => {
  it("adds the sheet under a free name with values, formulas, formats, bold and widths", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Määrärahat yhteenveto").getCell("A1").value = "käyttäjän oma";
    const name = addSheetData(wb, {
      name: "Määrärahat yhteenveto",
      cells: [
        { address: "A1", value: "MENOT", bold: true },
        { address: "B1", value: -2983250, numberFormat: "#,##0" },
        { address: "C1", formula: "=B1*2", expected: "-5966500", numberFormat: "#,##0" },
      ],
      columnWidths: { A: 30 },
    });
    expect(name).toBe("Määrärahat yhteenveto (2)");
    expect(wb.getWorksheet("Määrärahat yhteenveto")!.getCell("A1").value).toBe("käyttäjän oma");

    const grids = await loadXlsxBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const added = grids.find((g) => g.sheet === name)!;
    expect(added.values[0]).toEqual(["MENOT", -2983250, -5966500]);
    expect(added.formulas?.[0][2]).toBe("=B1*2");

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = reread.getWorksheet(name)!;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B1").numFmt).toBe("#,##0");
    expect(ws.getColumn("A").width).toBe(30);
  });
});
