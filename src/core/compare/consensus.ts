import Decimal from "decimal.js";
import { compareDecimals } from "./decimalOrder";

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
  events.sort((a, b) => compareDecimals(a.at, b.at) || (a.start === b.start ? 0 : a.start ? -1 : 1));
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
  // Second pass: of the winning stretches, the one nearest the median (the first on a tie). Only
  // the open set is kept and compared in place; the members' list is made once, for the winner.
  const median = medianOf(intervals.map((iv) => iv.point));
  const opened = new Set<number>();
  let chosen = -1;
  let chosenLow = median;
  let chosenHigh = median;
  let chosenGap: Decimal | null = null;
  let next = 0;
  for (let k = 0; k < events.length && next < candidates.length; k++) {
    const e = events[k];
    if (e.start) opened.add(e.i);
    else opened.delete(e.i);
    if (k !== candidates[next]) continue;
    next++;
    let high: Decimal | null = null;
    for (const m of opened) {
      const h = intervals[m].high;
      if (high === null || h.comparedTo(high) < 0) high = h;
    }
    const gap = gapTo(e.at, high!, median);
    if (chosen === -1 || nearer(gap, chosenGap)) {
      chosen = k;
      chosenLow = e.at;
      chosenHigh = high!;
      chosenGap = gap;
    }
  }
  const members = membersAt(events, chosen);
  // The least high end as Decimal.min gave it, a copy of its own.
  const high = new Decimal(chosenHigh);
  const value = clamp(medianOf(members.map((m) => intervals[m].point)), chosenLow, high);
  return {
    members: members.sort((a, b) => a - b),
    low: chosenLow,
    high,
    value,
    medianOnly: best < 2 && intervals.length > 1,
  };
}

// How far a stretch lies from `v`: null when `v` is inside it (no gap at all).
function gapTo(low: Decimal, high: Decimal, v: Decimal): Decimal | null {
  if (v.lt(low)) return low.minus(v);
  if (v.gt(high)) return v.minus(high);
  return null;
}

function nearer(gap: Decimal | null, than: Decimal | null): boolean {
  if (than === null) return false;
  return gap === null || gap.lt(than);
}

// The intervals open just after event `k`, in the order they opened.
function membersAt(events: readonly { start: boolean; i: number }[], k: number): number[] {
  const open = new Set<number>();
  for (let j = 0; j <= k; j++) {
    const e = events[j];
    if (e.start) open.add(e.i);
    else open.delete(e.i);
  }
  return [...open];
}

export function medianOf(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort(compareDecimals);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

function clamp(v: Decimal, low: Decimal, high: Decimal): Decimal {
  return Decimal.min(Decimal.max(v, low), high);
}

