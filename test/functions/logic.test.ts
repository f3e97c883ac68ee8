import fc from "fast-check";
import Decimal from "decimal.js";
import {
  calcAllocate,
  calcChange,
  calcChangePercent,
  calcImpliedTotal,
  calcPerResident,
  calcShare,
  calcSumDiff,
} from "../../src/functions/logic";
import { FunctionError } from "../../src/functions/errors";

/** The FunctionError a call throws (fails the test when it does not throw one). */
function errorOf(call: () => unknown): FunctionError {
  try {
    call();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("expected a FunctionError");
}

describe("PERRESIDENT", () => {
  it("gives the document's €/asukas: toimintakate -1 871 150 at 7008 residents is -267", () => {
    expect(calcPerResident(-1871150, 7008, 0)).toBe(-267);
    expect(calcPerResident(-1871150, 7008, 1)).toBe(-267);
    expect(calcPerResident(-1871150, 7008, 2)).toBe(-267);
    expect(calcPerResident(-1871150, 7008, null)).toBeCloseTo(-267.0020, 4);
  });

  it("reads Finnish text numbers, with no-break spaces and a Unicode minus", () => {
    expect(calcPerResident("-1 871 150", "7 008", 0)).toBe(-267);
    expect(calcPerResident("\u22121\u00a0871\u00a0150", 7008, "0")).toBe(-267);
    expect(calcPerResident("1 234,5", 10, null)).toBe(123.45);
  });

  it("rounds half away from zero like Excel's ROUND, also to tens", () => {
    expect(calcPerResident(25, 10, 0)).toBe(3);
    expect(calcPerResident(-25, 10, 0)).toBe(-3);
    expect(calcPerResident(12345, 1, -2)).toBe(12300);
    // ROUND truncates a fractional digit count toward zero.
    expect(calcPerResident(10, 3, 1.9)).toBe(3.3);
  });

  it("treats an omitted optional argument (null or undefined) as no rounding", () => {
    expect(calcPerResident(10, 4, null)).toBe(2.5);
    expect(calcPerResident(10, 4, undefined)).toBe(2.5);
    expect(calcPerResident(10, 4, "")).toBe(2.5);
  });

  it("gives #DIV/0! for 0 residents and #VALUE! with a message for a negative population", () => {
    expect(errorOf(() => calcPerResident(100, 0, null)).code).toBe("#DIV/0!");
    const negative = errorOf(() => calcPerResident(100, -5, null));
    expect(negative.code).toBe("#VALUE!");
    expect(negative.key).toBe("fn.populationNegative");
  });

  it("rejects text that is not a number, booleans, markers, empty and ranges with #VALUE!", () => {
    expect(errorOf(() => calcPerResident("abc", 7008, null))).toMatchObject({ code: "#VALUE!", key: "fn.notNumber", params: { arg: "amount", text: "abc" } });
    expect(errorOf(() => calcPerResident(true, 7008, null))).toMatchObject({ code: "#VALUE!", key: "fn.boolean" });
    expect(errorOf(() => calcPerResident("sis. joht.", 7008, null))).toMatchObject({ code: "#VALUE!", key: "fn.marker" });
    expect(errorOf(() => calcPerResident(null, 7008, null))).toMatchObject({ code: "#VALUE!", key: "fn.empty", params: { arg: "amount" } });
    expect(errorOf(() => calcPerResident(100, "   ", null))).toMatchObject({ key: "fn.empty", params: { arg: "population" } });
    expect(errorOf(() => calcPerResident([[1], [2]], 7008, null))).toMatchObject({ key: "fn.notScalar" });
    expect(calcPerResident([[70080]], 7008, null)).toBe(10);
  });

  it("rejects decimals outside -15…15", () => {
    expect(errorOf(() => calcPerResident(1, 1, 16))).toMatchObject({ code: "#VALUE!", key: "fn.decimals" });
    expect(errorOf(() => calcPerResident(1, 1, "kaksi"))).toMatchObject({ key: "fn.notNumber", params: { arg: "decimals" } });
  });
});

describe("CHANGE and CHANGEPCT", () => {
  it("give the määrärahat change of Asuminen ja ympäristö: MENOT -2 759 200 → -2 983 250", () => {
    expect(calcChange(-2983250, -2759200)).toBe(-224050);
    expect(calcChangePercent(-2983250, -2759200, 1)).toBe(8.1);
    expect(calcChangePercent("-1 871 150", "-1 720 000", 1)).toBe(8.8);
    expect(calcChangePercent(1112100, 1039200, 1)).toBe(7);
  });

  it("keep full precision without decimals", () => {
    expect(calcChangePercent(3, 2, null)).toBe(50);
    expect(calcChangePercent(1, 3, null)).toBeCloseTo(-66.6666667, 6);
  });

  it("give #DIV/0! for a change % from 0, but a change € from 0 is fine", () => {
    expect(errorOf(() => calcChangePercent(100, 0, null)).code).toBe("#DIV/0!");
    expect(errorOf(() => calcChangePercent(100, "0,0", 1)).code).toBe("#DIV/0!");
    expect(calcChange(100, 0)).toBe(100);
  });

  it("reject garbage in either argument and name the argument", () => {
    expect(errorOf(() => calcChange("x1", 5))).toMatchObject({ code: "#VALUE!", params: { arg: "newValue" } });
    expect(errorOf(() => calcChangePercent(5, "12,3,4", null))).toMatchObject({ code: "#VALUE!", params: { arg: "oldValue" } });
  });
});

describe("SHARE and IMPLIEDTOTAL", () => {
  it("share 143 000 € by the 2024 keys", () => {
    expect(calcShare(143000, 65.7, 0)).toBe(93951);
    expect(calcShare(143000, "5,5", null)).toBe(7865);
    expect(calcShare("143 000", "28,8 %", 2)).toBe(41184);
  });

  it("back-calculate the total an allocated amount implies", () => {
    expect(calcImpliedTotal(-93940, 65.7, 0)).toBe(-142983);
    expect(calcImpliedTotal("-7 870", "5,5", 0)).toBe(-143091);
    expect(calcImpliedTotal(-41180, 28.8, 0)).toBe(-142986);
    expect(calcImpliedTotal(50, 50, null)).toBe(100);
  });

  it("give #DIV/0! for a 0 % key and #VALUE! for a negative key", () => {
    expect(errorOf(() => calcImpliedTotal(-93940, 0, null)).code).toBe("#DIV/0!");
    expect(errorOf(() => calcImpliedTotal(-93940, -1, null))).toMatchObject({ code: "#VALUE!", key: "fn.keyNegative" });
    expect(errorOf(() => calcShare(100, -1, null))).toMatchObject({ code: "#VALUE!", key: "fn.keyNegative" });
    expect(calcShare(100, 0, null)).toBe(0);
  });
});

describe("ALLOCATE", () => {
  it("splits the 2024 management cost 143 000 € as 93 951 / 7 865 / 41 184, spilled as a column", () => {
    expect(calcAllocate(143000, [[65.7], [5.5], [28.8]], null)).toEqual([[93951], [7865], [41184]]);
  });

  it("keeps the sign of a cost and accepts Finnish text keys", () => {
    expect(calcAllocate("-143 000", [["65,7"], ["5,5 %"], ["28,8"]], null)).toEqual([[-93951], [-7865], [-41184]]);
  });

  it("returns the keys' shape: a row of keys gives a row of parts", () => {
    expect(calcAllocate(100, [[50, 25, 25]], null)).toEqual([[50, 25, 25]]);
    expect(calcAllocate(100, 100, null)).toEqual([[100]]);
  });

  it("allocates to decimals and gives the remainder to the largest fractions", () => {
    expect(calcAllocate(100, [[33.3], [33.3], [33.4]], 2)).toEqual([[33.3], [33.3], [33.4]]);
    expect(calcAllocate(10, [[33.3], [33.3], [33.4]], 0)).toEqual([[3], [3], [4]]);
    // The last key's share is a hair larger, so the spare cent goes there.
    expect(calcAllocate(100, [["33,3333333333"], ["33,3333333333"], ["33,3333333334"]], 2)).toEqual([[33.33], [33.33], [33.34]]);
    // An exact tie goes to the earlier key, so the result does not depend on chance.
    expect(calcAllocate("0,01", [[50], [50]], 2)).toEqual([[0.01], [0]]);
  });

  it("refuses keys that add up to 99,9 % with a message giving the sum", () => {
    const e = errorOf(() => calcAllocate(143000, [[65.7], [5.5], [28.7]], null));
    expect(e).toMatchObject({ code: "#VALUE!", key: "fn.keysSum", params: { sum: "99.9" } });
    expect(errorOf(() => calcAllocate(143000, [[65.7], [5.5], [28.9]], null)).params.sum).toBe("100.1");
  });

  it("refuses empty, text, negative keys and an empty range", () => {
    expect(errorOf(() => calcAllocate(100, [[50], [null], [50]], null))).toMatchObject({ key: "fn.keyEmpty", params: { index: 2 } });
    expect(errorOf(() => calcAllocate(100, [[50], ["puolet"]], null))).toMatchObject({ key: "fn.keyNotNumber", params: { index: 2, text: "puolet" } });
    expect(errorOf(() => calcAllocate(100, [[150], [-50]], null))).toMatchObject({ key: "fn.keyNegative" });
    expect(errorOf(() => calcAllocate(100, [], null))).toMatchObject({ key: "fn.keysNone" });
    expect(errorOf(() => calcAllocate("sata", [[100]], null))).toMatchObject({ key: "fn.notNumber", params: { arg: "total" } });
  });

  it("always gives parts that add up to the total rounded to the decimals (property)", () => {
    const keysArb = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
      .filter((ws) => ws.some((w) => w > 0))
      .map((ws) => {
        // Keys in tenths of a percent that add up to exactly 100,0 %.
        const sum = ws.reduce((a, b) => a + b, 0);
        const tenths = ws.map((w) => Math.floor((w * 1000) / sum));
        tenths[0] += 1000 - tenths.reduce((a, b) => a + b, 0);
        return tenths.map((t) => new Decimal(t).div(10).toNumber());
      });
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 3 }),
        keysArb,
        (cents, totalDecimals, decimals, keys) => {
          const total = new Decimal(cents).div(new Decimal(10).pow(totalDecimals));
          const parts = calcAllocate(total.toNumber(), keys.map((k) => [k]), decimals).map((r) => r[0]);
          const sum = parts.reduce((acc, p) => acc.plus(p), new Decimal(0));
          const target = total.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          expect(sum.toFixed()).toBe(target.toFixed());
          // Each part is within one unit of its exact share.
          const u = new Decimal(10).pow(-decimals);
          parts.forEach((p, i) => expect(new Decimal(p).minus(target.mul(keys[i]).div(100)).abs().lte(u)).toBe(true));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("SUMDIFF", () => {
  it("is 0 when the items add up to the total (TOIMINTATUOTOT TA 2024 of Asuminen ja ympäristö)", () => {
    expect(calcSumDiff(1112100, [[615100], [62000], [0], [435000], [0]])).toBe(0);
  });

  it("shows the gap when they do not, Finnish texts included", () => {
    expect(calcSumDiff("1 076 109", [["426 941"], ["85 785"], ["120"], ["474 014"], ["89 248"]])).toBe(1);
  });

  it("skips empty cells and markers, refuses other text naming the item", () => {
    expect(calcSumDiff(-12100, [["sis. joht."], [null], [""], [-12100]])).toBe(0);
    expect(errorOf(() => calcSumDiff(100, [[50], ["viisikymmentä"]]))).toMatchObject({ code: "#VALUE!", key: "fn.itemNotNumber", params: { index: 2 } });
    expect(errorOf(() => calcSumDiff(100, [[50], [true]]))).toMatchObject({ key: "fn.itemNotNumber" });
  });

  it("is the total itself for an empty range", () => {
    expect(calcSumDiff(100, [[null]])).toBe(100);
  });
});
