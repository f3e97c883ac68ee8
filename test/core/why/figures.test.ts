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

/** A model of whole tables, each with the extent recognition reads it with. */
function sheetOf(tables: object[]): BudgetModel {
  return { sheets: [{ sheet: "S", area: "S", tables }] } as unknown as BudgetModel;
}

const EXTENT = { sheet: "S", area: "S", columns: COLUMNS, top: 0, left: 0, bottom: 9, right: 4 };

describe("how a cause names its figure", () => {
  it("names a unit's row under the unit, a total under the total, and its column", () => {
    const menot = labeled("MENOT", 3, [1, 2], ["-100", "-120"]);
    const nettomeno = labeled("NETTOMENO", 4, [1, 2], ["-100", "-120"]);
    const total = labeled("MENOT", 6, [1, 2], ["-100", "-120"]);
    const units = { ...EXTENT, kind: "yksikot", units: [{ name: "Kelkkareitit", menot, nettomeno, keys: [] }], total: { name: "Vastuualue yhteensä", menot: total, keys: [] } };
    const figures = indexFigures(sheetOf([units]));
    const at = (cell: string) => {
      const f = figures.at({ sheet: "S", cell });
      return f && { role: f.role, unit: f.unit, row: f.row, column: f.column };
    };
    expect(at("C4")).toEqual({ role: "input", unit: "euro", row: "Kelkkareitit: MENOT", column: "TA 2023" });
    expect(at("B5")).toEqual({ role: "derived", unit: "euro", row: "Kelkkareitit: NETTOMENO", column: "TP 2022" });
    expect(at("C7")).toEqual({ role: "derived", unit: "euro", row: "Vastuualue yhteensä: MENOT", column: "TA 2023" });
  });

  it("names a change beside a statement's row by the row and the change column's years", () => {
    const rows = [
      { ...labeled("Toimintatuotot", 2, [1, 2], ["100", "120"]), total: false },
      { ...labeled("Toimintakulut", 3, [1, 2], ["-50", "-60"]), total: false },
    ];
    const across = [{ kind: "change-eur", col: 3, text: "Muutos €", newIndex: 1, oldIndex: 0, cells: [cell(2, 3, "20"), cell(3, 3, "-10")] }];
    const statement = { ...EXTENT, kind: "tuloslaskelma", title: "", rows, changes: [], breaks: [], totals: [], across };
    const f = indexFigures(sheetOf([statement])).at({ sheet: "S", cell: "D4" });
    expect(f && { role: f.role, unit: f.unit, row: f.row, column: f.column, cell: f.cell }).toEqual({
      role: "derived",
      unit: "euro",
      row: "Toimintakulut: Muutos €",
      column: "TA 2023 − TP 2022",
      cell: across[0].cells[1],
    });
    // A change cell stands alone: no other year beside it.
    expect(f?.siblings).toEqual([]);
  });

  it("finds a figure its table holds outside the extent the table was read with", () => {
    const near = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const below = labeled("Palkat", 40, [1, 2], ["-50", "-60"]);
    const table = { ...EXTENT, kind: "kayttotalous", tuotot: [near], kulut: [below] };
    const figures = indexFigures(sheetOf([table]));
    expect(figures.at({ sheet: "S", cell: "C41" })?.row).toBe("Palkat");
    expect(figures.atCell?.("S", 40, 1)?.cell).toBe(below.cells[0]);
    expect(figures.at({ sheet: "S", cell: "C3" })?.row).toBe("Myyntituotot");
  });

  it("is the later table's where two tables hold the same cell, whichever is asked about first", () => {
    const shared = labeled("Toimintakate", 5, [1, 2], ["50", "60"]);
    const first = { ...EXTENT, kind: "kayttotalous", tuotot: [shared], kulut: [] };
    const later = { ...EXTENT, top: 5, bottom: 5, kind: "kayttotalous", tuotot: [], kulut: [], toimintakate: shared };
    const other = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const firstWithOther = { ...first, tuotot: [other, shared] };
    // Asked first about a cell only the first table holds, then about the shared one.
    const figures = indexFigures(sheetOf([firstWithOther, later]));
    expect(figures.at({ sheet: "S", cell: "B3" })?.role).toBe("input");
    expect(figures.at({ sheet: "S", cell: "B6" })?.role).toBe("derived");
    expect(indexFigures(sheetOf([firstWithOther, later])).at({ sheet: "S", cell: "C6" })?.role).toBe("derived");
  });
});

describe("a sheet read with a vast extent", () => {
  // A table whose extent reaches far beyond its few rows (a stray cell at the sheet's end) keeps
  // its figures without a grid over the whole extent, which would not fit in memory.
  it("still finds its few figures", () => {
    const row = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const vast = { ...EXTENT, bottom: 1_048_575, right: 16_383, kind: "kayttotalous", tuotot: [row], kulut: [] };
    const figures = indexFigures(sheetOf([vast]));
    expect(figures.at({ sheet: "S", cell: "C3" })?.cell).toBe(row.cells[1]);
    expect(figures.at({ sheet: "S", cell: "XFD1048576" })).toBeUndefined();
  });
});

describe("many sheets placed in one check", () => {
  // Each sheet's grid of figure cells is a part of a buffer shared with other sheets: placing one
  // must leave every other sheet's figures where they were, across the buffers' ends too.
  it("each keeps its own figures, whichever sheets are placed after it", () => {
    const sheets = Array.from({ length: 50 }, (_, i) => {
      const row = labeled(`Myyntituotot ${i}`, 10 + i, [1, 2], [String(100 + i), String(200 + i)]);
      const table = { ...EXTENT, sheet: `S${i}`, area: `S${i}`, bottom: 799, kind: "kayttotalous", tuotot: [row], kulut: [] };
      return { sheet: `S${i}`, area: `S${i}`, tables: [table], row };
    });
    const figures = indexFigures({ sheets } as unknown as BudgetModel);
    for (const s of sheets) expect(figures.at({ sheet: s.sheet, cell: a1(s.row.row, 2) })?.cell).toBe(s.row.cells[1]);
    sheets.forEach((s, i) => {
      expect(figures.at({ sheet: s.sheet, cell: a1(s.row.row, 1) })?.row).toBe(`Myyntituotot ${i}`);
      // Where the next sheet has its row, this one has none.
      expect(figures.at({ sheet: s.sheet, cell: a1(s.row.row + 1, 1) })).toBeUndefined();
    });
  });
});

describe("tables placed as they are asked about", () => {
  /** The row, with each read of its cells counted in `reads`: placing a row reads them. */
  function counted(row: LabeledRow, reads: { n: number }): LabeledRow {
    const cells = row.cells;
    return Object.defineProperty({ ...row }, "cells", {
      get: () => {
        reads.n++;
        return cells;
      },
    });
  }

  it("leaves a table unwalked while no cell within its extent is asked about", () => {
    const above = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const reads = { n: 0 };
    const below = counted(labeled("MENOT", 22, [1, 2], ["-50", "-60"]), reads);
    const kayttotalous = { ...EXTENT, kind: "kayttotalous", tuotot: [above], kulut: [] };
    const units = { ...EXTENT, top: 20, bottom: 30, kind: "yksikot", units: [{ name: "Kelkkareitit", menot: below, keys: [] }] };
    const figures = indexFigures(sheetOf([kayttotalous, units]));
    expect(figures.at({ sheet: "S", cell: "C3" })?.row).toBe("Myyntituotot");
    // A cell of the first table's extent that holds no figure: not looked for in the other table.
    expect(figures.at({ sheet: "S", cell: "B5" })).toBeUndefined();
    expect(reads.n).toBe(0);
    expect(figures.atCell?.("S", 22, 2)?.row).toBe("Kelkkareitit: MENOT");
    expect(reads.n).toBeGreaterThan(0);
  });

  it("finds the figures of every table on a sheet of more tables than it notes by row", () => {
    const rows = Array.from({ length: 40 }, (_, i) => labeled(`Rivi ${i}`, 2 * i, [1, 2], [String(i), String(i + 1)]));
    const tables = rows.map((row, i) => ({ ...EXTENT, top: 2 * i, bottom: 2 * i, kind: "kayttotalous", tuotot: [row], kulut: [] }));
    const figures = indexFigures(sheetOf(tables));
    for (let i = 39; i >= 0; i--) expect(figures.atCell?.("S", 2 * i, 2)?.row).toBe(`Rivi ${i}`);
    expect(figures.atCell?.("S", 1, 1)).toBeUndefined();
  });

  it("keeps the later table's place for a cell two hold, when the earlier is placed after it", () => {
    const shared = labeled("Toimintakate", 5, [1, 2], ["50", "60"]);
    const early = labeled("Myyntituotot", 2, [1, 2], ["100", "120"]);
    const late = labeled("Palkat", 7, [1, 2], ["-50", "-60"]);
    const first = { ...EXTENT, bottom: 5, kind: "kayttotalous", tuotot: [early, shared], kulut: [] };
    const later = { ...EXTENT, top: 5, bottom: 8, kind: "kayttotalous", tuotot: [], kulut: [late], toimintakate: shared };
    const figures = indexFigures(sheetOf([first, later]));
    // The later table is placed first (a cell only its extent holds), the earlier one next.
    expect(figures.at({ sheet: "S", cell: "B8" })?.row).toBe("Palkat");
    expect(figures.at({ sheet: "S", cell: "B3" })?.row).toBe("Myyntituotot");
    expect(figures.at({ sheet: "S", cell: "C6" })?.role).toBe("derived");
  });
});
