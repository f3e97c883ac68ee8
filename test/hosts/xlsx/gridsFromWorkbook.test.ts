import ExcelJS from "exceljs";
import { gridsFromWorkbook, loadXlsxBuffer } from "../../../src/hosts/xlsx";
import { cellAt, formulaAt, Grid } from "../../../src/core/grid";
import { parseA1 } from "../../../src/core/address";

/** Writes the workbook to bytes and reads it back, as a user's saved file would be read. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<Grid[]> {
  const buf = await wb.xlsx.writeBuffer();
  return loadXlsxBuffer(new Uint8Array(buf as ArrayBuffer));
}

function at(grid: Grid, address: string) {
  const p = parseA1(address);
  return cellAt(grid, p.row, p.col);
}

function formula(grid: Grid, address: string) {
  const p = parseA1(address);
  return formulaAt(grid, p.row, p.col);
}

describe("xlsx host: reading", () => {
  it("keeps the sheet position of a table that does not start at A1", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tekninen");
    ws.getCell("C5").value = "TOIMINTATUOTOT";
    ws.getCell("D5").value = 1076109;
    ws.getCell("E7").value = "x";
    const [grid] = await roundTrip(wb);
    expect(grid.sheet).toBe("Tekninen");
    expect(grid.originRow).toBe(4);
    expect(grid.originCol).toBe(2);
    expect(at(grid, "C5")).toBe("TOIMINTATUOTOT");
    expect(at(grid, "D5")).toBe(1076109);
    expect(at(grid, "E7")).toBe("x");
    expect(at(grid, "A1")).toBeNull();
    expect(grid.values.length).toBe(3);
  });

  it("gives a formula total its cached result as value and =formula as formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Summat");
    ws.getCell("B2").value = 10;
    ws.getCell("B3").value = 20;
    ws.getCell("B4").value = { formula: "SUM(B2:B3)", result: 30 };
    const [grid] = await roundTrip(wb);
    expect(at(grid, "B4")).toBe(30);
    expect(formula(grid, "B4")).toBe("=SUM(B2:B3)");
    expect(formula(grid, "B2")).toBeNull();
  });

  it("slides a shared formula to each cell that shares it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Jaettu");
    ws.getRow(1).values = [null, 1, 2, 3];
    ws.getRow(2).values = [null, 4, 5, 6];
    ws.fillFormula("B3:D3", "SUM(B1:B2)", [5, 7, 9]);
    const [grid] = await roundTrip(wb);
    expect(formula(grid, "B3")).toBe("=SUM(B1:B2)");
    expect(formula(grid, "C3")).toBe("=SUM(C1:C2)");
    expect(formula(grid, "D3")).toBe("=SUM(D1:D2)");
    expect([at(grid, "B3"), at(grid, "C3"), at(grid, "D3")]).toEqual([5, 7, 9]);
  });

  it("keeps Excel error values apart from text, in constants and formula results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Virheet");
    ws.getCell("A1").value = { error: "#REF!" };
    ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("A3").value = "#DIV/0!";
    const [grid] = await roundTrip(wb);
    expect(at(grid, "A1")).toEqual({ error: "#REF!" });
    expect(at(grid, "A2")).toEqual({ error: "#DIV/0!" });
    expect(formula(grid, "A2")).toBe("=1/0");
  });

  it("lists merged areas and leaves the covered cells empty", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Yhdistetty");
    ws.getCell("B2").value = "KÄYTTÖTALOUS";
    ws.mergeCells("B2:D2");
    ws.getCell("B3").value = 1;
    const [grid] = await roundTrip(wb);
    expect(grid.merged).toEqual(["B2:D2"]);
    expect(at(grid, "B2")).toBe("KÄYTTÖTALOUS");
    expect(at(grid, "C2")).toBeNull();
    expect(at(grid, "D2")).toBeNull();
  });

  it("reads rich text and hyperlinks as their plain text, dates as ISO text, booleans as booleans", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tekstit");
    ws.getCell("A1").value = { richText: [{ text: "Toiminta", font: { bold: true } }, { text: "tuotot" }] };
    ws.getCell("A2").value = { text: "Kemijärvi", hyperlink: "https://www.kemijarvi.fi" };
    ws.getCell("A3").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("A4").value = true;
    const [grid] = await roundTrip(wb);
    expect(at(grid, "A1")).toBe("Toimintatuotot");
    expect(at(grid, "A2")).toBe("Kemijärvi");
    expect(at(grid, "A3")).toBe("2024-12-31");
    expect(at(grid, "A4")).toBe(true);
  });

  it("keeps number format codes so the engine knows the decimals a user sees", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Muodot");
    ws.getCell("B2").value = 155;
    ws.getCell("B2").numFmt = "#,##0.0";
    ws.getCell("C2").value = 7;
    const [grid] = await roundTrip(wb);
    expect(grid.numberFormats?.[0][0]).toBe("#,##0.0");
    expect(grid.numberFormats?.[0][1] ?? null).toBeNull();
  });

  it("places a sheet from its box when a later cell or a merged area lies left of or above its first cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Siirretty");
    // Read first, yet neither the leftmost nor the topmost: the labels and the merge come later.
    ws.getCell("D2").value = "Otsikko";
    ws.getCell("A4").value = "Menot";
    ws.getCell("B4").value = -5;
    ws.getCell("B4").numFmt = "0.0";
    ws.getCell("C4").value = { formula: "B4*2" } as ExcelJS.CellFormulaValue;
    // Far past the row's last cell: a hole, not a hundred empty cells.
    ws.getCell("CZ4").value = 7;
    ws.mergeCells("A1:C1");
    const [grid] = await roundTrip(wb);
    const row3: (string | number | null)[] = ["Menot", -5, null];
    row3[103] = 7;
    expect(grid).toStrictEqual({
      sheet: "Siirretty",
      originRow: 0,
      originCol: 0,
      values: [[], [null, null, null, "Otsikko"], [], row3],
      formulas: [[], [], [], [null, null, "=B4*2"]],
      numberFormats: [[], [], [], [null, "0.0"]],
      merged: ["B1:C1"],
    });
  });

  it("places every cell of a staircase of rows, each starting further left than the one above", () => {
    // Rows that each start left of all before (indented headings read bottom-up, or a sheet laid
    // out so): every such row moves the sheet's origin.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Porras");
    const rows = 6;
    for (let i = 1; i <= rows; i++) {
      for (let j = 0; j < 3; j++) ws.getCell(i, rows + 1 - i + j).value = i * 10 + j;
    }
    ws.getCell(4, 5).value = { formula: "C4+2", result: 42 } as ExcelJS.CellFormulaValue;
    ws.getCell(5, 3).numFmt = "0.0";
    const [grid] = gridsFromWorkbook(wb);
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
    for (let i = 1; i <= rows; i++) {
      const first = rows - i;
      expect(grid.values[i - 1]).toStrictEqual([...Array(first).fill(null), i * 10, i * 10 + 1, i * 10 + 2]);
    }
    expect(formula(grid, "E4")).toBe("=C4+2");
    expect(grid.numberFormats?.[4]?.[2]).toBe("0.0");
  });

  it("gives an empty sheet an empty grid, not an error", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tyhjä");
    wb.addWorksheet("Toinen").getCell("A1").value = 1;
    const grids = await roundTrip(wb);
    expect(grids.map((g) => g.sheet)).toEqual(["Tyhjä", "Toinen"]);
    expect(grids[0].values).toEqual([]);
  });

  it("reads an in-memory workbook directly too (the demo's path)", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Muisti").getCell("B2").value = "-1 234 567";
    const [grid] = gridsFromWorkbook(wb);
    expect(at(grid, "B2")).toBe("-1 234 567");
  });
});
