import fc from "fast-check";
import Decimal from "decimal.js";
import { a1 } from "../../../src/core/cell";
import { parseCell } from "../../../src/core/numbers";
import { ValueCell } from "../../../src/core/model";
import { CellRef, Equation } from "../../../src/core/relations/equation";
import { cellsEquation } from "../../../src/core/relations/linear";
import { CHANGE_PERCENT, shownEquation } from "../../../src/core/relations/shown";
import { signEquation } from "../../../src/core/relations/sign";
import { positionOf, positionOfA1 } from "../../../src/core/relations/position";
import { CellEntries } from "../../../src/core/relations/cellEntries";

/**
 * The analysis indexes every equation's cells through `eachCell`, by row and column, where it has
 * it: the cells visited must be those `cells` lists, in its order and each once, or the analysis
 * would miss an equation at a cell (and a cause) or count one twice.
 */

function cell(row: number, col: number): ValueCell {
  const parsed = parseCell(row * 10 + col);
  return { cell: a1(row, col), row, col, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

function visited(e: Equation): string[] | false {
  const seen: string[] = [];
  const all = e.eachCell?.((sheet, row, col) => seen.push(`${sheet}!${a1(row, col)}`));
  return all === true ? seen : false;
}

const listed = (e: Equation) => e.cells.map((c) => `${c.sheet}!${c.cell}`);

/** What `cellsInto` writes, from an entry written before it (the index writes equation after equation). */
function written(e: Equation): string[] {
  const out = new CellEntries(1);
  out.add(out.sheetNumber("Before"), 0, 0);
  e.cellsInto?.(out);
  const cells: string[] = [];
  for (let i = 1; i < out.size; i++) cells.push(`${out.sheetNames[out.sheets[i]]}!${a1(out.rows[i], out.cols[i])}`);
  return cells;
}

// Few rows and columns, so that parts repeat each other and the target.
const place = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }));

describe("an equation visits (or writes) by row and column the cells it lists", () => {
  it("a sum over cells: parts missing, repeated, the target among them, on its sheet or another, short lists and long", () => {
    fc.assert(
      fc.property(place, fc.array(fc.option(place, { nil: undefined }), { maxLength: 40, size: "max" }), fc.boolean(), (t, parts, otherSheet) => {
        const e = cellsEquation({
          rule: "sum",
          sheet: "S",
          target: cell(...t),
          partsSheet: otherSheet ? "T" : "S",
          parts: parts.map((p) => p && cell(...p)),
          tolerance: 1,
        });
        expect(visited(e)).toEqual(listed(e));
        expect(written(e)).toEqual(listed(e));
        // The cells themselves: the target, then each part's address once, in order.
        const once = [`S!${a1(...t)}`];
        for (const p of parts) {
          const key = p && `${otherSheet ? "T" : "S"}!${a1(...p)}`;
          if (key && !once.includes(key)) once.push(key);
        }
        expect(listed(e)).toEqual(once);
      }),
      { numRuns: 800 },
    );
  });

  it("a change %: an input that is also the target or the other input is visited once", () => {
    fc.assert(
      fc.property(place, place, place, (t, o, n) => {
        const ref = ([row, col]: [number, number]): CellRef => ({ sheet: "S", cell: a1(row, col) });
        const e = shownEquation({
          rule: "change-percent",
          target: { ref: ref(t), stored: new Decimal(5) },
          scale: 1,
          decimals: 1,
          extra: 0,
          inputs: [{ ref: ref(o), value: new Decimal(100) }, { ref: ref(n), value: new Decimal(105) }],
          formula: CHANGE_PERCENT,
        });
        expect(visited(e)).toEqual(listed(e));
      }),
    );
  });

  it("a sign: its one cell", () => {
    const e = signEquation("sign", { sheet: "Talous", cell: "AB120" }, new Decimal(5), "cost");
    expect(visited(e)).toEqual(["Talous!AB120"]);
  });

  it("a cell not written as `a1` writes it: nothing visited, the caller is told to read `cells`", () => {
    expect(visited(signEquation("sign", { sheet: "S", cell: "$B$2" }, new Decimal(5), "cost"))).toBe(false);
    const shown = shownEquation({
      rule: "change-percent",
      target: { ref: { sheet: "S", cell: "D2" }, stored: new Decimal(5) },
      scale: 1,
      decimals: 1,
      extra: 0,
      inputs: [{ ref: { sheet: "S", cell: "B2" }, value: new Decimal(100) }, { ref: { sheet: "S", cell: "c2" }, value: new Decimal(105) }],
      formula: CHANGE_PERCENT,
    });
    expect(visited(shown)).toBe(false);
  });
});

describe("a cell's position", () => {
  it("read from the address `a1` writes is the cell's row and column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 18_277 }), (row, col) => {
        expect(positionOfA1(a1(row, col))).toBe(positionOf(row, col));
      }),
    );
  });

  it("no other text has one, so two texts never share a position", () => {
    for (const text of ["$B$2", "b2", "B02", "B0", "B", "12", "", "B2:B3", "ABCD1", "B 2", "Sheet!B2", "B12345678901"]) {
      expect(positionOfA1(text)).toBe(-1);
    }
  });
});
