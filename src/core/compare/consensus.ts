import Decimal from "decimal.js";
import { compareDecimals } from "./decimalOrder";
import { roundedQuotientDigits } from "./roundedQuotient";
import { digitsText } from "../arithmetic/unitsText";
import { decimalString } from "../numbers";
import { compareProducts } from "../arithmetic/productOrder";

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

/** One end of interval `i` (`iv`): its low end (`start`) or its high end. */
interface EndEvent {
  start: boolean;
  i: number;
  iv: Interval;
}

/**
 * How a search orders the intervals' ends and estimates: by their Decimals, or, when every interval
 * is a `QuotientInterval`, by its exact quotients, which makes no Decimal but those the answer names.
 * Module functions, not closures over one search's intervals (the events carry theirs): see
 * docs/engine-speed.md, "Closures made per check".
 */
interface Order {
  /** The sweep's order: by value, a start before an end at the same value. */
  events(a: EndEvent, b: EndEvent): number;
  highs(x: Interval, y: Interval): number;
  points(x: Interval, y: Interval): number;
}

// Starts before ends at the same value, so touching intervals overlap.
function startsFirst(a: EndEvent, b: EndEvent): number {
  return a.start === b.start ? 0 : a.start ? -1 : 1;
}

const endOf = (e: EndEvent) => (e.start ? e.iv.low : e.iv.high);

const DECIMAL_ORDER: Order = {
  events: (a, b) => compareDecimals(endOf(a), endOf(b)) || startsFirst(a, b),
  highs: (x, y) => compareDecimals(x.high, y.high),
  points: (x, y) => compareDecimals(x.point, y.point),
};

function lowOrder(x: QuotientInterval, y: QuotientInterval): number {
  return compareQuotients(x.lowN, x.lowD, x.lowQ, y.lowN, y.lowD, y.lowQ);
}
function highOrder(x: QuotientInterval, y: QuotientInterval): number {
  return compareQuotients(x.highN, x.highD, x.highQ, y.highN, y.highD, y.highQ);
}
function lowHighOrder(x: QuotientInterval, y: QuotientInterval): number {
  return compareQuotients(x.lowN, x.lowD, x.lowQ, y.highN, y.highD, y.highQ);
}

function quotientEnds(a: EndEvent, b: EndEvent): number {
  const x = a.iv as QuotientInterval;
  const y = b.iv as QuotientInterval;
  if (a.start) return b.start ? lowOrder(x, y) : lowHighOrder(x, y);
  return b.start ? -lowHighOrder(y, x) : highOrder(x, y);
}

const QUOTIENT_ORDER: Order = {
  events: (a, b) => quotientEnds(a, b) || startsFirst(a, b),
  highs: (x, y) => highOrder(x as QuotientInterval, y as QuotientInterval),
  points: (x, y) => (x as QuotientInterval).comparePoint(y as QuotientInterval),
};

/**
 * An interval whose ends are exact quotients of safe integers, `n / d` with `d` > 0 (a high end
 * with `d` = 0 is +∞), as the rules work them out from figures' exact units. Its Decimals are the
 * quotients correctly rounded, made when first read; a consensus orders the ends by the quotients
 * themselves, so a year of hundreds of areas divides only for the few ends its answer names.
 *
 * That order is Decimal's. Two quotients a/b and c/d of safe integers (|a|, |c| < 2^53,
 * 0 < b, d < 2^53) that differ are |ad − bc| / (bd) ≥ 1 / (bd) apart, which is more than 2^-106
 * (about 1.2 × 10^-32) of the larger, |a|/b say: the gap over it is at least 1 / (|a| × d). Rounding
 * each to `precision` significant digits moves it by at most 5 × 10^-precision of that size, so
 * both roundings together move less than the gap once `precision` ≥ 34; `findConsensus` asks for
 * 50. Equal quotients round alike, so ties stay ties.
 */
export class QuotientInterval implements Interval {
  readonly lowQ: number;
  readonly highQ: number;
  private readonly pointQ: number;
  private lowValue?: Decimal;
  private highValue?: Decimal;
  private pointValue?: Decimal;

  /** `point` given as a Decimal (`pointN`, `pointD` NaN) where the estimate is no such quotient. */
  constructor(
    readonly lowN: number,
    readonly lowD: number,
    readonly highN: number,
    readonly highD: number,
    private readonly pointN: number,
    private readonly pointD: number,
    point?: Decimal,
  ) {
    this.lowQ = lowN / lowD;
    this.highQ = highD === 0 ? Infinity : highN / highD;
    this.pointQ = pointN / pointD;
    this.pointValue = point;
  }

  get low(): Decimal {
    return (this.lowValue ??= new Decimal(this.lowN).div(this.lowD));
  }

  get high(): Decimal {
    return (this.highValue ??= this.highD === 0 ? new Decimal(Infinity) : new Decimal(this.highN).div(this.highD));
  }

  get point(): Decimal {
    return (this.pointValue ??= new Decimal(this.pointN).div(this.pointD));
  }

  /** `low` as `decimalString` writes it, from the quotient's digits (no Decimal made unless it has been already). */
  lowText(): string {
    return madeText(this.lowValue, this.lowN, this.lowD) ?? decimalString(this.low);
  }

  /** `high` as `lowText` writes `low`; null for +∞. */
  highText(): string | null {
    if (this.highD === 0) return null;
    return madeText(this.highValue, this.highN, this.highD) ?? decimalString(this.high);
  }

  /** `point` as `lowText` writes `low`. */
  pointText(): string {
    return madeText(this.pointValue, this.pointN, this.pointD) ?? decimalString(this.point);
  }

  /**
   * Whether `x` lies within [low × below, high × above] (`below`, `above` near 1: a tolerance),
   * told from the doubles where `x` is clear of both ends; undefined near an end, where only the
   * Decimals tell. True says `x` is strictly inside, by more than any rounding.
   */
  within(x: number, below = 1, above = 1): boolean | undefined {
    const low = this.lowQ * below;
    const high = this.highD === 0 ? Infinity : this.highQ * above;
    if (clearlyBelow(low, x) && clearlyBelow(x, high)) return true;
    if (clearlyBelow(x, low) || clearlyBelow(high, x)) return false;
    return undefined;
  }

  /** The estimates' order, by their quotients when both are ones. */
  comparePoint(other: QuotientInterval): number {
    if (Number.isNaN(this.pointQ) || Number.isNaN(other.pointQ)) return compareDecimals(this.point, other.point);
    return compareQuotients(this.pointN, this.pointD, this.pointQ, other.pointN, other.pointD, other.pointQ);
  }
}

/** An end's Decimal as written when it has been made, else `quotientText` of its quotient. */
function madeText(made: Decimal | undefined, n: number, d: number): string | null {
  return made ? decimalString(made) : quotientText(n, d);
}

/** `new Decimal(n).div(d)` as `decimalString` writes it, worked out in BigInt; null where only decimal.js answers (a zero, a non-integer). */
function quotientText(n: number, d: number): string | null {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return null;
  const q = roundedQuotientDigits({ units: BigInt(n), scale: 0 }, { units: BigInt(d), scale: 0 });
  return q && digitsText(q.units, q.scale);
}

// A double made by a few roundings is within a few parts in 10^16 of the exact value: a gap wider
// than this share of their size orders the exact values alike.
const CLEAR_GAP = 1e-9;

/** `x` < `y` by more than any rounding of either, so also exactly. */
function clearlyBelow(x: number, y: number): boolean {
  if (y === Infinity) return x !== Infinity;
  return y - x > CLEAR_GAP * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * The order of `an / ad` and `bn / bd` (`aq`, `bq` their doubles; a denominator 0 is +∞), exact:
 * a double quotient of two exact integers is correctly rounded, and rounding keeps order, so two
 * doubles that differ are ordered as the quotients are.
 */
function compareQuotients(an: number, ad: number, aq: number, bn: number, bd: number, bq: number): number {
  if (ad === 0 || bd === 0) return ad === bd ? 0 : ad === 0 ? 1 : -1;
  if (aq !== bq) return aq < bq ? -1 : 1;
  // The same figures (areas copied from one template) give the very same quotient.
  if (an === bn && ad === bd) return 0;
  // One double for both: the cross products, ordered exactly (denominators positive).
  return compareProducts(an, bd, bn, ad);
}

/**
 * The value that most intervals allow (figures that agree with each other), for telling one odd
 * figure from the rest. When several stretches are allowed by equally many intervals, the one
 * nearest the median of all estimates wins, so ties fall to the median.
 */
export function findConsensus(intervals: readonly Interval[]): Consensus | null {
  if (intervals.length === 0) return null;
  // A year of hundreds of areas ordered its ends as 80-digit quotients, each divided out first;
  // most are never named, so intervals that keep their quotients are ordered by those.
  const byQuotients = Decimal.precision >= 50 && intervals.every(isQuotientInterval);
  const order = byQuotients ? QUOTIENT_ORDER : DECIMAL_ORDER;
  // Sweep the endpoints.
  const events: EndEvent[] = [];
  for (let i = 0; i < intervals.length; i++) {
    const iv = intervals[i];
    events.push({ start: true, i, iv }, { start: false, i, iv });
  }
  events.sort(order.events);
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
  const median = medianAt(intervals.slice(), order);
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
    let least = -1;
    for (const m of opened) if (least === -1 || order.highs(intervals[m], intervals[least]) < 0) least = m;
    const low = intervals[e.i].low;
    const high = intervals[least].high;
    const gap = gapTo(low, high, median);
    if (chosen === -1 || nearer(gap, chosenGap)) {
      chosen = k;
      chosenLow = low;
      chosenHigh = high;
      chosenGap = gap;
    }
  }
  const members = membersAt(events, chosen);
  // The least high end as Decimal.min gave it, a copy of its own.
  const high = new Decimal(chosenHigh);
  const memberIntervals: Interval[] = [];
  for (const m of members) memberIntervals.push(intervals[m]);
  const value = clamp(medianAt(memberIntervals, order), chosenLow, high);
  return {
    members: members.sort(ascending),
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
function membersAt(events: readonly EndEvent[], k: number): number[] {
  const open = new Set<number>();
  for (let j = 0; j <= k; j++) {
    const e = events[j];
    if (e.start) open.add(e.i);
    else open.delete(e.i);
  }
  return [...open];
}

/** `medianOf` the estimates of `intervals` (sorted in place) by `order`: only the middle one or two are read as Decimals. */
function medianAt(intervals: Interval[], order: Order): Decimal {
  const sorted = intervals.sort(order.points);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid].point : sorted[mid - 1].point.plus(sorted[mid].point).div(2);
}

function ascending(a: number, b: number): number {
  return a - b;
}

function isQuotientInterval(iv: Interval): boolean {
  return iv instanceof QuotientInterval;
}

export function medianOf(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort(compareDecimals);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

function clamp(v: Decimal, low: Decimal, high: Decimal): Decimal {
  return Decimal.min(Decimal.max(v, low), high);
}
