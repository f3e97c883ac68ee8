import Decimal from "decimal.js";

/** A closed range of values some figure allows, with its own best estimate. */
export interface Interval {
  low: Decimal;
  high: Decimal;
  point: Decimal;
}

export interface Consensus {
  /** Indices of the intervals that share the agreed stretch. */
  members: number[];
  /** The stretch all members share. */
  low: Decimal;
  high: Decimal;
  /** The agreed value: the members' median estimate, kept inside the shared stretch. */
  value: Decimal;
  /** True when no two intervals overlap, so the value is only the median of all estimates. */
  medianOnly: boolean;
}

/**
 * The value that most intervals allow (figures that agree with each other), for telling one odd
 * figure from the rest. When several stretches are allowed by equally many intervals, the one
 * nearest the median of all estimates wins, so ties fall to the median.
 */
export function findConsensus(intervals: readonly Interval[]): Consensus | null {
  if (intervals.length === 0) return null;
  // Sweep the endpoints; starts before ends at the same value so touching intervals overlap.
  const events: { at: Decimal; start: boolean; i: number }[] = [];
  intervals.forEach((iv, i) => {
    events.push({ at: iv.low, start: true, i });
    events.push({ at: iv.high, start: false, i });
  });
  events.sort((a, b) => a.at.comparedTo(b.at) || (a.start === b.start ? 0 : a.start ? -1 : 1));
  // First pass: only how many intervals overlap at each start, and where the best count is
  // reached. Copying the open set and its least high end at every start made a year of a few
  // hundred areas quadratic; the stretches that win are rebuilt in a second pass.
  let open = 0;
  let best = 0;
  let candidates: number[] = [];
  for (let k = 0; k < events.length; k++) {
    if (!events[k].start) {
      open--;
      continue;
    }
    open++;
    if (open < best) continue;
    if (open > best) {
      best = open;
      candidates = [];
    }
    candidates.push(k);
  }
  // Second pass: the members of each winning stretch, in the order they opened.
  const stretches: { low: Decimal; high: Decimal; members: number[] }[] = [];
  const members = new Set<number>();
  let next = 0;
  for (let k = 0; k < events.length && next < candidates.length; k++) {
    const e = events[k];
    if (e.start) members.add(e.i);
    else members.delete(e.i);
    if (k !== candidates[next]) continue;
    next++;
    const list = [...members];
    stretches.push({ low: e.at, high: Decimal.min(...list.map((m) => intervals[m].high)), members: list });
  }
  const median = medianOf(intervals.map((iv) => iv.point));
  const chosen = stretches.reduce((a, b) => (distance(b, median).lt(distance(a, median)) ? b : a));
  const value = clamp(medianOf(chosen.members.map((m) => intervals[m].point)), chosen.low, chosen.high);
  return {
    members: chosen.members.sort((a, b) => a - b),
    low: chosen.low,
    high: chosen.high,
    value,
    medianOnly: best < 2 && intervals.length > 1,
  };
}

export function medianOf(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

function clamp(v: Decimal, low: Decimal, high: Decimal): Decimal {
  return Decimal.min(Decimal.max(v, low), high);
}

function distance(s: { low: Decimal; high: Decimal }, v: Decimal): Decimal {
  if (v.lt(s.low)) return s.low.minus(v);
  if (v.gt(s.high)) return v.minus(s.high);
  return new Decimal(0);
}
