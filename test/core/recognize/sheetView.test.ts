import fc from "fast-check";
import { CellValue } from "../../../src/core/grid";
import { SheetView } from "../../../src/core/recognize/sheetView";

/** The filled cells of a grid found the slow, obvious way: every position of its bounding box. */
function expectedFilled(values: CellValue[][], originRow: number, originCol: number) {
  const rows: number[] = [];
  const cols = new Map<number, number[]>();
  values.forEach((r, i) => {
    const filled: number[] = [];
    r.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== "") filled.push(originCol + j);
    });
    cols.set(originRow + i, filled);
    if (filled.length) rows.push(originRow + i);
  });
  return { rows, cols };
}

describe("a sheet's filled rows and columns", () => {
  it("are the cells holding a value, in order, in short rows with holes and in rows beyond the walked length", () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(""), fc.constant("Tuotot"), fc.integer());
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(undefined), fc.sparseArray(cell, { maxLength: 20 }), fc.sparseArray(cell, { minNumElements: 1, maxNumElements: 4, maxLength: 6000 })), { maxLength: 8 }),
        fc.nat(3),
        fc.nat(3),
        (rowsIn, originRow, originCol) => {
          const values: CellValue[][] = [];
          rowsIn.forEach((r, i) => {
            if (r) values[i] = r;
          });
          const view = new SheetView({ sheet: "S", originRow, originCol, values });
          const { rows, cols } = expectedFilled(values, originRow, originCol);
          expect(view.occupiedRows()).toEqual(rows);
          for (const [row, filled] of cols) expect(view.occupiedColumns(row)).toEqual(filled);
          if (rows.length > 1) expect(view.occupiedRows(rows[1])).toEqual(rows.slice(1));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("skip a long sparse row's holes and keep ranges apart", () => {
    const row: CellValue[] = [];
    row[2] = "Menot";
    row[9000] = 5;
    const view = new SheetView({ sheet: "S", originRow: 0, originCol: 0, values: [row, [null, 3, "", 4]] });
    expect(view.occupiedColumns(0)).toEqual([2, 9000]);
    expect(view.occupiedColumns(0, 3, 9000)).toEqual([9000]);
    expect(view.occupiedColumns(0, 0, 100)).toEqual([2]);
    expect(view.occupiedColumns(1)).toEqual([1, 3]);
    expect(view.occupiedColumns(1, 2, 2)).toEqual([]);
    expect(view.isBlankRow(1, 2, 2)).toBe(true);
  });
});
