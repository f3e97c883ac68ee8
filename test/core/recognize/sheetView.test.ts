import fc from "fast-check";
import { CellValue } from "../../../src/core/grid";
import * as numbers from "../../../src/core/numbers";
import { parseCell } from "../../../src/core/numbers";
import { ABSENT, BLANK, ERROR, MARKER, NUMBER, SheetView, TEXT } from "../../../src/core/recognize/sheetView";

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

describe("a tall sheet of one column holding its first and last cell", () => {
  it("has two filled rows and answers for the rows between without walking them", () => {
    const values: CellValue[][] = [];
    values[0] = ["Menot"];
    values[1_048_575] = [5];
    const view = new SheetView({ sheet: "S", originRow: 0, originCol: 0, values });
    expect(view.occupiedRows()).toEqual([0, 1_048_575]);
    expect(view.isBlankRow(500_000)).toBe(true);
    expect([view.kind(0, 0), view.kind(1_048_575, 0), view.kind(7, 0)]).toEqual([TEXT, NUMBER, ABSENT]);
    expect(view.nextOccupied(1_048_575, 0)).toBe(0);
    expect(view.hasContent()).toBe(true);
  });
});

describe("a sheet read cell by cell", () => {
  const KIND_OF = { empty: BLANK, number: NUMBER, text: TEXT, marker: MARKER, error: ERROR } as const;
  const value = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant("  "),
    fc.constant("Menot"),
    fc.constant("1 234,5"),
    fc.constant("sis. joht."),
    fc.constant(true),
    fc.constant({ error: "#REF!" }),
    fc.integer(),
    fc.integer({ min: 1895, max: 2105 }),
    fc.double({ noNaN: false }),
  );

  it("answers alike whether the sheet is scanned into one byte per cell or, too sparse for that, read from its values", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(undefined), fc.array(value, { maxLength: 7 })), { maxLength: 8 }), (rowsIn) => {
        const values: CellValue[][] = [];
        rowsIn.forEach((r, i) => {
          if (r) values[i] = r;
        });
        const dense = new SheetView({ sheet: "S", originRow: 1, originCol: 2, values });
        // The same cells and one far away: a box of millions of cells, read from the values.
        const far: CellValue[][] = [...values];
        far[4000] = [];
        far[4000][1000] = 1;
        const sparse = new SheetView({ sheet: "S", originRow: 1, originCol: 2, values: far });
        for (let row = 0; row <= 10; row++) {
          expect(sparse.isBlankRow(row, 0, 12)).toBe(dense.isBlankRow(row, 0, 12));
          expect(sparse.isBlankRow(row, 4, 5)).toBe(dense.isBlankRow(row, 4, 5));
          expect(sparse.occupiedCount(row)).toBe(dense.occupiedCount(row));
          for (let col = 0; col <= 10; col++) {
            const raw = values[row - 1]?.[col - 2];
            const kind = raw === null || raw === undefined || raw === "" ? ABSENT : KIND_OF[parseCell(raw).kind];
            expect([row, col, dense.kind(row, col)]).toEqual([row, col, kind]);
            expect(sparse.kind(row, col)).toBe(kind);
            expect(sparse.text(row, col)).toBe(dense.text(row, col));
            expect(sparse.nextOccupied(row, col)).toBe(dense.nextOccupied(row, col));
            const stored = typeof raw === "number" && Number.isFinite(raw) ? raw : undefined;
            expect(dense.storedNumber(row, col)).toBe(stored);
            expect(sparse.storedNumber(row, col)).toBe(stored);
          }
          // The last cell a header search reads: any but a stored figure that is no year.
          let reach = -1;
          values[row - 1]?.forEach((v, j) => {
            const filled = v !== null && v !== undefined && v !== "";
            const figure = typeof v === "number" && Number.isFinite(v) && !(Number.isInteger(v) && v >= 1900 && v <= 2099);
            if (filled && !figure) reach = 2 + j;
          });
          expect([row, dense.lastHeaderCandidate(row)]).toEqual([row, reach]);
          // A sparse sheet is not scanned: every filled cell up to its edge is read.
          expect(sparse.lastHeaderCandidate(row)).toBe(sparse.right);
        }
        // Every text cell, in reading order, as the scan lists them and as the values hold them.
        const texts: [number, number, string][] = [];
        values.forEach((r, i) => r.forEach((v, j) => typeof v === "string" && v !== "" && texts.push([1 + i, 2 + j, v])));
        const visited = (view: SheetView) => {
          const out: [number, number, string][] = [];
          view.eachText((row, col, t) => out.push([row, col, t.raw]));
          return out;
        };
        expect(visited(dense)).toEqual(texts);
        expect(visited(sparse)).toEqual(texts);
        expect(sparse.occupiedRows(0, 10)).toEqual(dense.occupiedRows());
        expect(dense.hasContent()).toBe(values.some((r) => r.some((v) => v !== null && v !== undefined && v !== "" && parseCell(v).kind !== "empty")));
      }),
      { numRuns: 60 },
    );
  });
});

describe("a row's value cells", () => {
  afterEach(() => jest.restoreAllMocks());

  it("take the parse the sheet's scan made of each text cell, not a second parse of the text", () => {
    const values: CellValue[][] = [
      ["Menot", 1200, "x", "sis. joht.", "1 234,5", "", null, true],
      ["Tulot", "-", 5.5, "x", null],
    ];
    const view = new SheetView({ sheet: "S", originRow: 3, originCol: 1, values });
    const columns = [2, 3, 4, 5, 6, 7, 8].map((col) => ({ col }));
    const parse = jest.spyOn(numbers, "parseCell");
    const first = view.valueCells(3, columns);
    const second = view.valueCells(4, columns);
    // Only the cells the scan left unparsed: the empty string and the boolean, none of the texts.
    expect(parse.mock.calls.map(([v]) => v)).toEqual(["", true]);
    parse.mockRestore();
    // Each text cell's parse is the one the view gives for its position, shared by every cell holding the text.
    for (const [row, cells] of [[3, first], [4, second]] as const) {
      cells.forEach((cell, i) => {
        const p = view.parsed(row, columns[i].col);
        if (p.kind === "number") expect(String(cell.value)).toBe(String(p.value));
        else if (typeof view.raw(row, columns[i].col) === "string") expect(cell.parsed).toBe(p);
        else expect(cell.parsed).toEqual(p);
      });
    }
    expect(first.map((c) => c.parsed.kind)).toEqual(["number", "marker", "marker", "number", "empty", "empty", "text"]);
    expect(second[2].parsed).toBe(first[1].parsed);
  });
});
