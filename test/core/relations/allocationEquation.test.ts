import Decimal from "decimal.js";
import fc from "fast-check";
import { AllocationPart, allocationEquation } from "../../../src/core/relations/allocation";
import { CellRef, cellKey } from "../../../src/core/relations/equation";
import { LayeredValues } from "../../../src/core/why/layered";

const d = (v: Decimal.Value) => new Decimal(v);

/** The equation as written on paper: every amount (overridden or not) summed afresh. */
function valuesOf(parts: readonly AllocationPart[], overrides?: ReadonlyMap<string, Decimal>): Decimal[] {
  return parts.map((p) => overrides?.get(cellKey(p.ref)) ?? p.amount ?? d(0));
}

function reference(parts: readonly AllocationPart[], index: number, total: Decimal | null, slack: Decimal, overrides?: ReadonlyMap<string, Decimal>) {
  const values = valuesOf(parts, overrides);
  const t = total ?? values.reduce((a, b) => a.plus(b), d(0));
  const gap = values[index].minus(parts[index].key.div(100).mul(t)).abs();
  return gap.lt(1) ? "ok" : gap.lte(slack) ? "rounding" : "wrong";
}

/** The amount at the first position of `ref` that makes area `index` hold, every other position as it is. */
function referenceSolve(parts: readonly AllocationPart[], index: number, total: Decimal | null, ref: CellRef, overrides?: ReadonlyMap<string, Decimal>): Decimal | null {
  const j = parts.findIndex((p) => cellKey(p.ref) === cellKey(ref));
  if (j < 0 || (total && j !== index)) return null;
  const k = parts[index].key.div(100);
  if (total) return k.mul(total);
  const values = valuesOf(parts, overrides);
  const rest = values.filter((_, i) => i !== j).reduce((a, b) => a.plus(b), d(0));
  if (j === index) return k.eq(1) ? null : k.mul(rest).div(d(1).minus(k));
  return k.isZero() ? null : values[index].div(k).minus(rest);
}

function partsOf(amounts: readonly (number | null)[], keys: readonly number[]): AllocationPart[] {
  return amounts.map((a, i) => ({ ref: { sheet: `Alue ${i % 7}`, cell: `C${i + 1}` }, amount: a === null ? null : d(a), key: d(keys[i]).div(10) }));
}

describe("allocationEquation", () => {
  it("judges a year of 1 200 areas whose keys add up to 100 % as the sum of every amount says", () => {
    // 1 200 areas of 1/12 % each; the amounts are their shares of 1 200 000 €, one of them 500 € off.
    const n = 1200;
    const parts: AllocationPart[] = Array.from({ length: n }, (_, i) => ({
      ref: { sheet: `Alue ${i}`, cell: "D20" },
      amount: d(i === 17 ? -1500 : -1000),
      key: d(100).div(n),
    }));
    const equations = parts.map((_, index) => allocationEquation({ rule: "allocation-expected", index, parts, total: null, slack: 1 }));
    const verdicts = equations.map((e) => e.evaluate());
    expect(verdicts.filter((v) => v === "wrong")).toHaveLength(1);
    expect(verdicts[17]).toBe("wrong");
    // Putting the odd amount back (what the analysis tries) makes every area's equation hold.
    const repair = new Map([[cellKey(parts[17].ref), equations[17].solveFor(parts[17].ref) as Decimal]]);
    expect(repair.get(cellKey(parts[17].ref))?.toNumber()).toBeCloseTo(-1000, 6);
    expect(equations.every((e) => e.evaluate(repair) === "ok")).toBe(true);
    expect(equations[3].cells).toHaveLength(n);
  });

  it("gives the verdicts and solutions of the equation summed afresh, with and without what-if values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.integer({ min: -50_000, max: 50_000 })), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.option(fc.integer({ min: -500_000, max: 500_000 })),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -50_000, max: 50_000 })), { maxLength: 4 }),
        fc.boolean(),
        (rows, at, agreed, changes, layered) => {
          const parts = partsOf(rows.map((r) => r[0]), rows.map((r) => r[1]));
          // The same cell twice in a year (a sheet listed twice) still counts twice in the sum.
          if (parts.length > 2) parts[parts.length - 1] = { ...parts[parts.length - 1], ref: parts[0].ref };
          const index = at % parts.length;
          const total = agreed === null ? null : d(agreed);
          const e = allocationEquation({ rule: "allocation-expected", index, parts, total, slack: 3 });
          const own = new Map(changes.map(([i, v]) => [cellKey(parts[i % parts.length].ref), d(v)]));
          const overrides = layered ? new LayeredValues(own) : own;
          expect(e.evaluate()).toBe(reference(parts, index, total, d(3)));
          expect(e.evaluate(overrides)).toBe(reference(parts, index, total, d(3), overrides));
          for (const ref of [...e.cells, { sheet: "Muu", cell: "A1" }]) {
            const x = e.solveFor(ref, overrides);
            const y = referenceSolve(parts, index, total, ref, overrides);
            expect(x === null ? null : x.toString()).toBe(y === null ? null : y.toString());
          }
        },
      ),
    );
  });
});
