/**
 * The Excel host's read plan (`npm run bench`): a 50-sheet budget book and a big one read through
 * the Excel host against the fake Excel of the host tests, printing the syncs and the cells each
 * sync brings back. Figures only.
 */
import "./jestShim";
import ExcelJS from "exceljs";
import { FakeExcel, FakeSheet } from "../test/hosts/excel/fakeExcel";
import { ExcelHost } from "../src/hosts/excel/ExcelHost";
import { DESKTOP_LIMITS, ReadLimits, WEB_LIMITS } from "../src/hosts/excel/readPlan";
import { Grid } from "../src/core/grid";
import { a1 } from "../src/core/address";
import { gridsFromWorkbook } from "../src/hosts/xlsx";
import { benchWorkbook } from "./workbook";

function putGrid(sheet: FakeSheet, grid: Grid): void {
  const rows = grid.values.map((row) => row.map((v) => (v === null || typeof v === "object" ? null : v)));
  sheet.put(a1(grid.originRow, grid.originCol), rows);
}

/** A sheet of `rows` × 12 generated figures: a budget book exported from a ledger. */
function bigSheet(excel: FakeExcel, name: string, rows: number): void {
  excel.addSheet(name, {
    rect: { top: 0, left: 0, bottom: rows - 1, right: 11 },
    at: (row, col) => (row < rows && col < 12 ? { value: col === 0 ? `Tili ${row}` : row * 12 + col } : undefined),
  });
}

async function plan(label: string, fill: (excel: FakeExcel) => void, limits: ReadLimits): Promise<string> {
  const excel = new FakeExcel();
  excel.limits = limits;
  fill(excel);
  await new ExcelHost(excel.env()).readGrids();
  const perSync = new Map<number, { ranges: number; cells: number }>();
  for (const r of excel.reads) {
    const s = perSync.get(r.sync) ?? { ranges: 0, cells: 0 };
    s.ranges++;
    s.cells += r.cells;
    perSync.set(r.sync, s);
  }
  const syncs = [...Array(excel.syncCount).keys()].map((i) => {
    const s = perSync.get(i + 1);
    return s ? `${s.cells} cells in ${s.ranges} ranges` : "sheet names only";
  });
  return `${label}: ${excel.syncCount} syncs\n${syncs.map((s, i) => `    sync ${i + 1}: ${s}`).join("\n")}`;
}

export async function readPlanFigures(): Promise<string[]> {
  const wb: ExcelJS.Workbook = benchWorkbook(50);
  const grids = gridsFromWorkbook(wb);
  const ordinary = (excel: FakeExcel) => grids.forEach((g) => putGrid(excel.addSheet(g.sheet), g));
  const big = (excel: FakeExcel) => {
    ordinary(excel);
    bigSheet(excel, "Kirjanpito", 60_000);
  };
  return [
    await plan("Excel read, 50-sheet book, web limits", ordinary, WEB_LIMITS),
    await plan("Excel read, 50-sheet book, desktop limits", ordinary, DESKTOP_LIMITS),
    await plan("Excel read, 50 sheets + one of 60 000 × 12 cells, web limits", big, WEB_LIMITS),
  ];
}
