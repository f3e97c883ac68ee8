import Decimal from "decimal.js";
import { ParsedNumber, parseCell } from "../../../src/core/numbers";
import { ValueCell } from "../../../src/core/model";
import { signEquation, signOfCell } from "../../../src/core/relations/sign";
import { CellRef } from "../../../src/core/relations/equation";
import { SheetFigureCell } from "../../../src/core/recognize/sheetValueCell";

/**
 * The sign rule records each figure's sign over the figure cell itself: that equation must say
 * what the one over the cell's `CellRef` says (verdict, what-ifs, the repair and where the value
 * may lie), and the analysis must find it at the cell's row and column.
 */

function figureCell(v: number | string, row: number, col: number): ValueCell {
  const parsed = parseCell(v);
  return { cell: `${String.fromCharCode(65 + col)}${row + 1}`, row, col, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

describe("a sign constraint over a figure cell", () => {
  it("answers as the one over its CellRef, for costs and revenues of either sign and under what-ifs", () => {
    for (const direction of ["cost", "revenue"] as const) {
      for (const v of [-5, 0, 7, "-0,5", "12,25"]) {
        const cell = figureCell(v, 3, 1);
        const ref: CellRef = { sheet: "Talous", cell: "B4" };
        const byCell = signOfCell("sign", "Talous", cell, direction, "TA 2024");
        const byRef = signEquation("sign", ref, cell.parsed as ParsedNumber, direction, "TA 2024");
        expect(byCell.target).toEqual(ref);
        expect(byCell.cells).toEqual([ref]);
        expect(byCell.relation).toBe(byRef.relation);
        expect(byCell.column).toBe("TA 2024");
        expect(byCell.evaluate()).toBe(byRef.evaluate());
        for (const o of [new Decimal(3), new Decimal(-3), new Decimal(0)]) {
          const overrides = new Map([["Talous!B4", o]]);
          expect(byCell.evaluate(overrides)).toBe(byRef.evaluate(overrides));
          expect(String(byCell.solveFor(ref, overrides))).toBe(String(byRef.solveFor(ref, overrides)));
        }
        expect(String(byCell.solveFor(ref))).toBe(String(byRef.solveFor(ref)));
        expect(byCell.solveFor({ sheet: "Muu", cell: "B4" })).toBeNull();
        expect(byCell.holdsWithin?.(ref)).toEqual(byRef.holdsWithin?.(ref));
        expect(byCell.holdsWithin?.({ sheet: "Talous", cell: "B5" })).toBeNull();
      }
    }
  });

  it("is found at its cell's row and column", () => {
    const cell = SheetFigureCell.ofNumber(119, 27, 5, undefined, undefined);
    const e = signOfCell("sign", "Talous", cell, "cost");
    const seen: [string, number, number][] = [];
    expect(e.eachCell?.((sheet, row, col) => seen.push([sheet, row, col]))).toBe(true);
    expect(seen).toEqual([["Talous", 119, 27]]);
    expect(e.evaluate()).toBe("wrong");
    expect(e.target).toEqual({ sheet: "Talous", cell: "AB120" });
  });

  it("refuses a cell that holds no figure", () => {
    expect(() => signOfCell("sign", "S", figureCell("teksti", 0, 0), "cost")).toThrow("S!A1 holds no figure");
  });
});
