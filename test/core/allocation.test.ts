import Decimal from "decimal.js";
import fc from "fast-check";
import { AllocationKeysError, allocate, impliedTotal, roundedShareOf, shareOf, sumOf } from "../../src/core/arithmetic/allocation";
import { excelRound } from "../../src/core/arithmetic/rounding";
// Decimal at the engine's precision (80 digits), set where the engine sets it.
import "../../src/core/compare/tolerance";

const d = (v: Decimal.Value) => new Decimal(v);

describe("allocate", () => {
  it("splits Elinvoima's 2024 management cost by 65,7 / 5,5 / 28,8 %", () => {
    const parts = allocate(d(143000), [d("65.7"), d("5.5"), d("28.8")]);
    expect(parts.map((p) => p.toNumber())).toEqual([93951, 7865, 41184]);
  });

  it("gives the leftover euro to the largest remainder", () => {
    const parts = allocate(d(100), [d(1), d(1), d(1)].map((k) => k.mul(100).div(3)), 0, "0.0000001");
    expect(parts.map((p) => p.toNumber())).toEqual([34, 33, 33]);
  });

  it("keeps the sign of a cost", () => {
    expect(allocate(d(-10), [d(50), d(50)]).map((p) => p.toNumber())).toEqual([-5, -5]);
  });

  it("refuses keys that do not add up to 100 %", () => {
    expect(() => allocate(d(1000), [d(60), d(30)])).toThrow(AllocationKeysError);
  });

  it("always adds up to the total exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 2 }),
        (total, weights, decimals) => {
          const w = sumOf(weights.map((x) => d(x)));
          const keys = weights.map((x) => d(x).mul(100).div(w));
          const parts = allocate(d(total), keys, decimals, "1e-12");
          expect(sumOf(parts).eq(total)).toBe(true);
        },
      ),
    );
  });
});

describe("impliedTotal", () => {
  it("back-calculates the total from an area's share", () => {
    expect(impliedTotal(d(-93940), d("65.7"))?.toDecimalPlaces(0).toNumber()).toBe(-142983);
    expect(impliedTotal(d(1), d(0))).toBeNull();
  });

  // The total a share implies is shown to the user to its last digit (`alloc.total.agreeing`):
  // however it is divided, it is the quotient Decimal gives.
  it("is amount / key × 100 to the last of Decimal's digits, for keys with decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000_000_00, max: 50_000_000_00 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (amountCents, amountPlaces, keyUnits, keyPlaces) => {
          const amount = d(amountCents).div(10 ** amountPlaces);
          const key = d(keyUnits).div(10 ** keyPlaces);
          expect(impliedTotal(amount, key)?.toFixed()).toBe(amount.div(key).mul(100).toFixed());
        },
      ),
    );
  });
});

describe("sumOf", () => {
  // Every year's amount, key, expected and difference sums: the very Decimal that adding gives.
  it("is the Decimal sum, signs, zeros, cents and figures beyond 2^53 included", () => {
    const value = fc.oneof(
      fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => new Decimal(n)),
      fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 6 })).map(([n, p]) => new Decimal(n).div(10 ** p)),
      fc.constantFrom(new Decimal(0), new Decimal(-0), new Decimal("9007199254740993"), new Decimal("-0.1")),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (values) => {
        const sum = sumOf(values);
        const added = values.reduce((acc, v) => acc.plus(v), new Decimal(0));
        expect([sum.toFixed(), sum.isNegative()]).toEqual([added.toFixed(), added.isNegative()]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("roundedShareOf", () => {
  // Each area's expected amount when a year's keys miss 100 %: its own key's share, rounded as Excel rounds.
  it("is the share rounded half away from zero, as Decimal rounds it", () => {
    const total = fc.oneof(
      fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => new Decimal(n)),
      fc.tuple(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, p]) => new Decimal(n).div(10 ** p)),
    );
    const key = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 5 })).map(([n, p]) => new Decimal(n).div(10 ** p));
    fc.assert(
      fc.property(total, key, fc.integer({ min: 0, max: 4 }), (t, k, decimals) => {
        const expected = excelRound(shareOf(t, k), decimals);
        const share = roundedShareOf(t, k, decimals);
        expect([share.toFixed(), share.isNegative()]).toEqual([expected.toFixed(), expected.isNegative()]);
      }),
      { numRuns: 3000 },
    );
    // Exactly half a unit, either sign: away from zero.
    expect(roundedShareOf(new Decimal(-1), new Decimal(50), 0).toFixed()).toBe("-1");
    expect(roundedShareOf(new Decimal(3), new Decimal(50), 0).toFixed()).toBe("2");
  });
});
