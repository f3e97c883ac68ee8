import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { signEquation } from "../../../src/core/relations/sign";
import { compareEuros } from "../../../src/core/compare/tolerance";

/**
 * What-ifs are judged in exact integers where the figures allow, and an equation says where a
 * cell's value may lie for it to hold: both must answer exactly as the Decimal reading of
 * `target = Σ c·x` within the tolerance does, on figures of every size and precision.
 */
const ref = (cell: string) => ({ sheet: "S", cell });

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function figure(rnd: () => number): Decimal {
  const decimals = Math.floor(rnd() * 4);
  const magnitude = Math.pow(10, Math.floor(rnd() * 10));
  return new Decimal(Math.round((rnd() - 0.5) * magnitude)).div(Math.pow(10, decimals));
}

describe("what-if verdicts and ranges agree with the Decimal reading", () => {
  it("2 000 random sums, each solved for a term or the total, and with it replaced", () => {
    const rnd = random(7);
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(rnd() * 5);
      const coefficients = Array.from({ length: count }, () => new Decimal(rnd() < 0.8 ? 1 : rnd() < 0.5 ? -1 : 3));
      const values = Array.from({ length: count }, () => (rnd() < 0.1 ? null : figure(rnd)));
      const sum = values.reduce<Decimal>((s, v, i) => (v ? s.plus(v.mul(coefficients[i])) : s), new Decimal(0));
      // Near the sum most of the time, so every verdict occurs.
      const target = rnd() < 0.5 ? sum.plus(Math.round((rnd() - 0.5) * 4)) : figure(rnd);
      const tolerance = rnd() < 0.5 ? 1 : 0;
      const eq = linearEquation({
        rule: "sum",
        target: { ref: ref("T"), value: target },
        terms: values.map((value, i) => ({ ref: ref(`P${i}`), coefficient: coefficients[i], value })),
        tolerance,
      });
      const cell = rnd() < 0.3 ? "T" : `P${Math.floor(rnd() * count)}`;
      const i = Number(cell.slice(1));
      const solved = eq.solveFor(ref(cell));
      const c = cell === "T" ? null : coefficients[i];
      // x = current + (target − sum) / c, as Decimal reads it at 80 digits.
      const solution = c ? (values[i] ?? new Decimal(0)).plus(target.minus(sum).div(c)) : sum;
      expect([n, solved?.toString()]).toEqual([n, solution.toString()]);
      const value = rnd() < 0.5 && solved ? solved.plus(Math.round((rnd() - 0.5) * 6)).plus(rnd() < 0.3 ? "0.004" : 0) : figure(rnd);
      const overrides = new Map([[`S!${cell}`, value]]);
      const expected = cell === "T" ? sum : sum.minus(values[i] ? values[i].mul(coefficients[i]) : 0).plus(value.mul(coefficients[i]));
      const actual = cell === "T" ? value : target;
      const verdict = compareEuros(actual, expected, tolerance);
      expect([n, eq.evaluate(overrides)]).toEqual([n, verdict]);
      const range = eq.holdsWithin?.(ref(cell));
      if (range && verdict !== "wrong") expect([n, value.gte(range.low) && value.lte(range.high)]).toEqual([n, true]);
    }
  });

  it("a cost holds up to 0, a revenue from 0, and neither says anything about another cell", () => {
    const cost = signEquation("sign", ref("B1"), new Decimal(5), "cost");
    const range = cost.holdsWithin?.(ref("B1"));
    expect([range?.low.toString(), range?.high.toString()]).toEqual(["-Infinity", "0"]);
    expect(cost.evaluate(new Map([["S!B1", new Decimal(0.01)]]))).toBe("wrong");
    const revenue = signEquation("sign", ref("B2"), new Decimal(-5), "revenue");
    expect(revenue.holdsWithin?.(ref("B2"))?.low.toString()).toBe("0");
    expect(revenue.holdsWithin?.(ref("B1"))).toBeNull();
  });

  it("a total off by 12 € holds for its part between the solution ± the tolerance", () => {
    const eq = linearEquation({ rule: "sum", target: { ref: ref("T"), value: new Decimal(112) }, terms: [{ ref: ref("P0"), coefficient: new Decimal(1), value: new Decimal(100) }], tolerance: 1 });
    const range = eq.holdsWithin?.(ref("P0"));
    expect(range && [range.low.lte(111), range.high.gte(113), range.low.gt(110.9), range.high.lt(113.1)]).toEqual([true, true, true, true]);
    expect(eq.evaluate(new Map([["S!P0", new Decimal(110.9)]]))).toBe("wrong");
    expect(eq.evaluate(new Map([["S!P0", new Decimal(111)]]))).toBe("rounding");
  });

  // The ends are where compareEuros turns: the tolerance and half a cent of float noise either side.
  it("a range's ends are the solution ± the tolerance and half a cent, for a cent figure and under a what-if", () => {
    const eq = linearEquation({
      rule: "sum",
      target: { ref: ref("T"), value: new Decimal("112.25") },
      terms: [
        { ref: ref("P0"), coefficient: new Decimal(1), value: new Decimal("100.5") },
        { ref: ref("P1"), coefficient: new Decimal(-1), value: new Decimal(-2) },
      ],
      tolerance: 1,
    });
    const ends = (cell: string, what?: Map<string, Decimal>) => {
      const range = eq.holdsWithin?.(ref(cell), what);
      return range && [range.low.toString(), range.high.toString()];
    };
    expect(ends("P0")).toEqual(["109.245", "111.255"]);
    expect(ends("P1")).toEqual(["-12.755", "-10.745"]);
    expect(ends("T")).toEqual(["101.495", "103.505"]);
    expect(ends("P0", new Map([["S!T", new Decimal(-7)]]))).toEqual(["-10.005", "-7.995"]);
  });
});
