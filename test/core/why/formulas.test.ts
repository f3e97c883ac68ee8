import path from "path";
import { checkWorkbook } from "../../../src/core/check";
import { Grid } from "../../../src/core/grid";
import { readGridsFromFile } from "../../../src/hosts/xlsx/node";
import { formulaCells } from "../../../src/core/why/formulaPatterns";
import { parseA1 } from "../../../src/core/address";
import { Message } from "../../../src/core/message";
import { renderMessage } from "../../../src/i18n/render";

/** A cause's or pattern's message in Finnish, as the pane shows it. */
function said(x: { parts: Message } | undefined): string | undefined {
  return x ? renderMessage(x.parts, "fi") : undefined;
}

/**
 * Where the workbook has formulas: a SUM that stops a row short or skips a row, and a constant
 * typed over the formula of its row. The sample has no formulas, so they are written into it.
 */
const SAMPLE = path.join(__dirname, "..", "..", "..", "seeds", "kemijarvi-elinvoima-2024.xlsx");
const ASUMINEN = "Asuminen ja ympäristö";
const TYOLLISYYS = "Työllisyyspalvelut";

function withCells(grids: readonly Grid[], sheet: string, cells: Record<string, { formula?: string; value?: number }>): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const values = g.values.map((r) => [...r]);
    const formulas: (string | null)[][] = (g.formulas ?? []).map((r) => [...r]);
    for (const [a1, c] of Object.entries(cells)) {
      const { row, col } = parseA1(a1);
      const r = row - g.originRow;
      const k = col - g.originCol;
      if (c.value !== undefined) values[r][k] = c.value;
      while (formulas.length <= r) formulas.push([]);
      formulas[r][k] = c.formula ?? null;
    }
    return { ...g, values, formulas };
  });
}

let grids: Grid[];
beforeAll(async () => {
  grids = await readGridsFromFile(SAMPLE);
});

const patternAt = (g: Grid[], sheet: string, cell: string) =>
  checkWorkbook(g, { population: { 2024: 7008 } }).findings.find((f) => f.sheet === sheet && f.cell === cell && f.rule === "sum")?.pattern;

test("the cells a formula reads: ranges, single cells, absolute refs; other sheets left out", () => {
  expect([...formulaCells("=SUM(B36:B38)+$B$40")]).toEqual(["B36", "B37", "B38", "B40"]);
  expect([...formulaCells("=SUM('Toinen lehti'!B36:B41)+B1")]).toEqual(["B1"]);
});

test("a SUM range that stops a row short: TOIMINTAKULUT TPE 2023 leaves Muut toimintakulut out", () => {
  // D36:D41 are the cost lines; the short range sums to −687 600 instead of −691 700.
  const g = withCells(grids, TYOLLISYYS, { D42: { formula: "SUM(D36:D40)", value: -687600 } });
  const p = patternAt(g, TYOLLISYYS, "D42");
  expect(p?.id).toBe("sum-short");
  expect(said(p)).toContain("=SUM(D36:D40)");
  expect(said(p)).toContain("D41");
});

test("a sum that skips a row", () => {
  const g = withCells(grids, TYOLLISYYS, { D42: { formula: "D36+D37+D39+D40+D41", value: -681400 } });
  const p = patternAt(g, TYOLLISYYS, "D42");
  expect(p?.id).toBe("sum-skip");
  expect(said(p)).toContain("D38");
});

test("a constant typed over the formula of its row: Asuminen TOIMINTAKULUT TPE 2023", () => {
  const row = Object.fromEntries(["B", "C", "E", "F"].map((c) => [`${c}42`, { formula: `SUM(${c}36:${c}41)` }]));
  const p = patternAt(withCells(grids, ASUMINEN, row), ASUMINEN, "D42");
  expect(p?.id).toBe("constant-over-formula");
  expect(said(p)).toContain("=SUM(B36:B41)");
});

test("without formulas the same findings carry no formula pattern", () => {
  expect(patternAt(grids, ASUMINEN, "D42")).toBeUndefined();
});
