import { FakeExcel, FakeSheet } from "./fakeExcel";
import { ExcelHost } from "../../../src/hosts/excel/ExcelHost";
import { DESKTOP_LIMITS, WEB_LIMITS, headWindow, planChunks, rectCells } from "../../../src/hosts/excel/readPlan";
import { cellAt, formulaAt } from "../../../src/core/grid";

/** A käyttötalous-like sheet: a title, a year header, label rows with figures and a SUM row. */
function budgetSheet(excel: FakeExcel, name: string, rows = 40): FakeSheet {
  const sheet = excel.addSheet(name);
  sheet.put("A1", [[name], [null], ["", "TP 2022", "TA 2023", "TA 2024", "TS 2025", "TS 2026", "Muutos %", "Huom."]]);
  for (let r = 0; r < rows; r++) {
    sheet.put(`A${4 + r}`, [[`Rivi ${r + 1}`, 1000 + r, -2000 - r, 3000 + r, 4000, 5000, 12.5, "x"]]);
  }
  sheet.put(`B${4 + rows}`, [[`=SUM(B4:B${3 + rows})`]]);
  return sheet;
}

describe("ExcelHost.readGrids: sync count", () => {
  it.each([1, 3, 50])("reads %i sheets in exactly two syncs", async (n) => {
    const excel = new FakeExcel();
    excel.limits = WEB_LIMITS;
    for (let i = 0; i < n; i++) budgetSheet(excel, `Vastuualue ${i + 1}`);
    const host = new ExcelHost(excel.env());

    const grids = await host.readGrids();

    expect(excel.syncCount).toBe(2);
    expect(excel.runCount).toBe(1);
    expect(grids.map((g) => g.sheet)).toEqual(excel.sheets.map((s) => s.name));
    const last = grids[n - 1];
    expect(cellAt(last, 0, 0)).toBe(`Vastuualue ${n}`);
    expect(cellAt(last, 2, 3)).toBe("TA 2024");
    expect(cellAt(last, 42, 2)).toBe(-2000 - 39);
    expect(formulaAt(last, 43, 1)).toBe("=SUM(B4:B43)");
    expect(excel.writes).toEqual([]);
  });

  it("stays at two syncs on the desktop limits too, and reports progress for every sheet", async () => {
    const excel = new FakeExcel();
    excel.limits = DESKTOP_LIMITS;
    for (let i = 0; i < 12; i++) budgetSheet(excel, `S${i}`, 300);
    const progress: string[] = [];
    await new ExcelHost(excel.env()).readGrids((p) => progress.push(`${p.done}/${p.total}`));
    expect(excel.syncCount).toBe(2);
    expect(progress[0]).toBe("0/12");
    expect(progress[progress.length - 1]).toBe("12/12");
    expect(progress).toHaveLength(13);
  });
});

describe("ExcelHost.readGrids: cells", () => {
  it("keeps the used range's origin, formulas, number formats, and tells Excel errors from labels", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Asuminen ja ympäristö");
    sheet.put("C4", [
      ["TOIMINTATUOTOT", 1076109, "=D5/0"],
      ["Muutos %", "#DIV/0!", true],
    ]);
    sheet.writable(3, 4).error = "#DIV/0!"; // E4 holds the error value of =D5/0
    sheet.writable(4, 2).value = "#N/A"; // C5: a label that merely reads like an error
    sheet.writable(3, 3).numberFormat = "# ##0";
    const [grid] = await new ExcelHost(excel.env()).readGrids();

    expect(grid.originRow).toBe(3);
    expect(grid.originCol).toBe(2);
    expect(grid.values[0][0]).toBe("TOIMINTATUOTOT");
    expect(cellAt(grid, 3, 3)).toBe(1076109);
    expect(cellAt(grid, 3, 4)).toEqual({ error: "#DIV/0!" });
    expect(formulaAt(grid, 3, 4)).toBe("=D5/0");
    expect(cellAt(grid, 4, 3)).toEqual({ error: "#DIV/0!" });
    expect(formulaAt(grid, 4, 3)).toBeNull();
    expect(cellAt(grid, 4, 2)).toBe("#N/A");
    expect(cellAt(grid, 4, 4)).toBe(true);
    expect(grid.numberFormats?.[0][1]).toBe("# ##0");
    expect(grid.numberFormats?.[0][0]).toBeNull();
  });

  it("gives a blank sheet no rows, and no write happens", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tyhjä");
    budgetSheet(excel, "Talous");
    const grids = await new ExcelHost(excel.env()).readGrids();
    expect(grids[0]).toMatchObject({ sheet: "Tyhjä", values: [] });
    expect(grids[1].values.length).toBe(44); // rows 1–44: title to the SUM row
    expect(excel.syncCount).toBe(2);
    expect(excel.writes).toEqual([]);
  });
});

describe("ExcelHost.readGrids: chunks within Excel's limits", () => {
  const value = (r: number, c: number) => r * 1000 + c;

  it("the fake refuses a read over the limits, as Excel does", async () => {
    const excel = new FakeExcel();
    excel.limits = { maxCellsPerRange: 1000, maxCellsPerSync: 3000 };
    excel.addSheet("Iso", { rect: { top: 0, left: 0, bottom: 199, right: 29 }, at: (r, c) => ({ value: value(r, c) }) });
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Iso").getUsedRange(true);
        range.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads a range larger than one read allows in row chunks and puts it back together", async () => {
    const excel = new FakeExcel();
    excel.limits = { maxCellsPerRange: 1000, maxCellsPerSync: 3000 };
    excel.addSheet("Iso", { rect: { top: 2, left: 1, bottom: 201, right: 30 }, at: (r, c) => ({ value: value(r, c) }) });
    budgetSheet(excel, "Pieni", 5);

    const grids = await new ExcelHost(excel.env()).readGrids();

    const big = grids[0];
    expect(big.originRow).toBe(2);
    expect(big.originCol).toBe(1);
    expect(big.values).toHaveLength(200);
    for (let r = 2; r <= 201; r++) for (let c = 1; c <= 30; c++) expect(cellAt(big, r, c)).toBe(value(r, c));
    expect(cellAt(grids[1], 3, 0)).toBe("Rivi 1");

    const bigReads = excel.reads.filter((r) => r.sheet === "Iso");
    expect(bigReads.length).toBeGreaterThan(6); // 6000 cells at most 1000 a read
    expect(Math.max(...bigReads.map((r) => r.cells))).toBeLessThanOrEqual(1000);
    expect(bigReads.reduce((n, r) => n + r.cells, 0)).toBe(6000); // every cell once
    const perSync = new Map<number, number>();
    for (const r of excel.reads) perSync.set(r.sync, (perSync.get(r.sync) ?? 0) + r.cells);
    expect(Math.max(...perSync.values())).toBeLessThanOrEqual(3000);
    // Sync 2 brings a 36×25 window of it (900 cells, its share of one read); the other 5100
    // cells need two more syncs of at most 3000 cells each.
    expect(excel.syncCount).toBe(4);
  });

  it("plans a 6-million-cell sheet on Excel's real limits: no read over 5 M cells, no sync over the payload budget", () => {
    const used = { top: 0, left: 0, bottom: 299_999, right: 19 };
    const window = headWindow(WEB_LIMITS, 1);
    const covered = { top: 0, left: 0, bottom: window.rows - 1, right: Math.min(used.right, window.columns - 1) };
    for (const limits of [WEB_LIMITS, DESKTOP_LIMITS]) {
      const batches = planChunks([{ sheetIndex: 0, rect: { ...used, top: covered.bottom + 1 } }], limits);
      const chunks = batches.flat();
      expect(Math.max(...chunks.map((c) => rectCells(c.rect)))).toBeLessThanOrEqual(limits.maxCellsPerRange);
      expect(Math.max(...batches.map((b) => b.reduce((n, c) => n + rectCells(c.rect), 0)))).toBeLessThanOrEqual(limits.maxCellsPerSync);
      // Consecutive whole-width rows, from the first uncovered row to the last.
      expect(chunks[0].rect.top).toBe(covered.bottom + 1);
      chunks.forEach((c, i) => i > 0 && expect(c.rect.top).toBe(chunks[i - 1].rect.bottom + 1));
      expect(chunks[chunks.length - 1].rect.bottom).toBe(used.bottom);
      expect(chunks.every((c) => c.rect.left === 0 && c.rect.right === 19)).toBe(true);
    }
  });

  it("gives every sheet an equal share of one response in the second sync", () => {
    for (const n of [1, 3, 50, 500]) {
      const w = headWindow(WEB_LIMITS, n);
      expect(w.rows * w.columns * n).toBeLessThanOrEqual(WEB_LIMITS.maxCellsPerSync);
      expect(w.rows).toBeGreaterThanOrEqual(1);
    }
    // Fifty sheets of a typical budget size (about 90 rows by 26 columns) fit their windows.
    expect(headWindow(WEB_LIMITS, 50).rows).toBeGreaterThanOrEqual(90);
  });
});

describe("ExcelHost.readGrids: a sparse sheet costs its content (issue 10 item 2)", () => {
  it("reads a sheet holding only A1 and XFD1048576 in a handful of syncs and a few cells", async () => {
    const excel = new FakeExcel();
    excel.limits = WEB_LIMITS;
    const sheet = excel.addSheet("Kulmat");
    sheet.put("A1", [["TOIMINTATUOTOT"]]);
    sheet.put("XFD1048576", [[1]]);
    budgetSheet(excel, "Talous");

    const [corner, budget] = await new ExcelHost(excel.env()).readGrids();

    // Without probing, 17 billion cells at 120 000 per sync would be some 143 000 syncs.
    expect(excel.syncCount).toBeLessThanOrEqual(4);
    expect(excel.reads.reduce((n, r) => n + r.cells, 0)).toBeLessThan(150_000);
    expect(cellAt(corner, 0, 0)).toBe("TOIMINTATUOTOT");
    expect(cellAt(corner, 1_048_575, 16_383)).toBe(1);
    expect(cellAt(budget, 2, 3)).toBe("TA 2024");
  });

  it("finds cells scattered over a huge used range by halving what does not shrink", async () => {
    const excel = new FakeExcel();
    excel.limits = WEB_LIMITS;
    const sheet = excel.addSheet("Hajallaan");
    const spots = ["A1", "XFD1", "A1048576", "XFD1048576", "H500000", "ZZ20"];
    for (const a of spots) sheet.put(a, [[a]]);

    const [grid] = await new ExcelHost(excel.env()).readGrids();

    for (const a of spots) {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(cellAt(grid, Number(m[2]) - 1, col)).toBe(a);
    }
    expect(excel.syncCount).toBeLessThan(60);
    expect(excel.reads.reduce((n, r) => n + r.cells, 0)).toBeLessThan(2_000_000);
  });

  it("does not probe an ordinary budget workbook: still two syncs", async () => {
    const excel = new FakeExcel();
    excel.limits = WEB_LIMITS;
    for (let i = 0; i < 5; i++) budgetSheet(excel, `S${i}`, 500);
    await new ExcelHost(excel.env()).readGrids();
    expect(excel.probes).toBe(0);
  });
});
