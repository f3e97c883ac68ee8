import Decimal from "decimal.js";
import { readFileSync } from "fs";
import path from "path";
import { a1 } from "../../src/core/address";
import { buildAllocationSheet } from "../../src/core/allocationSheet";
import { checkWorkbook } from "../../src/core/check";
import { CellValue, cellAt } from "../../src/core/grid";
import { BudgetModel } from "../../src/core/model";
import { computeManagementAllocation } from "../../src/core/managementAllocation";
import { SheetData, spillArea } from "../../src/core/sheetData";
import { buildMaararahatSummary } from "../../src/core/summary";
import { allocationWords, summaryWords } from "../../src/i18n/sheetWords";
import { MemoryHost } from "../../src/hosts/memory";
import { loadXlsxBuffer } from "../../src/hosts/xlsx";
import { Grid } from "../../src/core/grid";
import { budjettiFunctions } from "../../src/taskpane/demo/budjettiFunctions";

/**
 * The demo computes the sheets the add-in creates from their formulas (core/formula with the
 * add-in's own functions), so it shows what Excel would. On the sample workbook (the one the demo
 * opens) every formula cell, spilled cells included, comes out as the figure the engine meant.
 * (On the founding document's text the figures are text, as typed, and Excel too would answer
 * #VALUE! to arithmetic on them.)
 */
let grids: Grid[];
let model: BudgetModel;
beforeAll(async () => {
  grids = await loadXlsxBuffer(readFileSync(path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.xlsx")), "sample.xlsx");
  model = checkWorkbook(grids, { lang: "fi" }).model;
});

function same(shown: CellValue, expected: string): boolean {
  if (expected === "") return shown === null;
  if (typeof shown !== "number") return String(shown) === expected;
  return new Decimal(shown).minus(new Decimal(expected)).abs().lessThan("1e-9");
}

async function computed(data: SheetData) {
  const host = new MemoryHost(grids, { functions: budjettiFunctions });
  const name = await host.createSheet(data);
  const grid = host.snapshot().sheets.find((s) => s.name === name)!.grid;
  const wrong: string[] = [];
  let compared = 0;
  for (const cell of data.cells) {
    if (!cell.formula) continue;
    const spill = spillArea(cell, data.cells);
    const targets = spill ? spill.cells : cell.expected !== undefined ? [{ address: cell.address, expected: cell.expected }] : [];
    for (const t of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(t.address)!;
      const col = m[1].charCodeAt(0) - 65;
      const row = Number(m[2]) - 1;
      const shown = cellAt(grid, row, col);
      compared++;
      if (!same(shown, t.expected)) wrong.push(`${a1(row, col)}: ${JSON.stringify(shown)} ≠ ${t.expected}`);
    }
  }
  return { compared, wrong };
}

test("the määrärahat summary's formulas give the engine's figures in the demo", async () => {
  const { compared, wrong } = await computed(buildMaararahatSummary(model, summaryWords("fi")));
  expect(compared).toBeGreaterThan(40);
  expect(wrong).toEqual([]);
});

test("the allocation sheet's BUDJETTI formulas, the spilled ALLOCATE included, give the engine's figures in the demo", async () => {
  const data = buildAllocationSheet(computeManagementAllocation(model, { managementTotals: {} }), allocationWords("fi"));
  expect(data.cells.some((c) => c.spill)).toBe(true);
  const { compared, wrong } = await computed(data);
  expect(compared).toBeGreaterThan(10);
  expect(wrong).toEqual([]);
});
