import fc from "fast-check";
import Decimal from "decimal.js";
import { parseCell } from "../../../src/core/numbers";
import { cellsEquation, linearEquation } from "../../../src/core/relations/linear";
import { CellRef, Equation } from "../../../src/core/relations/equation";
import { ValueCell } from "../../../src/core/model";
import { workbookFigure as figure } from "../arithmetic/workbookFigures";
import { figureCell as cell, whatIfValues } from "./figureCells";

/**
 * A sum recorded over cells answers every question the analysis asks (its verdict under a
 * what-if, the value a cell needs, where a cell's value may lie) from the cells' own digits:
 * each answer must be the one `linearEquation` gives over the same figures handed to it as
 * Decimal terms, with parts missing, empty or listed twice, the total among its own parts, and
 * what-if values beyond 2^53 or with more than 15 decimals. Both take the same integer paths
 * where the figures allow, so this holds the two readings of a sum against each other, not
 * against Decimal arithmetic: rangeEnds.test.ts holds the ends against `target = Σ c·x` in Decimal.
 */

const whatIfValue = whatIfValues(figure, ["9007199254740993", "-1e20", "0.1234567890123456789", "1e-17", "0", "-0"]);

const sums = fc.record({
  target: figure,
  parts: fc.array(fc.record({ value: fc.option(figure, { nil: null }), sign: fc.constantFrom(1, 1, -1, 2), missing: fc.boolean() }), { minLength: 1, maxLength: 7 }),
  // A part listed again (a cell two rows share), or the target among its parts.
  repeat: fc.option(fc.nat(), { nil: null }),
  targetAmongParts: fc.boolean(),
  tolerance: fc.constantFrom(1, 0, 0.5),
  overrides: fc.array(fc.tuple(fc.nat(), whatIfValue), { maxLength: 3 }),
  asked: fc.nat(),
});

function both(s: typeof sums extends fc.Arbitrary<infer T> ? T : never): { fast: Equation; slow: Equation; refs: CellRef[] } {
  const target = cell(s.target, 0);
  const parts: (ValueCell | undefined)[] = s.parts.map((p, i) => (p.missing ? undefined : cell(p.value, i + 1)));
  const signs = s.parts.map((p) => p.sign);
  if (s.repeat !== null) {
    parts.push(parts[s.repeat % parts.length]);
    signs.push(1);
  }
  if (s.targetAmongParts) {
    parts.push(target);
    signs.push(-1);
  }
  const ref = (c: ValueCell): CellRef => ({ sheet: "S", cell: c.cell });
  const fast = cellsEquation({ rule: "sum", sheet: "S", target, partsSheet: "S", parts, signs, tolerance: s.tolerance });
  const terms = parts.flatMap((p, i) => (p ? [{ ref: ref(p), coefficient: new Decimal(signs[i]), value: p.parsed.kind === "number" ? p.parsed.value : null }] : []));
  const slow = linearEquation({ rule: "sum", target: { ref: ref(target), value: target.parsed.kind === "number" ? target.parsed.value : new Decimal(0) }, terms, tolerance: s.tolerance });
  return { fast, slow, refs: [...parts.filter((p): p is ValueCell => p !== undefined).map(ref), ref(target), { sheet: "S", cell: "Z99" }] };
}

describe("an equation over cells answers as the equation over its figures as Decimal terms", () => {
  it("verdict, solution and range of any cell, with and without a what-if", () => {
    fc.assert(
      fc.property(sums, (s) => {
        if (parseCell(s.target).kind !== "number") return;
        const { fast, slow, refs } = both(s);
        expect(fast.cells).toEqual(slow.cells);
        const overrides = new Map(s.overrides.map(([i, v]) => [`S!${refs[i % refs.length].cell}`, v]));
        for (const what of [undefined, overrides]) {
          expect(fast.evaluate(what)).toBe(slow.evaluate(what));
          const asked = refs[s.asked % refs.length];
          const solved = fast.solveFor(asked, what);
          const expected = slow.solveFor(asked, what);
          expect(String(solved)).toBe(String(expected));
          // A zero's sign too: a repair's value of −0 is shown and tried as Decimal's sum gives it.
          expect(solved?.isNegative()).toBe(expected?.isNegative());
          const a = fast.holdsWithin?.(asked, what);
          const b = slow.holdsWithin?.(asked, what);
          expect(a && [a.low.toString(), a.high.toString()]).toEqual(b && [b.low.toString(), b.high.toString()]);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("a unit's NETTOMENO 10 € off: solved for, ranged and mended by a what-if in integers", () => {
    const menot = cell(-120_000, 1);
    const tulot = cell(20_000, 2);
    const netto = cell(-100_010, 3);
    const eq = cellsEquation({ rule: "unit-nettomeno", sheet: "S", target: netto, partsSheet: "S", parts: [menot, tulot, undefined], tolerance: 1 });
    expect(eq.evaluate()).toBe("wrong");
    expect(eq.solveFor({ sheet: "S", cell: "B4" })?.toString()).toBe("-100000");
    expect(eq.solveFor({ sheet: "S", cell: "B2" })?.toString()).toBe("-120010");
    expect(eq.solveFor({ sheet: "T", cell: "B2" })).toBeNull();
    const range = eq.holdsWithin?.({ sheet: "S", cell: "B3" });
    expect([range?.low.toString(), range?.high.toString()]).toEqual(["19988.995", "19991.005"]);
    expect(eq.evaluate(new Map([["S!B3", new Decimal(19_990)]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B3", new Decimal(19_991)]]))).toBe("rounding");
    expect(eq.evaluate(new Map([["S!B3", new Decimal(19_992)]]))).toBe("wrong");
    // The workbook's own verdict is unchanged by the what-ifs asked.
    expect(eq.evaluate()).toBe("wrong");
  });

  it("a zero needed of a subtracted part tried at −0 keeps the sign Decimal's sum gives it", () => {
    const total = cell(100, 0);
    const income = cell(100, 1);
    const refund = cell(5, 2);
    const eq = cellsEquation({ rule: "sum", sheet: "S", target: total, partsSheet: "S", parts: [income, refund], signs: [1, -1], tolerance: 1 });
    const b3 = { sheet: "S", cell: "B3" };
    // 100 − (−0) = 100 holds; B3 = −0 + (100 − 100) / −1 = −0 + −0.
    expect(eq.solveFor(b3, new Map([["S!B3", new Decimal("-0")]]))?.isNegative()).toBe(true);
    // The total tried at −0 as well, its parts at 0 and −0: (−0 − 0) / −1 is +0, and −0 + +0 is +0.
    expect(eq.solveFor(b3, new Map([["S!B3", new Decimal("-0")], ["S!B1", new Decimal("-0")], ["S!B2", new Decimal(0)]]))?.isNegative()).toBe(false);
    expect(eq.solveFor(b3, new Map([["S!B3", new Decimal(0)]]))?.isNegative()).toBe(false);
  });

  // A value solved through a change % has 80 digits: a sum tried with it is judged in doubles
  // only when surely wrong. A euro less a hair from the total is rounding (a repair is shown), a
  // hair more is wrong, though a double sees both as a euro and a little more.
  it("a value of 80 digits a euro, less or more a hair, from what the total needs: rounding, then wrong", () => {
    const total = cell("862611047621.63", 1);
    const eq = cellsEquation({ rule: "sum", sheet: "S", target: total, partsSheet: "S", parts: [cell(5, 0)], tolerance: 1 });
    const hair = new Decimal(1).div(3).mul("1e-25");
    const needed = new Decimal("862611047621.63");
    expect(eq.evaluate(new Map([["S!B1", needed.minus(1).plus(hair)]]))).toBe("rounding");
    expect(eq.evaluate(new Map([["S!B1", needed.minus(1).minus(hair)]]))).toBe("wrong");
    expect(eq.evaluate(new Map([["S!B1", needed.plus(hair)]]))).toBe("ok");
    expect(eq.evaluate(new Map([["S!B1", needed.minus(2).plus(hair)]]))).toBe("wrong");
  });
});

describe("sums recorded one after another, of many columns, sheets and signs", () => {
  it("each keeps its own rule, column, sheets, signs and tolerance, as findings and the analysis read them", () => {
    // Rules record a table's columns in turns, on sheet after sheet: more kinds than are kept at hand.
    const kinds = fc.record({
      rule: fc.constantFrom("sum", "unit-total"),
      column: fc.constantFrom(undefined, "TA 2024", "TP 2022", "TA 2025"),
      sheet: fc.constantFrom("S", "T"),
      partsSheet: fc.constantFrom("S", "U"),
      minus: fc.boolean(),
      tolerance: fc.constantFrom(1, 0),
    });
    const minusSecond = [1, -1];
    fc.assert(
      fc.property(fc.array(kinds, { minLength: 1, maxLength: 40 }), (list) => {
        // 10 = 7 + 3 (+1 each), or 7 − 3 = 4 with the second part's sign −1: wrong either way but one.
        const recorded = list.map((k) => {
          const relation = k.rule === "sum" ? undefined : "yhteensä";
          const e = cellsEquation({ ...k, relation, target: cell(k.minus ? 4 : 10, 0), parts: [cell(7, 1), cell(3, 2)], signs: k.minus ? minusSecond : undefined });
          return { k, relation, e };
        });
        for (const { k, relation, e } of recorded) {
          expect([e.rule, e.relation, e.column, e.target.sheet, e.cells[1].sheet]).toEqual([k.rule, relation, k.column, k.sheet, k.partsSheet]);
          expect(e.evaluate()).toBe("ok");
          // A tolerance of 1 lets a gap of 1 pass as rounding; 0 does not.
          const off = new Map([[`${k.partsSheet}!B2`, new Decimal(8)]]);
          expect(e.evaluate(off)).toBe(k.tolerance === 1 ? "rounding" : "wrong");
        }
      }),
      { numRuns: 200 },
    );
  });
});
