import Decimal from "decimal.js";
import { compareDecimals, sameDecimal } from "../../../src/core/compare/decimalOrder";

// Values a repair compares: figures with and without decimals, either sign, zeros of both signs,
// neighbours in the last digit, and values spanning several of decimal.js's 7-digit limbs.
const VALUES = [
  "0", "-0", "1", "-1", "0.5", "-0.5", "10", "9.9999999", "10.0000001", "1234567", "12345678", "12345678.9",
  "-12345678.9", "12345679", "1e-7", "1e21", "-1e21", "203310", "203300", "30010", "-79860", "-79859.5",
  "0.0000001", "99999999999999.99", "100000000000000", "Infinity", "-Infinity",
].map((v) => new Decimal(v));

describe("comparing Decimals without copying them", () => {
  it("orders every pair as decimal.js does", () => {
    for (const a of VALUES) for (const b of VALUES) expect([a.toString(), b.toString(), compareDecimals(a, b)]).toEqual([a.toString(), b.toString(), a.cmp(b)]);
  });

  it("tells equal values equal whatever their written form", () => {
    expect(sameDecimal(new Decimal("1.50"), new Decimal("1.5"))).toBe(true);
    expect(sameDecimal(new Decimal("-0"), new Decimal("0"))).toBe(true);
    expect(sameDecimal(new Decimal("30010"), new Decimal("30000"))).toBe(false);
  });

  it("finds NaN comparable to nothing", () => {
    expect(compareDecimals(new Decimal(NaN), new Decimal(1))).toBeNaN();
  });
});
