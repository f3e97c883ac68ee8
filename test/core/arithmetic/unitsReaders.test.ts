import fc from "fast-check";
import Decimal from "decimal.js";
import { ParsedNumber, parseCell } from "../../../src/core/numbers";
import { shownWithinHalf } from "../../../src/core/compare/tolerance";
import { withinHalfUnits } from "../../../src/core/arithmetic/exact";
import { sumCells } from "../../../src/core/rules/support/cells";
import { figureEquals, unitsOf } from "../../../src/core/relations/exactValues";
import { signEquation } from "../../../src/core/relations/sign";
import { ValueCell } from "../../../src/core/model";
import { workbookFigure as figure } from "./workbookFigures";

// The rules and the analysis read figures from their exact units where they once read Decimals:
// each reader must give Decimal's answer for every figure (or leave the answer to Decimal).

function parsed(v: number | string): ParsedNumber {
  const p = parseCell(v);
  if (p.kind !== "number") throw new Error(`not a figure: ${String(v)}`);
  return p;
}

function cell(v: number | string | null, i: number): ValueCell {
  const p = parseCell(v === null ? "x" : v);
  return { cell: `B${i + 1}`, row: i, col: 1, parsed: p, value: p.kind === "number" ? p.value : null };
}

describe("withinHalfUnits agrees with shownWithinHalf", () => {
  const units = fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 4 }));
  const nonZero = fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).filter((n) => n !== 0), fc.integer({ min: 0, max: 4 }));
  const dec = ([u, s]: [number, number]) => new Decimal(u).div(new Decimal(10).pow(s));

  it("on any figures", () => {
    fc.assert(
      fc.property(units, units, nonZero, fc.integer({ min: 0, max: 3 }), (shown, num, den, places) => {
        const r = withinHalfUnits(shown[0], shown[1], num[0], num[1], den[0], den[1], places);
        if (r !== undefined) expect(r).toBe(shownWithinHalf(dec(shown), dec(num), dec(den), places));
      }),
    );
  });

  // A quotient exactly half a unit from the shown figure is within; one unit of its last decimal
  // further is not: the boundary where an off-by-one in the scales shows.
  it("at the edge of half a unit, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(1, -1), fc.constantFrom(0, 1), (s, d, places, side, beyond) => {
        // numerator at scale places + 1: s·d·10 + side·5·d (+ side·1 when beyond).
        const n = s * d * 10 + side * 5 * d + side * beyond;
        const r = withinHalfUnits(s, places, n, places + 1, d, 0, places);
        expect(r).toBe(beyond === 0);
        expect(r).toBe(shownWithinHalf(dec([s, places]), dec([n, places + 1]), new Decimal(d), places));
      }),
    );
  });
});

describe("sumCells in exact units", () => {
  it("gives Decimal's sum of the figures", () => {
    fc.assert(
      fc.property(fc.array(fc.option(figure, { nil: null }), { minLength: 1, maxLength: 12 }), (values) => {
        const cells = values.map(cell);
        const figures = cells.flatMap((c) => (c.parsed.kind === "number" ? [c.parsed.value] : []));
        const r = sumCells(cells);
        if (figures.length === 0) return expect(r).toBeNull();
        const sum = figures.slice(1).reduce((a, b) => a.plus(b), figures[0]);
        expect(r?.total.toString()).toBe(sum.toString());
        expect(r?.total.isNegative()).toBe(sum.isNegative());
        expect(r?.numbers).toHaveLength(figures.length);
      }),
    );
  });

  it("counts one cent off as off", () => {
    const r = sumCells([cell("1 000,01", 0), cell("2 000,00", 1), cell("x", 2)]);
    expect(r?.total.toString()).toBe("3000.01");
  });
});

describe("figureEquals", () => {
  it("is Decimal's eq", () => {
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: -2, max: 2 }), (a, b, nudge) => {
        const p = parsed(a);
        // The figure itself, moved by a unit of its last decimal, or another figure.
        const v = nudge === 0 ? parsed(b).value : p.value.plus(new Decimal(nudge).div(new Decimal(10).pow(p.decimals)));
        expect(figureEquals(p, v)).toBe(p.value.eq(v));
        expect(figureEquals(p, p.value)).toBe(true);
      }),
    );
  });
});

describe("signEquation over a parsed figure", () => {
  const ref = { sheet: "S", cell: "B1" };
  it("judges and solves as over its Decimal", () => {
    fc.assert(
      fc.property(figure, fc.constantFrom("cost" as const, "revenue" as const), (v, direction) => {
        const p = parsed(v);
        const byUnits = signEquation("sign", ref, p, direction);
        const byDecimal = signEquation("sign", ref, p.value, direction);
        expect(byUnits.evaluate()).toBe(byDecimal.evaluate());
        expect(byUnits.solveFor(ref)?.toString()).toBe(byDecimal.solveFor(ref)?.toString());
        const other = new Map([["S!B1", p.value.neg()]]);
        expect(byUnits.evaluate(other)).toBe(byDecimal.evaluate(other));
      }),
    );
  });
});

describe("unitsOf, read from a Decimal's digits", () => {
  // What the units must be: the value written out at its own decimals, the point taken away.
  function written(v: Decimal): { units: number; scale: number } | null {
    if (!v.isFinite()) return null;
    const scale = v.decimalPlaces();
    const units = Number(v.toFixed(scale).replace(".", ""));
    return scale <= 15 && Number.isSafeInteger(units) ? { units: units === 0 ? 0 : units, scale } : null;
  }

  // Digits of any length (across decimal.js's seven-digit limbs), trailing zeros, any scale.
  const value = fc
    .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: -8, max: 24 }))
    .map(([digits, zeros, scale]) => new Decimal(`${digits}${"0".repeat(zeros)}e${-scale}`));

  it("are the value written at its own decimals, or none beyond 2^53 or 15 decimals", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(unitsOf(v)).toEqual(written(v));
      }),
      { numRuns: 5000 },
    );
  });

  it("at the edges: zero of either sign, 2^53, 15 decimals, no number", () => {
    for (const s of ["0", "-0", "9007199254740991", "-9007199254740991", "9007199254740992", "1e15", "1e16", "1e-15", "1e-16", "123456789012.3", "90071992547409.91", "0.000000000000001", "1e21"]) {
      expect([s, unitsOf(new Decimal(s))]).toEqual([s, written(new Decimal(s))]);
    }
    expect(unitsOf(new Decimal(-0))).toEqual({ units: 0, scale: 0 });
    expect(unitsOf(new Decimal("-12.50"))).toEqual({ units: -125, scale: 1 });
    expect(unitsOf(new Decimal(NaN))).toBeNull();
    expect(unitsOf(new Decimal(-Infinity))).toBeNull();
  });
});
