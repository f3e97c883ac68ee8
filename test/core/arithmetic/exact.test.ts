import fc from "fast-check";
import Decimal from "decimal.js";
import { parseCell } from "../../../src/core/numbers";
import { compareEuros, compareShown } from "../../../src/core/compare/tolerance";
import { ExactSum, compareShownUnits, compareUnits } from "../../../src/core/arithmetic/exact";
import { cellsEquation, linearEquation } from "../../../src/core/relations/linear";
import { ValueCell } from "../../../src/core/model";
import { TWO_53, workbookFigure as figure } from "./workbookFigures";

// The integer fast path must give Decimal's answer for every figure, or no answer at all.

function cell(v: number | string, i: number): ValueCell {
  const parsed = parseCell(v);
  return { cell: `B${i + 1}`, row: i, col: 1, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

describe("exact units of a parsed figure", () => {
  it("are the figure itself, in units of its last decimal, whenever they are given", () => {
    fc.assert(
      fc.property(figure, (v) => {
        const p = parseCell(v);
        if (p.kind !== "number" || p.units === undefined) return;
        expect(Number.isSafeInteger(p.units)).toBe(true);
        expect(new Decimal(p.units).div(new Decimal(10).pow(p.decimals)).eq(p.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("are given for every whole figure below 2^53 and none beyond", () => {
    expect(parseCell(TWO_53 - 1)).toMatchObject({ units: TWO_53 - 1 });
    expect(parseCell(-1871150)).toMatchObject({ units: -1871150, decimals: 0 });
    expect(parseCell(8.15)).toMatchObject({ units: 815, decimals: 2 });
    expect(parseCell("1 234,50")).toMatchObject({ units: 123450, decimals: 2 });
    expect(parseCell("(1 234)")).toMatchObject({ units: -1234 });
    expect(parseCell(TWO_53)).toMatchObject({ units: undefined });
    expect(parseCell("12345678901234567890")).toMatchObject({ units: undefined });
    expect(parseCell(1e21)).toMatchObject({ units: undefined });
  });
});

describe("exact comparison against Decimal", () => {
  it("compareUnits answers as compareEuros or not at all", () => {
    const units = fc.tuple(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(TWO_53 - 1, -(TWO_53 - 1))), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(units, units, fc.constantFrom(0, 1, 2, 0.5), ([a, as], [e, es], euros) => {
        const got = compareUnits(a, as, e, es, euros);
        const want = compareEuros(new Decimal(a).div(10 ** as), new Decimal(e).div(10 ** es), euros);
        if (got !== undefined) expect(got).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers the common cases (whole euros, cents) without Decimal", () => {
    expect(compareUnits(-2759200, 0, -2759210, 0, 1)).toBe("wrong");
    expect(compareUnits(100, 0, 10001, 2, 1)).toBe("rounding");
    expect(compareUnits(100, 0, 10000, 2, 1)).toBe("ok");
    // A gap of exactly the tolerance is still rounding; a cent more is not.
    expect(compareUnits(100, 0, 101, 0, 1)).toBe("rounding");
    expect(compareUnits(10000, 2, 10101, 2, 1)).toBe("wrong");
    // Below a cent only Decimal's float-noise test may judge.
    expect(compareUnits(1000, 3, 1001, 3, 1)).toBeUndefined();
    // An overflowing gap is not judged in integers.
    expect(compareUnits(TWO_53 - 1, 0, -(TWO_53 - 1), 0, 1)).toBeUndefined();
  });

  it("ExactSum gives up rather than round past 2^53", () => {
    const s = new ExactSum();
    s.add(TWO_53 - 1, 0, 1);
    s.add(1, 0, 1);
    expect(s.exact).toBe(false);
    const t = new ExactSum();
    t.add(5, 0, 1);
    t.add(25, 1, -1);
    expect([t.exact, t.units, t.scale]).toEqual([true, 25, 1]);
  });

  it("an equation over cells judges and solves as the Decimal equation does", () => {
    fc.assert(
      fc.property(
        figure,
        fc.array(fc.tuple(figure, fc.constantFrom(1, -1, 2)), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 0, 0.5),
        (targetValue, partSpecs, tolerance) => {
          const target = cell(targetValue, 0);
          if (target.parsed.kind !== "number") return;
          const parts = partSpecs.map(([v], i) => cell(v, i + 1));
          const signs = partSpecs.map(([, s]) => s);
          const fast = cellsEquation({ rule: "sum", sheet: "S", target, partsSheet: "S", parts, signs, tolerance });
          const slow = linearEquation({
            rule: "sum",
            target: { ref: { sheet: "S", cell: target.cell }, value: target.parsed.value },
            terms: parts.map((p, i) => ({ ref: { sheet: "S", cell: p.cell }, coefficient: new Decimal(signs[i]), value: p.parsed.kind === "number" ? p.parsed.value : null })),
            tolerance,
          });
          expect(fast.evaluate()).toBe(slow.evaluate());
          expect(fast.cells).toEqual(slow.cells);
          const last = parts[parts.length - 1];
          const ref = { sheet: "S", cell: last.cell };
          expect(String(fast.solveFor(ref))).toBe(String(slow.solveFor(ref)));
          const what = new Map([[`S!${last.cell}`, new Decimal(7)]]);
          expect(fast.evaluate(what)).toBe(slow.evaluate(what));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("compareShownUnits answers as compareShown or not at all", () => {
  const dec = (u: number, s: number) => new Decimal(u).div(new Decimal(10).pow(s));
  const units = (max: number) => fc.tuple(fc.integer({ min: -max, max }), fc.integer({ min: 0, max: 4 }));

  it("on any figures, tolerances and shown decimals", () => {
    fc.assert(
      fc.property(
        units(2_000_000_000),
        units(2_000_000_000),
        units(2_000_000_000).filter(([u]) => u !== 0),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom<[number, number]>([1, 1], [1, 0], [0, 0], [5, 2]),
        (shown, num, den, places, extra) => {
          const got = compareShownUnits(shown[0], shown[1], num[0], num[1], den[0], den[1], places, extra[0], extra[1]);
          if (got === undefined) return;
          expect(got).toBe(compareShown(dec(...shown), dec(...num).div(dec(...den)), places, dec(...extra)).verdict);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("near the shown value, where every verdict occurs", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom<[number, number]>([1, 1], [1, 0], [0, 0], [5, 2]),
        (s, d, delta, places, extra) => {
          // numerator at scale places + 2: the shown value times d, the quotient moved by delta
          // hundredths of a shown unit (half a unit is 50).
          const n = s * d * 100 + delta * d;
          const got = compareShownUnits(s, places, n, places + 2, d, 0, places, extra[0], extra[1]);
          if (got === undefined) return;
          seen.add(got);
          expect(got).toBe(compareShown(dec(s, places), dec(n, places + 2).div(d), places, dec(...extra)).verdict);
        },
      ),
      { numRuns: 3000 },
    );
    expect([...seen].sort()).toEqual(["ok", "rounding", "wrong"]);
  });

  // A change % shown 8,1 for 8,05 … 8,15 is right, up to 0,1 more is rounding, beyond wrong: the
  // edges where an off-by-one in the scales would show, on old = 1 000 and new = 1 080,5 … 1 081,6.
  it("at the edges of half a unit and of the tolerance", () => {
    for (const [newCents, want] of [[108050, "ok"], [108150, "ok"], [108151, "rounding"], [107950, "rounding"], [107949, "wrong"], [108250, "rounding"], [108251, "wrong"]] as const) {
      // numerator (new − old) × 100 at scale 2, denominator old = 1 000.
      const got = compareShownUnits(81, 1, (newCents - 100000) * 100, 2, 1000, 0, 1, 1, 1);
      expect([newCents, got]).toEqual([newCents, want]);
      expect(compareShown(new Decimal("8.1"), dec((newCents - 100000) * 100, 2).div(1000), 1, "0.1").verdict).toBe(want);
    }
  });

  it("leaves a gap a double's noise may explain to Decimal", () => {
    expect(compareShownUnits(1, 3, 1, 3, 1, 0, 3, 1, 1)).toBe("ok");
    expect(compareShownUnits(1000, 3, 1004, 3, 1, 0, 3, 1, 1)).toBeUndefined();
    expect(compareShownUnits(1000, 3, 1006, 3, 1, 0, 3, 1, 1)).toBe("rounding");
  });
});
