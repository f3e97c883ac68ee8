import fc from "fast-check";
import Decimal from "decimal.js";
import { CHANGE_PERCENT, ShownFormula, figureInput, figureInputAt, perResidentFormula, shownEquation, shownEquationAt, storedFigure } from "../../../src/core/relations/shown";
import { Equation } from "../../../src/core/relations/equation";
import { ValueCell } from "../../../src/core/model";
import { workbookFigure as figure } from "../arithmetic/workbookFigures";
import { figureCell as cell, whatIfValues } from "./figureCells";

/**
 * A change % or €/asukas figure recorded from its cells judges a what-if in exact integers where
 * the figures allow: every verdict must be the one the Decimal formula gives (a division at 80
 * digits), for figures of every size, percent-formatted cells, a zero base and values only
 * Decimal can hold.
 */

const ref = (c: ValueCell) => ({ sheet: "S", cell: c.cell });

// The same formula with its Decimal reading only.
const decimalOnly = (f: ShownFormula): ShownFormula => ({ relation: f.relation, exact: f.exact, solveInput: f.solveInput });

const amount = fc.oneof(figure, fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.constant(0));
const whatIf = whatIfValues(amount, ["9007199254740993", "0.1234567890123456789", "0", "8.1", "-0.081"]);

/**
 * The equation recorded at its figure cell, its inputs at theirs (what the change % and €/asukas rules record), reads as
 * the one made from a spec: the same target, cells and answers, overrides asked by key or by position.
 */
function expectSameAtCell(atCell: Equation, spec: Equation, what: Map<string, Decimal>, asked: ValueCell[]): void {
  expect(atCell.target).toEqual(spec.target);
  expect(atCell.cells).toEqual(spec.cells);
  const visited = (e: Equation) => {
    const out: string[] = [];
    expect(e.eachCell?.((sheet, row, col) => out.push(`${sheet}:${row}:${col}`))).toBe(true);
    return out;
  };
  expect(visited(atCell)).toEqual(visited(spec));
  const byPosition = Object.assign(new Map(what), { atCell: (sheet: string, row: number, col: number) => what.get(`${sheet}!${String.fromCharCode(65 + col)}${row + 1}`) });
  for (const overrides of [undefined, what, byPosition]) {
    expect(atCell.evaluate(overrides)).toBe(spec.evaluate(overrides));
    for (const c of asked) expectSameSolution(atCell.solveFor(ref(c), overrides), spec.solveFor(ref(c), overrides));
  }
}

/** The same value, a zero's sign included (a repair's sign decides how plausible it is). */
function expectSameSolution(fast: Decimal | null, slow: Decimal | null): void {
  expect(fast && [fast.toString(), fast.isNegative()]).toEqual(slow && [slow.toString(), slow.isNegative()]);
}

describe("a shown figure's what-if verdict in integers is the Decimal formula's", () => {
  it("change %, as shown or in a `0.0 %` cell, near its exact value and far from it", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.integer({ min: -3, max: 3 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0.1, 1, "0.05"),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), whatIf), { minLength: 1, maxLength: 2 }),
        (oldV, newV, nudge, percent, decimals, extra, overrides) => {
          const oldCell = cell(oldV, 1);
          const newCell = cell(newV, 2);
          if (oldCell.parsed.kind !== "number" || newCell.parsed.kind !== "number") return;
          const o = oldCell.parsed.value;
          const n = newCell.parsed.value;
          // The figure shown: the exact change rounded as shown, nudged by a unit or a few.
          const exact = o.isZero() ? new Decimal(5) : n.div(o).minus(1).mul(100);
          const shown = exact.toDecimalPlaces(decimals).plus(new Decimal(nudge).div(new Decimal(10).pow(decimals)));
          const targetCell = cell(percent ? shown.div(100).toString() : shown.toString(), 3);
          if (targetCell.parsed.kind !== "number") return;
          const spec = { rule: "change-percent", scale: percent ? 100 : 1, decimals, extra };
          const fast = shownEquation({ ...spec, target: storedFigure(ref(targetCell), targetCell), inputs: [figureInput(ref(oldCell), oldCell), figureInput(ref(newCell), newCell)], formula: CHANGE_PERCENT });
          const slow = shownEquation({
            ...spec,
            target: { ref: ref(targetCell), stored: targetCell.parsed.value },
            inputs: [
              { ref: ref(oldCell), value: o },
              { ref: ref(newCell), value: n },
            ],
            formula: decimalOnly(CHANGE_PERCENT),
          });
          const cells = [oldCell, newCell, targetCell];
          const what = new Map(overrides.map(([i, v]) => [`S!${cells[i].cell}`, v]));
          expect(fast.evaluate()).toBe(slow.evaluate());
          expect(fast.evaluate(what)).toBe(slow.evaluate(what));
          expectSameSolution(fast.solveFor(ref(targetCell), what), slow.solveFor(ref(targetCell), what));
          const atCell = shownEquationAt("change-percent", undefined, "S", targetCell, percent ? 100 : 1, decimals, extra, [figureInputAt("S", oldCell), figureInputAt("S", newCell)], CHANGE_PERCENT, false);
          expectSameAtCell(atCell, fast, what, cells);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("€/asukas at a population, the toimintakate or the figure replaced", () => {
    // A population agreed among areas is a quotient of 80 digits.
    const agreed = new Decimal(-2074784).div("-297.05").toString();
    fc.assert(
      fc.property(amount, fc.constantFrom("7008", "0", "12345.5", agreed), fc.integer({ min: -30, max: 30 }), fc.boolean(), whatIf, (kate, population, nudge, onTarget, value) => {
        const kateCell = cell(kate, 1);
        if (kateCell.parsed.kind !== "number") return;
        const people = new Decimal(population);
        const exact = people.isZero() ? new Decimal(1) : kateCell.parsed.value.div(people);
        const targetCell = cell(exact.toDecimalPlaces(1).plus(new Decimal(nudge).div(10)).toString(), 2);
        if (targetCell.parsed.kind !== "number") return;
        const spec = { rule: "per-resident", scale: 1, decimals: 1, extra: 1 };
        const fast = shownEquation({ ...spec, target: storedFigure(ref(targetCell), targetCell), inputs: [figureInput(ref(kateCell), kateCell)], formula: perResidentFormula(people) });
        const slow = shownEquation({ ...spec, target: { ref: ref(targetCell), stored: targetCell.parsed.value }, inputs: [{ ref: ref(kateCell), value: kateCell.parsed.value }], formula: decimalOnly(perResidentFormula(people)) });
        const what = new Map([[`S!${(onTarget ? targetCell : kateCell).cell}`, value]]);
        expect(fast.evaluate()).toBe(slow.evaluate());
        expect(fast.evaluate(what)).toBe(slow.evaluate(what));
        expectSameSolution(fast.solveFor(ref(targetCell)), slow.solveFor(ref(targetCell)));
        expectSameSolution(fast.solveFor(ref(targetCell), what), slow.solveFor(ref(targetCell), what));
        const atCell = shownEquationAt("per-resident", undefined, "S", targetCell, 1, 1, 1, [figureInputAt("S", kateCell)], perResidentFormula(people), false);
        expectSameAtCell(atCell, fast, what, [kateCell, targetCell]);
      }),
      { numRuns: 1000 },
    );
  });

  // The repair search tries the toimintakate a €/asukas figure needs: at an agreed population it
  // has 80 digits, and the figure must then hold (the cause a user is shown), as Decimal says.
  it("€/asukas at an agreed population holds with the toimintakate solved for it", () => {
    const people = new Decimal(-2074784).div("-297.05");
    fc.assert(
      fc.property(fc.integer({ min: -9_000_000, max: 9_000_000 }), fc.integer({ min: -3000, max: 3000 }), (kate, nudge) => {
        const kateCell = cell(kate, 1);
        if (kateCell.parsed.kind !== "number") return;
        const shown = kateCell.parsed.value.div(people).toDecimalPlaces(1).plus(new Decimal(nudge).div(10));
        const targetCell = cell(shown.toString(), 2);
        if (targetCell.parsed.kind !== "number") return;
        const spec = { rule: "per-resident", scale: 1, decimals: 1, extra: 1 };
        const fast = shownEquation({ ...spec, target: storedFigure(ref(targetCell), targetCell), inputs: [figureInput(ref(kateCell), kateCell)], formula: perResidentFormula(people) });
        const slow = shownEquation({ ...spec, target: { ref: ref(targetCell), stored: targetCell.parsed.value }, inputs: [{ ref: ref(kateCell), value: kateCell.parsed.value }], formula: decimalOnly(perResidentFormula(people)) });
        const needed = fast.solveFor(ref(kateCell));
        expect(needed?.toString()).toBe(slow.solveFor(ref(kateCell))?.toString());
        const what = new Map([[`S!${kateCell.cell}`, needed as Decimal]]);
        expect(fast.evaluate(what)).toBe("ok");
        expect(slow.evaluate(what)).toBe("ok");
      }),
      { numRuns: 300 },
    );
  });

  // A new amount solved through another change % has 80 digits: the figure is judged in doubles
  // only when surely wrong. A hair inside half a unit holds, a hair outside is wrong, though a
  // double sees both as half a unit.
  it("a change % with a new amount of 80 digits a hair inside or outside half a unit", () => {
    const oldCell = cell(3, 1);
    const newCell = cell(3, 2);
    const shownCell = cell(10, 3);
    const eq = shownEquation({ rule: "change-percent", target: storedFigure(ref(shownCell), shownCell), scale: 1, decimals: 1, extra: 0, inputs: [figureInput(ref(oldCell), oldCell), figureInput(ref(newCell), newCell)], formula: CHANGE_PERCENT });
    const hair = new Decimal(1).div(7).mul("1e-30");
    // (new / 3 − 1) × 100 = 10.05 ∓ hair.
    const edge = new Decimal("3.3015");
    expect(eq.evaluate(new Map([["S!B3", edge.minus(hair)]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B3", edge.plus(hair)]]))).toBe("wrong");
    expect(eq.evaluate(new Map([["S!B3", new Decimal("3.4").plus(hair)]]))).toBe("wrong");
  });

  // The engine's API takes any extra allowance (the CLI and the pane refuse a negative one): a
  // figure within half a unit holds whatever the extra, in doubles as in Decimal.
  it("a change % of 80 digits within half a unit holds under a negative extra allowance", () => {
    const oldCell = cell(3, 1);
    const newCell = cell(3, 2);
    const shownCell = cell(10, 3);
    const eq = shownEquation({ rule: "change-percent", target: storedFigure(ref(shownCell), shownCell), scale: 1, decimals: 1, extra: -0.03, inputs: [figureInput(ref(oldCell), oldCell), figureInput(ref(newCell), newCell)], formula: CHANGE_PERCENT });
    const hair = new Decimal(1).div(7).mul("1e-30");
    // (new / 3 − 1) × 100 = 10.04 + hair: 0.04 from the 10.0 shown.
    expect(eq.evaluate(new Map([["S!B3", new Decimal("3.3012").plus(hair)]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B3", new Decimal("3.4").plus(hair)]]))).toBe("wrong");
  });

  // Työllisyyspalvelut Henkilöstömenot: TA 2023 −304 510, TA 2024 −279 110, Muutos % shown 155,0.
  it("a change % mended by the figure the formula gives, and by a base that fits", () => {
    const oldCell = cell(-304510, 1);
    const newCell = cell(-279110, 2);
    const shownCell = cell(155, 3);
    const eq = shownEquation({ rule: "change-percent", target: storedFigure(ref(shownCell), shownCell), scale: 1, decimals: 1, extra: 0.1, inputs: [figureInput(ref(oldCell), oldCell), figureInput(ref(newCell), newCell)], formula: CHANGE_PERCENT });
    expect(eq.evaluate()).toBe("wrong");
    expect(eq.evaluate(new Map([["S!B4", new Decimal("-8.3")]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B4", new Decimal("-8.4")]]))).toBe("rounding");
    expect(eq.evaluate(new Map([["S!B4", new Decimal("-8.5")]]))).toBe("wrong");
    // The new amount that would make 155,0 right: −304 510 × 2,55.
    expect(eq.evaluate(new Map([["S!B3", new Decimal("-776500.5")]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B2", new Decimal(0)]]))).toBe("wrong");
  });

  // Excel's ROUND takes a half away from zero, up or down: 2,5 % shows 3 and −2,5 % shows −3.
  it("a change % solved for its figure rounds a half away from zero, as shown and in a `0 %` cell", () => {
    const solved = (oldV: number, newV: number, percent: boolean) => {
      const oldCell = cell(oldV, 1);
      const newCell = cell(newV, 2);
      const shownCell = cell(percent ? 0.5 : 50, 3);
      const eq = shownEquation({ rule: "change-percent", target: storedFigure(ref(shownCell), shownCell), scale: percent ? 100 : 1, decimals: 0, extra: 0, inputs: [figureInput(ref(oldCell), oldCell), figureInput(ref(newCell), newCell)], formula: CHANGE_PERCENT });
      return eq.solveFor(ref(shownCell))?.toString();
    };
    expect(solved(200, 205, false)).toBe("3");
    expect(solved(200, 195, false)).toBe("-3");
    expect(solved(200, 204.99, false)).toBe("2");
    expect(solved(200, 205, true)).toBe("0.03");
    expect(solved(-200, -195, true)).toBe("-0.03");
    expect(solved(0, 195, false)).toBeUndefined();
  });
});
