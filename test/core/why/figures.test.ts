import { a1 } from "../../../src/core/cell";
import { parseCell } from "../../../src/core/numbers";
import { BudgetModel, KayttotalousTable, LabeledRow, ValueCell, YearColumn } from "../../../src/core/model";
import { indexFigures } from "../../../src/core/why/figures";
import { slipUndone } from "../../../src/core/why/slips";

/**
 * The analysis asks the figure index what a cell holds: whether it is a typed line item or a
 * total (a cause is looked for among typed figures first), how a reader names its row and column,
 * and which other years stand beside it (a figure copied from another year shows there).
 */

function cell(row: number, col: number, text: string): ValueCell {
  const parsed = parseCell(text);
  return { cell: a1(row, col), row, col, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

function labeled(label: string, row: number, cols: number[], texts: string[]): LabeledRow {
  return { label, key: label.toLowerCase(), row, labelCell: a1(row, 0), cells: cols.map((c, i) => cell(row, c, texts[i])) };
}

const COLUMNS: YearColumn[] = [
  { kind: "TP", year: 2022, label: "TP 2022", col: 1, headerRange: "B1", starred: false },
  { kind: "TA", year: 2023, label: "TA 2023", col: 2, headerRange: "C1", starred: false },
];

function model(tables: Partial<KayttotalousTable>[]): BudgetModel {
  const full = tables.map((t) => ({ kind: "kayttotalous", sheet: "S", area: "S", columns: COLUMNS, tuotot: [], kulut: [], ...t }) as KayttotalousTable);
  return { sheets: [{ sheet: "S", area: "S", tables: full }] } as unknown as BudgetModel;
}

describe("the figure at a cell", () => {
  it("is a typed line item, named by its row and column, with its other year beside it", () => {
    const myynti = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const figures = indexFigures(model([{ tuotot: [myynti] }]));
    const f = figures.at({ sheet: "S", cell: "C3" });
    expect(f && { role: f.role, row: f.row, column: f.column, cell: f.cell }).toEqual({ role: "input", row: "Myyntituotot", column: "TA 2023", cell: myynti.cells[1] });
    expect(f?.siblings).toEqual([{ column: "TP 2022", cell: myynti.cells[0] }]);
    // The label, an empty cell beside the row, a row without figures and another sheet hold none.
    for (const ref of [{ sheet: "S", cell: "A3" }, { sheet: "S", cell: "D3" }, { sheet: "S", cell: "B4" }, { sheet: "T", cell: "B3" }]) expect(figures.at(ref)).toBeUndefined();
  });

  it("placed twice (a line that is also its table's total) is what it was placed as last: a total", () => {
    const only = labeled("Toimintatuotot", 2, [1, 2], ["100", "120"]);
    const f = indexFigures(model([{ tuotot: [only], tuototTotal: only }])).at({ sheet: "S", cell: "B3" });
    expect(f?.role).toBe("derived");
    expect(f?.cell).toBe(only.cells[0]);
  });

  it("is found among several tables' rows on one sheet row, each cell in its own", () => {
    const left = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const right = labeled("Palkat", 2, [4, 5], ["-50", "-60"]);
    const figures = indexFigures(model([{ tuotot: [left] }, { kulut: [right], kulutTotal: undefined }]));
    expect(figures.at({ sheet: "S", cell: "C3" })?.cell).toBe(left.cells[1]);
    expect(figures.at({ sheet: "S", cell: "E3" })?.cell).toBe(right.cells[0]);
    expect(figures.at({ sheet: "S", cell: "E3" })?.row).toBe("Palkat");
    expect(figures.at({ sheet: "S", cell: "D3" })).toBeUndefined();
    // Asked again: the same figure.
    expect(figures.at({ sheet: "S", cell: "E3" })).toBe(figures.at({ sheet: "S", cell: "E3" }));
  });

  it("is found on a sheet whose figures lie far apart, as near ones are", () => {
    const near = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const far = labeled("Palkat", 200000, [1, 2], ["-50", "-60"]);
    const figures = indexFigures(model([{ tuotot: [near], kulut: [far] }]));
    expect(figures.at({ sheet: "S", cell: "C3" })?.cell).toBe(near.cells[1]);
    expect(figures.at({ sheet: "S", cell: "B200001" })?.row).toBe("Palkat");
    expect(figures.at({ sheet: "S", cell: "B100001" })).toBeUndefined();
  });

  // KS 2026 typed as the TA 2023 figure: undoing the slip tries each other year of the row, the
  // last as well as the first, so the cause can name the year it was copied from.
  it("has its row's every other year tried as a slip undone, not its own", () => {
    const columns: YearColumn[] = ["TP 2022", "TA 2023", "TA 2024", "KS 2026"].map((label, i) => ({ kind: "TA", year: 2022 + i, label, col: i + 1, headerRange: a1(0, i + 1), starred: false }));
    const row = labeled("Myyntituotot", 2, [1, 2, 3, 4], ["5000", "5100", "5200", "5000"]);
    const figures = indexFigures(model([{ columns, tuotot: [row] }]));
    const f = figures.at({ sheet: "S", cell: "C3" });
    if (!f || !f.value) throw new Error("no figure at C3");
    // A solution near every year: 5 000, 5 200 and 5 000 again are tried, 5 100 (its own) is not.
    const years = slipUndone(f, f.value, f.value.plus(40)).values.map(String);
    expect(years.filter((v) => v === "5000")).toHaveLength(2);
    expect(years).toContain("5200");
    expect(years).not.toContain("5100");
    expect(f.siblings.map((s) => s.column)).toEqual(["TP 2022", "TA 2024", "KS 2026"]);
  });
});
