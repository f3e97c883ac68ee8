import Decimal from "decimal.js";
import fc from "fast-check";
import { compareShown, shownWithinHalf } from "../../../src/core/compare/tolerance";
import { halfUnit } from "../../../src/core/arithmetic/rounding";

const d = (v: Decimal.Value) => new Decimal(v);

/** The division it replaces: the 80-digit quotient against the shown figure. */
function byDivision(shown: Decimal, numerator: Decimal, denominator: Decimal, decimals: number): boolean {
  return shown.minus(numerator.div(denominator)).abs().lte(halfUnit(Math.max(0, Math.min(decimals, 10))));
}

describe("shownWithinHalf", () => {
  it("tells a right €/asukas figure and a change % without dividing", () => {
    // -4 812 345 € / 7 008 residents = -686,69... €/asukas.
    expect(shownWithinHalf(d(-687), d(-4812345), d(7008), 0)).toBe(true);
    expect(shownWithinHalf(d(-686), d(-4812345), d(7008), 0)).toBe(false);
    // (1 050 / 1 000 − 1) × 100 = 5,0 %: numerator (new − old) × 100, denominator old.
    expect(shownWithinHalf(d("5.0"), d(5000), d(1000), 1)).toBe(true);
    expect(shownWithinHalf(d("5.1"), d(5000), d(1000), 1)).toBe(false);
  });

  it("counts a figure exactly half a unit off as right, one step further as not", () => {
    // 25 / 2 = 12,5: 12 and 13 are both within half a unit, 11,99 and 13,01 are not.
    expect(shownWithinHalf(d(12), d(25), d(2), 0)).toBe(true);
    expect(shownWithinHalf(d(13), d(25), d(2), 0)).toBe(true);
    expect(shownWithinHalf(d("11.99"), d(25), d(2), 0)).toBe(false);
    expect(shownWithinHalf(d("13.01"), d(25), d(2), 0)).toBe(false);
    // A negative denominator (a base year of costs) measures the same half unit.
    expect(shownWithinHalf(d("-12.5"), d(-25), d(-2), 0)).toBe(false);
    expect(shownWithinHalf(d("12.5"), d(-25), d(-2), 0)).toBe(true);
  });

  it("agrees with the 80-digit quotient on every figure, at and beside the half-unit boundary", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: -2_000_000, max: 2_000_000 }).filter((x) => x !== 0),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -2, max: 2 }),
        fc.boolean(),
        (num, den, decimals, step, boundary) => {
          const numerator = d(num).div(100);
          const denominator = d(den);
          const unit = d(10).pow(-decimals);
          const exact = numerator.div(denominator);
          // Either the rounded figure moved by whole units, or a figure exactly half a unit (±1 unit) away.
          const shown = boundary
            ? exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).plus(unit.div(2)).plus(unit.mul(step))
            : exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).plus(unit.mul(step));
          const fast = shownWithinHalf(shown, numerator, denominator, decimals);
          expect(fast).toBe(byDivision(shown, numerator, denominator, decimals));
          // Plainly right is right for compareShown too.
          if (fast) expect(compareShown(shown, exact, decimals, 0).verdict).toBe("ok");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees with the quotient when the figure sits exactly on the boundary", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(-1, 0, 1), (q, den, decimals, off) => {
        // numerator chosen so that numerator / den = shown ± half a unit exactly (then nudged by a hundredth of a unit).
        const unit = d(10).pow(-decimals);
        const shown = d(q).mul(unit);
        const target = shown.plus(unit.div(2)).plus(unit.div(100).mul(off));
        const numerator = target.mul(den);
        expect(shownWithinHalf(shown, numerator, d(den), decimals)).toBe(off <= 0);
        expect(shownWithinHalf(shown, numerator, d(den), decimals)).toBe(byDivision(shown, numerator, d(den), decimals));
      }),
    );
  });
});
