import fc from "fast-check";
import Decimal from "decimal.js";
import "../../../src/core/compare/tolerance";
import { quotientToPrecision } from "../../../src/core/compare/roundedQuotient";
import { digitsOf } from "../../../src/core/compare/shownDigits";

/**
 * The quotients a year's consensus names (the populations or totals a figure allows, the agreed
 * one, a figure's exact €/asukas at it) are printed in findings to the last of Decimal's 80
 * digits: worked out in BigInt they must be decimal.js's own, digit for digit.
 */

const safe = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));
const nonZero = safe.filter((d) => d !== 0);

/** n / d of whole numbers as the engine asks for it; null where decimal.js is left to answer. */
function wholeQuotient(n: number, d: number): string | null {
  return quotientToPrecision({ units: BigInt(n), scale: 0 }, { units: BigInt(d), scale: 0 })?.toFixed() ?? null;
}

describe("a quotient of whole numbers rounded as decimal.js divides", () => {
  it("is new Decimal(n).div(d) to the last digit, for safe integers of either sign", () => {
    expect(Decimal.precision).toBe(80);
    fc.assert(
      fc.property(safe, nonZero, (n, d) => {
        expect(wholeQuotient(n, d)).toBe(n === 0 ? null : new Decimal(n).div(d).toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds half away from zero, carries into a new digit, and leaves exact quotients exact", () => {
    const cases: [number, number][] = [
      [2, 3],
      [-2, 3],
      [1, 6],
      [5, 8],
      [-7, 16],
      [1, 1],
      [100, 4],
      [Number.MAX_SAFE_INTEGER, 3],
      [1, Number.MAX_SAFE_INTEGER],
      [999_999_999_999_999, 1_000_000_000_000_000 - 1],
      // 453 438 999 999 999 / 453 439 lies just under 10^9, and the doubles’ quotient rounds up to it.
      [453_438_999_999_999, 453_439],
      [-453_438_999_999_999, 453_439],
      [453_439, 453_438_999_999_999],
    ];
    for (const [n, d] of cases) expect([n, d, wholeQuotient(n, d)]).toEqual([n, d, new Decimal(n).div(d).toFixed()]);
    // decimal.js's signed zero (0 / −7 is −0): a zero numerator is left to it.
    expect(wholeQuotient(0, 7)).toBeNull();
    expect(wholeQuotient(0, -7)).toBeNull();
  });

  it("is Decimal's division of a figure by an 80-digit quotient (a population agreed among areas)", () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 6 }), nonZero, nonZero, (k, places, pn, pd) => {
        const kate = new Decimal(k).div(10 ** places);
        const population = new Decimal(pn).div(pd);
        const q = quotientToPrecision(digitsOf(kate)!, digitsOf(population)!);
        if (k === 0) return expect(q).toBeNull();
        expect(q?.toFixed()).toBe(kate.div(population).toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it("breaks ties at the last digit away from zero, as decimal.js does at any precision", () => {
    const before = Decimal.precision;
    try {
      for (const precision of [1, 2, 3, 5, 20]) {
        Decimal.set({ precision });
        for (const [n, d] of [[1, 32], [-1, 32], [5, 8], [-5, 8], [25, 2], [-45, 4], [999_995, 1000], [1, 3]]) {
          expect([precision, n, d, wholeQuotient(n, d)]).toEqual([precision, n, d, new Decimal(n).div(d).toFixed()]);
        }
      }
    } finally {
      Decimal.set({ precision: before });
    }
  });

  it("leaves another rounding mode to decimal.js", () => {
    const before = Decimal.rounding;
    try {
      Decimal.set({ rounding: Decimal.ROUND_DOWN });
      expect(wholeQuotient(2, 3)).toBeNull();
    } finally {
      Decimal.set({ rounding: before });
    }
  });
});
