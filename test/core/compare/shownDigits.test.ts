import fc from "fast-check";
import Decimal from "decimal.js";
import { compareShown } from "../../../src/core/compare/tolerance";
import { compareShownDigits, digitsOf } from "../../../src/core/compare/shownDigits";
import { unitsOf } from "../../../src/core/relations/exactValues";

/**
 * A €/asukas figure held against a population agreed among areas: that population is a quotient
 * of 80 digits, and the verdict told in exact integers must be the one `compareShown` gives on
 * Decimal's 80-digit quotient, also where the figure lies on a bound (the population was worked
 * out from this very figure, ± half a unit), where Decimal's rounding decides.
 */

const halfUp = (v: Decimal, places: number) => v.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);

/** The verdict both ways; the integer one may only decline (undefined) where the Decimal one is taken. */
function both(shown: Decimal, kate: Decimal, population: Decimal, places: number, extra: Decimal) {
  const s = unitsOf(shown);
  const k = unitsOf(kate);
  const e = unitsOf(extra);
  const p = digitsOf(population);
  if (!s || !k || !e || !p || population.isZero()) throw new Error("test figures out of range");
  const digits = compareShownDigits(s.units, s.scale, { units: BigInt(k.units), scale: k.scale }, p, places, e.units, e.scale);
  const decimal = compareShown(shown, kate.div(population), places, extra).verdict;
  return { digits, decimal };
}

describe("a shown figure against a quotient by a long divisor, in exact integers", () => {
  it("gives Decimal's verdict near and far from the figure the population was agreed from", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000_000, max: 50_000_000 }).filter((k) => k !== 0),
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom(-1, 1),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("1", "0", "0.5", "0.01"),
        (agreedKate, residents, side, nudge, places, extraText) => {
          const kate = new Decimal(agreedKate);
          const extra = new Decimal(extraText);
          // The agreed population: one area's toimintakate over its shown figure ± half a unit.
          const shown0 = halfUp(kate.div(residents), places);
          const bound = shown0.plus(new Decimal(side).mul(new Decimal(10).pow(-places).div(2)));
          if (bound.isZero()) return;
          const population = kate.div(bound);
          // That same figure (on its bound), figures a few units off it, and other areas' amounts.
          const unit = new Decimal(10).pow(-places);
          const cases = [
            [kate, shown0],
            [kate, shown0.plus(unit.mul(nudge))],
            [kate.plus(nudge * 1000 + 1), shown0],
            [kate.mul(3).plus(7), halfUp(kate.mul(3).plus(7).div(population), places).plus(unit.mul(Math.sign(nudge)))],
          ] as const;
          cases.forEach(([k, s], i) => {
            const { digits, decimal } = both(s, k, population, places, extra);
            if (digits !== undefined) expect(digits).toBe(decimal);
            // Another area's figure is off its bound: told without Decimal (but for a gap under a cent).
            if (i >= 2 && places < 2) {
              runs++;
              if (digits !== undefined) answered++;
            }
          });
        },
      ),
      { numRuns: 1500 },
    );
    expect(answered / runs).toBeGreaterThan(0.95);
  });

  it("declines a gap on a bound of Decimal's own rounding, and tells one a unit away", () => {
    const kate = new Decimal(-2074784);
    // The population at which -297,0 lies exactly half a unit (0,05) from the quotient.
    const population = kate.div(new Decimal("-297.05"));
    expect(digitsOf(population)?.units.toString().length).toBeGreaterThan(70);
    const k = { units: -2074784n, scale: 0 };
    const p = digitsOf(population)!;
    expect(compareShownDigits(-2970, 1, k, p, 1, 1, 0)).toBeUndefined();
    expect(compareShownDigits(-29705, 2, k, p, 2, 1, 0)).toBe("ok");
    expect(compareShownDigits(-2970, 1, k, p, 2, 1, 0)).toBe("rounding");
    expect(compareShownDigits(-2970, 1, k, p, 2, 0, 0)).toBe("wrong");
    // Beyond half a unit but under a cent: float noise, which Decimal judges.
    expect(compareShownDigits(-297057, 3, k, p, 3, 1, 0)).toBeUndefined();
  });

  it("reads a Decimal's exact digits", () => {
    for (const text of ["0", "-0", "12345678901234567890.000123", "-7008", "1e25", "1e-30", "-0.5"]) {
      const d = digitsOf(new Decimal(text))!;
      expect(new Decimal(d.units.toString()).div(new Decimal(10).pow(d.scale)).eq(new Decimal(text))).toBe(true);
    }
    expect(digitsOf(new Decimal(NaN))).toBeNull();
  });
});
