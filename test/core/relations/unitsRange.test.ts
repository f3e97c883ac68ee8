import fc from "fast-check";
import Decimal from "decimal.js";
import { UnitsRange } from "../../../src/core/relations/unitsRange";

/**
 * The repair search tests a value against an equation's range in units, not in Decimal: a value
 * outside must be ruled out and one inside kept exactly as comparing Decimals does, ends
 * included, for values of any precision (beyond the units too) and either sign of zero.
 */
const units = fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.maxSafeInteger(), fc.constant(0));
const scale = fc.integer({ min: 0, max: 15 });
const value = fc.oneof(
  fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 4 })).map(([u, s]) => new Decimal(u).div(10 ** s)),
  fc.constantFrom("-0", "1e-20", "9007199254740993", "-123.4567890123456789").map((t) => new Decimal(t)),
);

describe("a range in units", () => {
  it("rules out exactly the values outside its ends, as Decimal compares them", () => {
    fc.assert(
      fc.property(units, scale, units, scale, value, (a, as, b, bs, v) => {
        const r = new UnitsRange(a, as, b, bs);
        const low = new Decimal(a).div(new Decimal(10).pow(as));
        const high = new Decimal(b).div(new Decimal(10).pow(bs));
        expect(r.excludes(v)).toBe(v.lt(low) || v.gt(high));
        expect(r.low.eq(low) && r.high.eq(high)).toBe(true);
        expect(r.lowNumber()).toBe(low.toNumber());
      }),
      { numRuns: 2000 },
    );
  });
});
