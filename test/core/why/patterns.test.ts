import Decimal from "decimal.js";
import { copiedColumn, digitSlip, roundness, signFlip, slipOf, tenfold } from "../../../src/core/why/patterns";

const d = (v: number | string) => new Decimal(v);

describe("slips a figure may show", () => {
  it("one digit typed wrong: −359 806 where −359 816 belongs (Työllisyyspalvelut TP 2022)", () => {
    expect(digitSlip(d(-359806), d(-359816))).toEqual({ id: "one-digit", params: { wrongDigit: "0", rightDigit: "1" } });
  });

  it("two neighbouring digits swapped: 359 861 for 359 816", () => {
    expect(digitSlip(d(359861), d(359816))).toEqual({ id: "swapped-digits", params: { digits: "61", right: "16" } });
  });

  it("two digits apart or a different length is no digit slip", () => {
    expect(digitSlip(d(359806), d(358816))).toBeNull();
    expect(digitSlip(d(35980), d(359806))).toBeNull();
    expect(digitSlip(d(-5), d(5))).toBeNull();
  });

  it("a lost minus sign", () => {
    expect(signFlip(d(13900), d(-13900))?.id).toBe("sign-flipped");
    expect(signFlip(d(13900), d(-13901))).toBeNull();
  });

  it("a digit too many or too few, to the precision written", () => {
    expect(tenfold(d(-300100), d(-30010))?.id).toBe("times-ten");
    expect(tenfold(d(-3001), d(-30010))?.id).toBe("divided-by-ten");
    expect(tenfold(d(-3101), d(-30010))).toBeNull();
  });

  it("a year copied from the same row's neighbour", () => {
    const siblings = [
      { column: "TA 2024", value: d(615100) },
      { column: "KS 2024", value: d(615100) },
    ];
    expect(copiedColumn(d(615100), d(522000), siblings)).toEqual({ id: "copied-column", params: { column: "TA 2024" } });
    expect(copiedColumn(d(600000), d(522000), siblings)).toBeNull();
  });

  it("the strongest explanation wins: a sign flip is not read as a digit slip", () => {
    expect(slipOf(d(5), d(-5))?.id).toBe("sign-flipped");
  });

  it("roundness counts whole-number trailing zeros", () => {
    expect(roundness(d(-30000))).toBe(4);
    expect(roundness(d(-30010))).toBe(1);
    expect(roundness(d(0))).toBe(0);
    expect(roundness(d(12.5))).toBe(0);
  });
});
