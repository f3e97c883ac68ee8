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

  it("a digit dropped or added: 123 for 1 234, 1,25 for 12,5, 12 345 for 1 234", () => {
    expect(tenfold(d(123), d(1234))?.id).toBe("divided-by-ten");
    expect(tenfold(d(1.25), d(12.5))?.id).toBe("divided-by-ten");
    expect(tenfold(d(12345), d(1234))?.id).toBe("times-ten");
  });

  it("a figure of one or two digits is no evidence of a digit too many or too few (Leppävirta 0,1 with 1,3)", () => {
    expect(tenfold(d(0.1), d(1.3))).toBeNull();
    expect(tenfold(d(0.2), d(1.2))).toBeNull();
    expect(tenfold(d(0.46), d(4.6))).toBeNull();
    expect(tenfold(d(46), d(460))).toBeNull();
    // Three digits carry it.
    expect(tenfold(d(0.464), d(4.64))?.id).toBe("divided-by-ten");
    expect(tenfold(d(460), d(46))?.id).toBe("times-ten");
  });

  it("the window is the figure's own last decimal, measured against the value the equation needs", () => {
    // 0,464 is a tenth of 4,64, but the total asks 4,704 of it: 0,064 off where 0,01 is the window.
    expect(tenfold(d(0.464), d(4.704))).toBeNull();
    expect(tenfold(d(0.464), d(4.649))?.id).toBe("divided-by-ten");
    // A whole-euro figure allows what its dropped digit held, even where the value needed has cents.
    expect(tenfold(d(123), d(1239.5))?.id).toBe("divided-by-ten");
    expect(tenfold(d(123), d(1240.5))).toBeNull();
    // 1 200 typed for 120 where the rest of the sum, rounded, asks 121: still ten units at most.
    expect(tenfold(d(1200), d(121))?.id).toBe("times-ten");
    expect(tenfold(d(1200), d(122))).toBeNull();
  });

  it("a value tried because it is tenfold shows the pattern only when it is what the equation needs", () => {
    expect(slipOf(d(0.464), d(4.64), [], d(4.704))).toBeNull();
    expect(slipOf(d(0.464), d(4.64), [], d(4.64))?.id).toBe("divided-by-ten");
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
