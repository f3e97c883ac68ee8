import fc from "fast-check";
import Decimal from "decimal.js";
import { Equation } from "../../../src/core/relations/equation";
import { cellsEquation, linearEquation } from "../../../src/core/relations/linear";
import { signOfCell } from "../../../src/core/relations/sign";
import { CHANGE_PERCENT, figureInput, shownEquation, storedFigure } from "../../../src/core/relations/shown";
import { LayeredValues } from "../../../src/core/why/layered";
import { CellValues } from "../../../src/core/why/cellValues";
import { figureCell, whatIfValues } from "../relations/figureCells";
import { unitsOf } from "../../../src/core/relations/exactValues";
import { solvesInUnits } from "../../../src/core/relations/solveUnits";
import { decimalOfUnits } from "../../../src/core/numbers";

/**
 * The repair search asks what-if questions through layers over the repairs taken so far, and the
 * equations that know their cells' positions ask those layers by row and column, not by key. A
 * repair's verdicts must not depend on which way an equation asks: each must judge and solve as
 * it does with a plain map of the same keys, a key written `$B$2` reaching no equation that reads
 * `B2`, and a value set in the layer hiding the taken repair's value for the same cell.
 */

const sheets = ["S", "T"];
const figures = fc.oneof(fc.integer({ min: -99999, max: 99999 }), fc.constantFrom("1 234,5", "-0,25"));
const value = whatIfValues(figures, ["9007199254740993", "0.1234567890123456789"]);
// A key as the analysis writes it, or in a form no position reads.
const key = fc.tuple(fc.constantFrom(...sheets), fc.integer({ min: 0, max: 5 }), fc.boolean()).map(([s, row, dollars]) => (dollars ? `${s}!$B$${row + 1}` : `${s}!B${row + 1}`));

describe("a what-if by position", () => {
  it("gives every sum (over cells or refs), sign check and change % the verdict and solution a plain map of the same keys gives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(figures, { nil: null }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.tuple(key, value), { maxLength: 4 }),
        fc.array(fc.tuple(key, value), { maxLength: 3 }),
        fc.constantFrom(...sheets),
        (column, taken, tried, partsSheet) => {
          const cells = column.map((v, row) => figureCell(v ?? 0, row));
          const equations: Equation[] = [
            cellsEquation({ rule: "sum", sheet: "S", target: cells[5], partsSheet, parts: [cells[0], cells[1], undefined, cells[2], cells[3]], signs: [1, -1, 1, 1, 1], tolerance: 1 }),
            cellsEquation({ rule: "sum", sheet: partsSheet, target: cells[0], partsSheet, parts: cells.slice(1), tolerance: 0 }),
            signOfCell("sign", "S", cells[2], "cost"),
            signOfCell("sign", "T", cells[4], "revenue"),
            // Over refs, one written `$B$2`.
            linearEquation({
              rule: "sum",
              target: { ref: { sheet: "S", cell: cells[4].cell }, value: cells[4].value ?? new Decimal(0) },
              terms: [
                { ref: { sheet: partsSheet, cell: cells[0].cell }, coefficient: new Decimal(1), value: cells[0].value },
                { ref: { sheet: "T", cell: "$B$2" }, coefficient: new Decimal(-1), value: new Decimal(3) },
                { ref: { sheet: "S", cell: cells[3].cell }, coefficient: new Decimal(2), value: null },
              ],
              tolerance: 1,
            }),
            shownEquation({
              rule: "change-percent",
              target: storedFigure({ sheet: "S", cell: cells[3].cell }, figureCell(12.5, 3)),
              scale: 1,
              decimals: 1,
              extra: 0,
              inputs: [figureInput({ sheet: partsSheet, cell: cells[1].cell }, figureCell(column[1] ?? 1, 1)), figureInput({ sheet: "T", cell: cells[2].cell }, figureCell(column[2] ?? 2, 2))],
              formula: CHANGE_PERCENT,
            }),
          ];
          const base = new CellValues();
          for (const [k, v] of taken) base.set(k, v);
          const layer = new LayeredValues(base);
          for (const [k, v] of tried) layer.set(k, v);
          // The same values, each with units set as units (as the repair search sets a solved total).
          const inUnits = new LayeredValues(base);
          for (const [k, v] of tried) {
            const u = unitsOf(v);
            const address = k.slice(k.indexOf("!") + 1);
            if (u && u.units !== 0 && !address.startsWith("$")) inUnits.setCellUnits({ sheet: k.slice(0, k.indexOf("!")), cell: address }, k, u.units * 100, u.scale + 2);
            else inUnits.set(k, v);
          }
          const plain = new Map([...base, ...tried]);
          for (const e of equations) {
            expect(e.evaluate(layer)).toBe(e.evaluate(plain));
            expect(e.evaluate(inUnits)).toBe(e.evaluate(plain));
            expect(e.evaluate(base)).toBe(e.evaluate(new Map(base)));
            for (const c of e.cells) {
              const solved = e.solveFor(c, plain)?.toString();
              expect(e.solveFor(c, layer)?.toString()).toBe(solved);
              expect(e.solveFor(c, inUnits)?.toString()).toBe(solved);
              const u = { units: 0, scale: 0 };
              if (solvesInUnits(e) && e.solveUnitsInto(c, inUnits, u)) expect(decimalOfUnits(u.units, u.scale).toString()).toBe(solved);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a layer emptied and filled again answers from its new cells and the base", () => {
    const base = new CellValues();
    base.set("S!B2", new Decimal(5));
    const layer = new LayeredValues(base);
    layer.set("S!B2", new Decimal(7));
    expect(layer.atCell("S", 1, 1)?.toString()).toBe("7");
    layer.clearOwn();
    expect(layer.atCell("S", 1, 1)?.toString()).toBe("5");
    layer.setCell({ sheet: "S", cell: "B3" }, "S!B3", new Decimal(1));
    expect(layer.atCell("S", 2, 1)?.toString()).toBe("1");
    expect(layer.atCell("T", 2, 1)).toBeUndefined();
    layer.setCellUnits({ sheet: "S", cell: "B3" }, "S!B3", -12340, 3);
    expect(layer.atCell("S", 2, 1)?.toString()).toBe("-12.34");
    expect(layer.get("S!B3")?.toString()).toBe("-12.34");
  });

  it("a cell set with its figure, whose key is never made, is read by its key and by no other cell's", () => {
    let keysMade = 0;
    const figure = {
      get key(): string {
        keysMade++;
        return "Talous!B3";
      },
    };
    const layer = new LayeredValues(new CellValues());
    layer.setCell({ sheet: "Talous", cell: "B3" }, figure, new Decimal(7));
    // A sum reading the cell by key finds the value; a key of another sheet, address or spelling does not.
    expect(layer.get("Talous!B3")?.toString()).toBe("7");
    for (const other of ["Talous!B30", "Talous!$B$3", "Talous!C3", "Talou!B3", "Xalous!B3", "X!Talous!B3", "Talous!B"]) expect(layer.get(other)).toBeUndefined();
    expect(layer.hasCell({ sheet: "Talous", cell: "B3" }, figure)).toBe(true);
    expect(layer.hasCell({ sheet: "Talous", cell: "B4" }, "Talous!B4")).toBe(false);
    expect(keysMade).toBe(0);
    // Set again by its key: the same cell, not a second one.
    layer.set("Talous!B3", new Decimal(8));
    expect(layer.get("Talous!B3")?.toString()).toBe("8");
    expect([...layer.keys()]).toEqual(["Talous!B3"]);
  });
});
