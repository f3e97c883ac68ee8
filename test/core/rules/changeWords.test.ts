import fc from "fast-check";
import Decimal from "decimal.js";
import { ParsedNumber, decimalString } from "../../../src/core/numbers";
import { changePercent } from "../../../src/core/arithmetic/change";
import { compareShown } from "../../../src/core/compare/tolerance";
import { digitsText } from "../../../src/core/arithmetic/unitsText";
import { changePercentDigits } from "../../../src/core/rules/support/changeUnits";
import { shownWords } from "../../../src/core/rules/support/shownWords";
import { roundedQuotientDigits } from "../../../src/core/compare/roundedQuotient";

/** A figure as a sheet gives it: whole euros or cents, either sign. */
const figure = fc.record({ units: fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), decimals: fc.constantFrom(0, 0, 1, 2, 3) });

function parsed(f: { units: number; decimals: number }): ParsedNumber {
  return { kind: "number", value: new Decimal(f.units).div(new Decimal(10).pow(f.decimals)), decimals: f.decimals, units: f.units };
}

describe("a wrong Muutos % worded from exact digits", () => {
  it("names the change to the last of Decimal's 80 digits, as Decimal works it out", () => {
    fc.assert(
      fc.property(figure, figure, (n, o) => {
        const newP = parsed(n);
        const oldP = parsed(o);
        const digits = changePercentDigits(newP, oldP);
        if (o.units === 0) return expect(digits).toBeNull();
        if (!digits) return;
        expect(digitsText(digits.units, digits.scale)).toBe(decimalString(changePercent(newP.value, oldP.value) as Decimal));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the verdict, the rounded and exact figures and the gap that Decimal's comparison gives, where it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: -999_999, max: 999_999 }), fc.constantFrom(0, 1, 2, 3), fc.constantFrom(0, 1, 2), fc.constantFrom(0.1, 0.5, 1), (n, o, s, shownScale, places, extra) => {
        const exact = changePercentDigits(parsed(n), parsed(o));
        if (!exact) return;
        const words = shownWords({ units: BigInt(s), scale: shownScale }, exact, places, extra);
        if (!words) return;
        answered++;
        const shown = new Decimal(s).div(new Decimal(10).pow(shownScale));
        const exactD = changePercent(parsed(n).value, parsed(o).value) as Decimal;
        const res = compareShown(shown, exactD, places, extra);
        expect(words.verdict).toBe(res.verdict);
        expect(words.actual).toBe(decimalString(shown));
        expect(words.expected).toBe(decimalString(res.expected));
        expect(words.exact).toBe(decimalString(exactD));
        expect(words.difference).toBe(decimalString(shown.minus(res.expected)));
      }),
      { numRuns: 3000 },
    );
    // Most wrong percentages are answered from digits: the property is not vacuous.
    expect(answered).toBeGreaterThan(1000);
  });

  it("a €/asukas figure held against a given population: Decimal's verdict and figures, where it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(figure, fc.integer({ min: 1, max: 700_000 }), fc.integer({ min: -99_999, max: 99_999 }), fc.constantFrom(0, 1, 2), fc.constantFrom(0.5, 1), (kate, population, s, places, extra) => {
        const exact = roundedQuotientDigits({ units: BigInt(kate.units), scale: kate.decimals }, { units: BigInt(population), scale: 0 });
        if (!exact) return;
        const words = shownWords({ units: BigInt(s), scale: places }, exact, places, extra);
        if (!words) return;
        answered++;
        const shown = new Decimal(s).div(new Decimal(10).pow(places));
        const exactD = parsed(kate).value.div(population);
        const res = compareShown(shown, exactD, places, extra);
        expect([words.verdict, words.actual, words.expected, words.exact, words.difference]).toEqual([
          res.verdict,
          decimalString(shown),
          decimalString(res.expected),
          decimalString(exactD),
          decimalString(shown.minus(res.expected)),
        ]);
      }),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(500);
  });
});
