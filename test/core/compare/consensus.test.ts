import Decimal from "decimal.js";
import fc from "fast-check";
import { Consensus, Interval, QuotientInterval, findConsensus, medianOf } from "../../../src/core/compare/consensus";
import { compareDecimals } from "../../../src/core/compare/decimalOrder";
// The engine's Decimal precision (80 digits), under which intervals of quotients are ordered by them.
import "../../../src/core/compare/tolerance";

// The search as it was written first: every tied stretch made with its members and its least
// high end as Decimals, and the nearest to the median chosen by Decimal distance. The engine now
// keeps none of that per stretch; it must still choose the same stretch, members and value.
function reference(intervals: readonly Interval[]): Consensus | null {
  if (intervals.length === 0) return null;
  const events: { at: Decimal; start: boolean; i: number }[] = [];
  intervals.forEach((iv, i) => {
    events.push({ at: iv.low, start: true, i });
    events.push({ at: iv.high, start: false, i });
  });
  events.sort((a, b) => a.at.comparedTo(b.at) || (a.start === b.start ? 0 : a.start ? -1 : 1));
  const open = new Set<number>();
  let best = 0;
  let stretches: { low: Decimal; high: Decimal; members: number[] }[] = [];
  for (const e of events) {
    if (!e.start) {
      open.delete(e.i);
      continue;
    }
    open.add(e.i);
    if (open.size < best) continue;
    if (open.size > best) {
      best = open.size;
      stretches = [];
    }
    const list = [...open];
    stretches.push({ low: e.at, high: Decimal.min(...list.map((m) => intervals[m].high)), members: list });
  }
  const distance = (s: { low: Decimal; high: Decimal }, v: Decimal) =>
    v.lt(s.low) ? s.low.minus(v) : v.gt(s.high) ? v.minus(s.high) : new Decimal(0);
  const median = medianOf(intervals.map((iv) => iv.point));
  const chosen = stretches.reduce((a, b) => (distance(b, median).lt(distance(a, median)) ? b : a));
  const value = Decimal.min(Decimal.max(medianOf(chosen.members.map((m) => intervals[m].point)), chosen.low), chosen.high);
  return { members: chosen.members.sort((a, b) => a - b), low: chosen.low, high: chosen.high, value, medianOnly: best < 2 && intervals.length > 1 };
}

const shown = (c: Consensus | null) =>
  c && { members: c.members, low: c.low.toFixed(), high: c.high.toFixed(), value: c.value.toFixed(), medianOnly: c.medianOnly };

// Small whole and half figures, so that touching ends and equal distances (the ties) are common.
const interval = fc
  .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 16 }))
  .map(([low, width, at]): Interval => {
    const lo = new Decimal(low).div(2);
    const hi = lo.plus(new Decimal(width).div(2));
    return { low: lo, high: hi, point: Decimal.min(hi, lo.plus(new Decimal(at).div(4))) };
  });

// The same figures moved by a part in 10^17 now and then: beyond a double, ordered only as Decimals.
const fine = fc.tuple(interval, fc.integer({ min: -3, max: 3 })).map(([iv, nudge]): Interval => {
  const by = new Decimal(nudge).div("1e17");
  return { low: iv.low.plus(by), high: iv.high.plus(by), point: iv.point.plus(by) };
});

describe("findConsensus", () => {
  it("agrees with every tied stretch made and compared as Decimals", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(interval, interval, fine), { maxLength: 12 }), (intervals) => {
        expect(shown(findConsensus(intervals))).toEqual(shown(reference(intervals)));
      }),
      { numRuns: 2000 },
    );
  });

  it("between equally supported stretches takes the one nearer the median, the first when as near", () => {
    const iv = (low: number, high: number, point: number): Interval => ({ low: new Decimal(low), high: new Decimal(high), point: new Decimal(point) });
    const c = findConsensus([iv(0, 2, 1), iv(1, 3, 2), iv(10, 12, 11), iv(11, 13, 12), iv(12, 14, 13)]);
    expect(shown(c)).toEqual({ members: [2, 3, 4], low: "12", high: "12", value: "12", medianOnly: false });
    const far = findConsensus([iv(0, 2, 1), iv(1, 3, 2), iv(10, 12, 11), iv(11, 13, 12), iv(20, 21, 20)]);
    expect(shown(far)).toEqual({ members: [2, 3], low: "11", high: "12", value: "11.5", medianOnly: false });
    const even = findConsensus([iv(0, 2, 1), iv(1, 3, 2), iv(10, 12, 11), iv(11, 13, 12)]);
    expect(shown(even)).toEqual({ members: [0, 1], low: "1", high: "2", value: "1.5", medianOnly: false });
  });

  it("takes the median of figures beyond a double's digits exactly", () => {
    const values = ["100000000000000000.3", "100000000000000000.1", "100000000000000000.2", "-5"].map((v) => new Decimal(v));
    expect(medianOf(values).toFixed()).toBe("100000000000000000.15");
    expect(medianOf(values.slice(0, 3)).toFixed()).toBe("100000000000000000.2");
    expect(medianOf([new Decimal("0.3"), new Decimal("-0.1"), new Decimal("0.2")]).toFixed()).toBe("0.2");
  });

  it("orders figures as Decimal does, signs, zeros, long quotients and infinities included", () => {
    const figure = fc.oneof(
      fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 40 })).map(([units, exp]) => new Decimal(units.toString()).mul(new Decimal(10).pow(exp))),
      fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: 1, max: 97 })).map(([n, d]) => new Decimal(n).div(d)),
      fc.constantFrom(new Decimal(0), new Decimal(-0), new Decimal(Infinity), new Decimal(-Infinity)),
    );
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        expect(compareDecimals(x, y)).toBe(x.comparedTo(y));
        expect(compareDecimals(x, x)).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees on intervals kept as exact quotients with the same intervals as Decimals, near ties included", () => {
    // Quotients of small integers tie and touch often; scaled by 2^50, with one or two more in
    // the denominator now and then, two ends differ by less than a double tells apart.
    const quotient = fc.tuple(fc.integer({ min: -3, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 3, 2 ** 50), fc.integer({ min: 0, max: 2 })).map(([n, d, k, nudge]) => [n * k, d * k + (k > 3 ? nudge : 0)]);
    const ends = fc.tuple(quotient, quotient, fc.boolean(), fc.boolean()).map(([[ln, ld], [hn, hd], infinite, ownPoint]) => {
      // High at least low (either order as drawn), or +∞; the estimate at one end or the other.
      const lowFirst = ln * hd <= hn * ld;
      const [lowN, lowD, highN, highD] = lowFirst ? [ln, ld, hn, hd] : [hn, hd, ln, ld];
      return { lowN, lowD, highN, highD: infinite ? 0 : highD, pointN: ownPoint || infinite ? lowN : highN, pointD: ownPoint || infinite ? lowD : highD };
    });
    const asDecimals = (q: { lowN: number; lowD: number; highN: number; highD: number; pointN: number; pointD: number }): Interval => ({
      low: new Decimal(q.lowN).div(q.lowD),
      high: q.highD === 0 ? new Decimal(Infinity) : new Decimal(q.highN).div(q.highD),
      point: new Decimal(q.pointN).div(q.pointD),
    });
    fc.assert(
      fc.property(fc.array(ends, { maxLength: 14 }), (list) => {
        const quotients = list.map((q) => new QuotientInterval(q.lowN, q.lowD, q.highN, q.highD, q.pointN, q.pointD));
        expect(shown(findConsensus(quotients))).toEqual(shown(findConsensus(list.map(asDecimals))));
      }),
      { numRuns: 2000 },
    );
  });

  it("tells apart quotient ends nearer than a double can", () => {
    // 2^50 / (6 × 2^50 + 2) < 2^50 / (6 × 2^50 + 1), one double for both: these two do not overlap.
    const k = 2 ** 50;
    const below = new QuotientInterval(0, 1, k, 6 * k + 2, 0, 1);
    const above = new QuotientInterval(k, 6 * k + 1, 1, 1, 1, 1);
    expect(k / (6 * k + 2)).toBe(k / (6 * k + 1));
    const c = findConsensus([below, above]);
    expect(c?.medianOnly).toBe(true);
    expect(shown(c)).toEqual(shown(findConsensus([below, above].map((q) => ({ low: q.low, high: q.high, point: q.point })))));
  });

  it("tells a value inside or outside an interval of quotients as its Decimals do, and leaves the near ones to them", () => {
    const k = 2 ** 40;
    const quotient = fc.tuple(fc.integer({ min: 1, max: 9_000 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(1, k)).map(([n, d, s]) => [n * s, d * s + (s > 1 ? 1 : 0)]);
    fc.assert(
      fc.property(quotient, quotient, fc.boolean(), fc.oneof(fc.integer({ min: -4, max: 4 }).map((ulps) => ulps * 2 ** -53), fc.double({ min: -1e-9, max: 1e-9, noNaN: true })), fc.constantFrom(0, 1), fc.constantFrom(1, 0.98), (a, b, infinite, nudge, end, below) => {
        const [[lowN, lowD], [highN, highD]] = a[0] * b[1] <= b[0] * a[1] ? [a, b] : [b, a];
        const iv = new QuotientInterval(lowN, lowD, highN, infinite ? 0 : highD, lowN, lowD);
        const above = 2 - below;
        // A value at an end, or a hair beside it.
        const x = (end === 0 || infinite ? lowN / lowD : highN / highD) * (1 + nudge);
        const decimalX = new Decimal(x);
        const inside = decimalX.gt(iv.low.mul(below)) && decimalX.lt(iv.high.mul(above));
        const outside = decimalX.lt(iv.low.mul(below)) || decimalX.gt(iv.high.mul(above));
        const told = iv.within(x, below, above);
        if (told === true) expect(inside).toBe(true);
        if (told === false) expect(outside).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("says a value well inside or well outside an interval of quotients, and leaves one at an end to the Decimals", () => {
    // [1/3, 2/3], and [1/3, +∞) for a high end over 0.
    const iv = new QuotientInterval(1, 3, 2, 3, 1, 2);
    expect([iv.within(0.5), iv.within(0.1), iv.within(0.9), iv.within(1 / 3), iv.within(2 / 3)]).toEqual([true, false, false, undefined, undefined]);
    // A tolerance widens the ends: 0,3 lies within 1/3 × 0,8 but not 1/3 × 0,95.
    expect([iv.within(0.3, 0.8, 1.2), iv.within(0.3, 0.95, 1.05), iv.within(0.75, 0.8, 1.2)]).toEqual([true, false, true]);
    const open = new QuotientInterval(1, 3, 1, 0, 1, 2);
    expect([open.within(1e300), open.within(0.2)]).toEqual([true, false]);
  });
});
