import Decimal from "decimal.js";
import { Figure } from "../../../src/core/why/figures";
import { slipUndone } from "../../../src/core/why/slips";
import { ValueRange } from "../../../src/core/relations/equation";
import { seeded } from "./campaign";

/**
 * The values tried beside a repair's exact solution are measured in doubles before any Decimal is
 * made. Whatever the figures, the values that reach a trial (within 5 % of the solution) must be
 * exactly those an all-Decimal reading gives, in the same order: otherwise a cause could be missed
 * or named differently on a large workbook, where the fast path matters.
 */

// The reference: every slip undone in Decimals, the nearest digit variant by exact distance
// (ties to the lower digit), then the 5 % test the analysis applies.
function reference(figure: Pick<Figure, "unit" | "siblings">, actual: Decimal, solved: Decimal): Decimal[] {
  const out = [actual.neg(), actual.mul(10), actual.div(10).toDecimalPlaces(actual.decimalPlaces(), Decimal.ROUND_HALF_UP)];
  for (const s of figure.siblings) if (s.cell.parsed.kind === "number") out.push(s.cell.parsed.value);
  if (figure.unit === "euro") {
    const d = actual.decimalPlaces();
    const digits = actual.abs().toFixed(d).replace(".", "");
    const make = (s: string) => new Decimal(s).div(new Decimal(10).pow(d)).mul(actual.isNegative() ? -1 : 1);
    for (let i = 0; i < digits.length; i++) {
      let best: Decimal | null = null;
      for (let k = 0; k <= 9; k++) {
        if (String(k) === digits[i]) continue;
        const v = make(digits.slice(0, i) + k + digits.slice(i + 1));
        if (!best || v.minus(solved).abs().lt(best.minus(solved).abs())) best = v;
      }
      if (best) out.push(best);
      if (i + 1 < digits.length && digits[i] !== digits[i + 1]) out.push(make(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
    }
  }
  const near = solved.abs().mul(0.05).plus(1);
  return out.filter((v) => v.minus(solved).abs().lte(near));
}

function tried(figure: Pick<Figure, "unit" | "siblings">, actual: Decimal, solved: Decimal, within: ValueRange | null = null): Decimal[] {
  const near = solved.abs().mul(0.05).plus(1);
  const r = slipUndone(figure as Figure, actual, solved, within);
  r.values.forEach((v, i) => {
    // A value said to be surely near must be near.
    if (r.surelyNear[i]) expect(v.minus(solved).abs().lt(near)).toBe(true);
  });
  // A value outside the range is one the analysis drops: only those inside must all be there.
  return r.values.filter((v, i) => (r.surelyNear[i] || v.minus(solved).abs().lte(near)) && (!within || (v.gte(within.low) && v.lte(within.high))));
}

const cellOf = (value: Decimal) => ({ cell: "B1", row: 0, col: 1, value, parsed: { kind: "number" as const, value, decimals: value.decimalPlaces() } });

describe("slip values tried beside a solution", () => {
  it("a range the equation may hold in leaves out the slips outside it", () => {
    const figure = { unit: "euro" as const, siblings: [] };
    const actual = new Decimal(359806);
    const solved = new Decimal(359816);
    expect(tried(figure, actual, solved).map(String)).toContain("359906");
    const within = { low: new Decimal("359815.5"), high: new Decimal("359816.5") };
    expect(slipUndone(figure as unknown as Figure, actual, solved, within).values.map(String)).toEqual(["359816"]);
  });

  it("a solution halfway between two digits keeps the lower digit, as an exact reading does", () => {
    const figure = { unit: "euro" as const, siblings: [] };
    // 1004,5 is as near 1004 as 1005.
    const values = tried(figure, new Decimal(1000), new Decimal("1004.5")).map(String);
    expect(values).toContain("1004");
    expect(values).not.toContain("1005");
    expect(values).toEqual(reference(figure, new Decimal(1000), new Decimal("1004.5")).map(String));
  });

  it("a long figure (beyond what a double holds exactly) gives the same values", () => {
    const figure = { unit: "euro" as const, siblings: [] };
    const actual = new Decimal("123456789012345678");
    const solved = new Decimal("123456789012345778");
    expect(tried(figure, actual, solved).map(String)).toEqual(reference(figure, actual, solved).map(String));
  });

  it("2 000 random figures and solutions: the same values, in the same order, as all-Decimal arithmetic", () => {
    const rnd = seeded(2024);
    const int = (n: number) => Math.floor(rnd() * n);
    const randomFigure = (): Decimal => {
      const length = 1 + int(17);
      let digits = String(1 + int(9));
      while (digits.length < length) digits += String(int(10));
      const d = int(4);
      const v = new Decimal(digits).div(new Decimal(10).pow(d));
      return rnd() < 0.5 ? v.neg() : v;
    };
    for (let n = 0; n < 2000; n++) {
      const actual = randomFigure();
      const unitStep = new Decimal(10).pow(-actual.decimalPlaces());
      let solved: Decimal;
      switch (int(5)) {
        case 0: // a digit typed wrong
          solved = actual.plus(unitStep.mul(new Decimal(10).pow(int(actual.precision(true))).mul(int(19) - 9)));
          break;
        case 1: // a rounded percentage's amount: a long fraction
          solved = actual.mul(new Decimal(1000 + int(200) - 100).div(new Decimal(997)));
          break;
        case 2: // halfway between two values of one digit
          solved = actual.plus(unitStep.mul(10 ** int(4)).mul(int(9) + 0.5));
          break;
        case 3: // the sign or a digit too many
          solved = rnd() < 0.5 ? actual.neg() : actual.div(10);
          break;
        default: // anything near
          solved = actual.mul(1 + (rnd() - 0.5) / 5).toDecimalPlaces(int(8));
      }
      const siblings = Array.from({ length: int(4) }, (_, j) => ({ column: `TA ${2020 + j}`, cell: cellOf(rnd() < 0.3 ? solved : actual.plus(int(1000) - 500)) }));
      const figure = { unit: rnd() < 0.8 ? ("euro" as const) : ("ratio" as const), siblings };
      const fast = tried(figure, actual, solved).map(String);
      const exact = reference(figure, actual, solved).map(String);
      if (fast.join() !== exact.join()) throw new Error(`${actual} → ${solved}: ${fast.join(" ")} ≠ ${exact.join(" ")}`);
      // Within a range the equation may hold in (a tolerance around the solution, up to a digit's
      // worth): exactly the reference's values inside it, none made outside it.
      const slack = unitStep.mul(new Decimal(10).pow(int(3))).mul(int(3) + rnd());
      const within = { low: solved.minus(slack), high: solved.plus(slack) };
      const inside = (v: Decimal) => v.gte(within.low) && v.lte(within.high);
      const made = slipUndone(figure as Figure, actual, solved, within).values;
      const fastWithin = tried(figure, actual, solved, within).map(String);
      const exactWithin = reference(figure, actual, solved).filter(inside).map(String);
      if (fastWithin.join() !== exactWithin.join()) throw new Error(`${actual} → ${solved} within ${slack}: ${fastWithin.join(" ")} ≠ ${exactWithin.join(" ")}`);
      // Far outside (beyond any double's error), nothing is made for a figure a double holds exactly.
      if (actual.precision(true) > 15) continue;
      const far = made.filter((v) => v.lt(within.low.minus(solved.abs().mul(1e-6).plus(1))) || v.gt(within.high.plus(solved.abs().mul(1e-6).plus(1))));
      if (far.length > 0) throw new Error(`${actual} → ${solved} within ${slack}: made ${far.join(" ")}`);
    }
  });
});
