import { CellValue, Grid } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { parseRange } from "../../../src/core/address";
import { recognizeSheet } from "../../../src/core/recognize";
import { buildArea, sampleArea } from "../rules/builder";

/** Two built areas on one sheet: side by side (a gap of `gap` columns) or stacked. */
function sideBySide(a: Grid, b: Grid, gap = 2): Grid {
  const width = Math.max(...a.values.map((r) => r.length));
  const rows = Math.max(a.values.length, b.values.length);
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const left = [...(a.values[r] ?? [])];
    while (left.length < width + gap) left.push(null);
    values.push([...left, ...(b.values[r] ?? [])]);
  }
  return { sheet: "Kaksi aluetta", originRow: 0, originCol: 0, values };
}

function stacked(a: Grid, b: Grid): Grid {
  return { sheet: "Kaksi aluetta", originRow: 0, originCol: 0, values: [...a.values, [], [], ...b.values] };
}

const second = () =>
  buildArea(
    sampleArea({
      name: "Työllisyys",
      tuotot: { Myyntituotot: [10, 20, 30, 40], Vuokratuotot: [5, 5, 5, 5] },
      kulut: { Henkilöstökulut: [-100, -200, -300, -400], "Palvelujen ostot": [-50, -50, -50, -50], Vuokrat: [-1, -1, -1, -1] },
      units: [{ name: "Työpajat", menot: [-60, -70, -80, -90], tulot: [1, 2, 3, 4] }],
      maararahat: { base: "TA+MUUTOS 2023", budget: "TA 2024" },
    }),
  ).grid;

describe("several areas on one sheet", () => {
  it("two consistent areas side by side give no errors, each table under its own title", () => {
    const sheet = sideBySide(buildArea(sampleArea({ maararahat: { base: "TA+MUUTOS 2023", budget: "TA 2024" } })).grid, second());
    const result = checkWorkbook([sheet]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const rightStart = Math.max(...buildArea(sampleArea()).grid.values.map((r) => r.length)) + 2;
    const left = (t: { range: string }) => parseRange(t.range).range.left;
    expect(result.tables.filter((t) => t.area === "Asuminen").every((t) => left(t) < rightStart)).toBe(true);
    expect(result.tables.filter((t) => t.area === "Työllisyys").every((t) => left(t) >= rightStart)).toBe(true);
    expect(result.tables.filter((t) => t.area === "Työllisyys").map((t) => t.kind)).toEqual(expect.arrayContaining(["kayttotalous", "maararahat", "yksikot"]));
  });

  it("two consistent areas stacked give no errors and keep their own titles", () => {
    const result = checkWorkbook([stacked(buildArea(sampleArea()).grid, second())]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(new Set(result.tables.map((t) => t.area))).toEqual(new Set(["Asuminen", "Työllisyys"]));
  });

  it("a table with no area title above it or to its left is still read, under the sheet's name", () => {
    const grid: Grid = {
      sheet: "Irrallinen",
      originRow: 0,
      originCol: 0,
      values: [
        [null, "TP 2023", "TA 2024"],
        ["Toimintatuotot", 10, 20],
        ["Toimintakulut", -30, -40],
        ["Toimintakate", -20, -20],
      ],
    };
    const sheet = recognizeSheet(grid);
    expect(sheet.tables.map((t) => [t.kind, t.area])).toEqual([["kayttotalous", "Irrallinen"]]);
  });
});
