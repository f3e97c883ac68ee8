import ExcelJS from "exceljs";
import { allocationWords } from "../../../src/i18n/sheetWords";
import * as fs from "fs";
import * as path from "path";
import { addSheetData, loadXlsxBuffer } from "../../../src/hosts/xlsx";
import { gridsFromText } from "../../../src/hosts/text";
import { checkWorkbook } from "../../../src/core/check";
import { computeManagementAllocation } from "../../../src/core/managementAllocation";
import { buildAllocationSheet } from "../../../src/core/allocationSheet";
import { parseRange } from "../../../src/core/address";
import { SPILL_FORMAT, SPILL_SHEET } from "../excel/spillSheet";

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

describe("xlsx host: a spilled formula", () => {
  async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    return again;
  }

  it("writes an array formula over the spill range with every figure as its cached result", async () => {
    const wb = new ExcelJS.Workbook();
    const name = addSheetData(wb, SPILL_SHEET);
    const ws = (await reread(wb)).getWorksheet(name)!;

    const anchor = ws.getCell("G2").value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    expect(anchor).toMatchObject({ formula: "BUDJETTI.ALLOCATE($E$1,$D$2:$D$4,0)", shareType: "array", ref: "G2:G4", result: -93951 });
    expect(ws.getCell("G3").value).toBe(-7865);
    expect(ws.getCell("G4").value).toBe(-41184);
    expect(["G2", "G3", "G4"].map((a) => ws.getCell(a).numFmt)).toEqual([SPILL_FORMAT, SPILL_FORMAT, SPILL_FORMAT]);
    // A formula that is not spilled stays an ordinary one.
    expect(ws.getCell("G5").value).toEqual({ formula: "SUM(G2:G4)", result: -143000 });
    expect(ws.getCell("G5").numFmt).toBe("0");
  });

  it("shows the spilled figures to a reader that does not recalculate", async () => {
    const wb = new ExcelJS.Workbook();
    const name = addSheetData(wb, SPILL_SHEET);
    const grids = await loadXlsxBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const g = grids.find((x) => x.sheet === name)!;
    const column = g.values.map((row) => row[6 - g.originCol]);
    expect(column.slice(1 - g.originRow, 4 - g.originRow)).toEqual([-93951, -7865, -41184]);
    expect(g.formulas?.[1 - g.originRow][6 - g.originCol]).toBe("=BUDJETTI.ALLOCATE($E$1,$D$2:$D$4,0)");
  });

  it("shows the founding document's 2024 allocation in the spilled column of the allocation sheet", async () => {
    const seed = fs.readFileSync(path.join(__dirname, "../../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
    const { model } = checkWorkbook(gridsFromText(seed));
    const data = buildAllocationSheet(computeManagementAllocation(model, { managementTotals: { 2024: 143000 } }), allocationWords("fi"));
    const spilled = data.cells.filter((c) => c.spill);
    expect(spilled.length).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    addSheetData(wb, data);
    const ws = (await reread(wb)).worksheets[0];
    // What a viewer shows: the anchor's cached result, then the plain values below it.
    const shown = spilled.map((c) => {
      const { range } = parseRange(c.spill!.range);
      const figures: unknown[] = [];
      for (let row = range.top; row <= range.bottom; row++) {
        const v = ws.getCell(row + 1, range.left + 1).value;
        figures.push(v !== null && typeof v === "object" && "result" in v ? v.result : v);
      }
      return figures.map((v) => (v === null || v === undefined ? "" : String(v)));
    });
    expect(shown).toContainEqual(["-93951", "-7865", "-41184"]);
    expect(shown).toEqual(spilled.map((c) => c.spill!.expected));
  });

  it("writes a spill that leaves a figure out as an empty cell", async () => {
    const wb = new ExcelJS.Workbook();
    const name = addSheetData(wb, {
      name: "Jako",
      cells: [{ address: "B1", formula: "=X()", spill: { range: "B1:C2", expected: ["1", "2", "", "4"] } }],
    });
    const ws = (await reread(wb)).getWorksheet(name)!;
    expect((ws.getCell("B1").value as { ref?: string }).ref).toBe("B1:C2");
    expect([ws.getCell("C1").value, ws.getCell("B2").value, ws.getCell("C2").value]).toEqual([2, null, 4]);
  });

  it.each([
    ["another cell inside the range", { range: "G2:G4", expected: ["1", "2", "3"] }, [{ address: "G3", value: 1 }], "G3 lies in the spill range G2:G4"],
    ["a range that does not start at the formula", { range: "G1:G4", expected: ["1", "2", "3", "4"] }, [], "does not start at"],
    ["too few expected figures", { range: "G2:G4", expected: ["1", "2"] }, [], "3 cells but 2 expected values"],
  ])("refuses %s and adds no sheet", (_what, spill, extra, message) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Oma");
    expect(() => addSheetData(wb, { name: "Jako", cells: [{ address: "G2", formula: "=X()", spill }, ...extra] })).toThrow(message);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Oma"]);
  });
});
