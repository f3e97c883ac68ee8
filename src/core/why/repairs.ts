import Decimal from "decimal.js";
import { CellRef, Equation, ValueRange } from "../relations/equation";
import { Verdict } from "../compare/tolerance";
import { RelationGraph } from "./graph";
import { Figure, FigureIndex } from "./figures";
import { Pattern, roundness, slipOf } from "./patterns";
import { LayeredValues } from "./layered";
import { typedOverFormula } from "./formulaPatterns";
import { slipUndone } from "./slips";
import { figureEquals } from "../relations/exactValues";
import { compareDecimals, sameDecimal } from "../compare/decimalOrder";

/** A single-cell repair: one figure set to the value that reconciles, and what that does. */
export interface Repair {
  figure: Figure;
  actual: Decimal;
  suggested: Decimal;
  /** Figures computed from this one (a unit's NETTOMENO) that follow it as a formula would. */
  follows: { figure: Figure; suggested: Decimal }[];
  /** Failing equations (of any group not yet explained) the repair satisfies. */
  resolved: Equation[];
  pattern: Pattern | null;
  /** How likely a slip it is: a recognisable pattern, a rounder figure; a sign changed, less so. */
  plausibility: number;
  /** The value is what the figure's own check expects (not solved from another figure's). */
  own?: boolean;
  /** Every equation it mends then holds exactly, not merely within rounding. */
  exact: boolean;
  /** |suggested − actual|, made once: repairs are ranked by it, pair by pair. */
  change: Decimal;
}

/**
 * A year's allocation is judged by the areas that agree with each other: the odd area is found
 * among its peers, so for a repair that only mends the allocation, only the allocation's own
 * equations count as broken (the area's amount flows into its own totals, which any correction
 * of the budget line would carry along).
 */
const CONSENSUS_RULES = new Set(["allocation-expected"]);

const MAX_CANDIDATE_CELLS = 400;

/** Sums whose total a spreadsheet computes from its parts, so that it follows a repaired part. */
const FOLLOWING_RULES = new Set(["unit-nettomeno", "unit-total", "sum", "toimintakate"]);

/**
 * The repairs taken so far (their values, by `cellKey`) and the equations that read a repaired
 * cell: any other equation fails or holds as with the workbook's own values.
 */
export class TakenRepairs {
  readonly values = new Map<string, Decimal>();
  private readonly reading = new Set<Equation>();

  constructor(private readonly graph: RelationGraph) {}

  private scratch?: { scratch: Scratch; probe: LayeredValues; wanted: LayeredValues };

  take(r: Repair): void {
    this.values.set(r.figure.key, r.suggested);
    for (const f of r.follows) this.values.set(f.figure.key, f.suggested);
    for (const e of this.graph.at(r.figure.ref)) this.reading.add(e);
    for (const f of r.follows) for (const e of this.graph.at(f.figure.ref)) this.reading.add(e);
  }

  /**
   * The what-if layers a search refills for every value it tries, over the repairs taken: made
   * once for all the groups (a book's analysis searches a thousand).
   */
  workspace(): { scratch: Scratch; probe: LayeredValues; wanted: LayeredValues } {
    return (this.scratch ??= { scratch: new Scratch(this.values), probe: new LayeredValues(this.values), wanted: new LayeredValues(this.values) });
  }

  /** Whether the equation fails with the repairs taken so far. */
  isWrong(e: Equation): boolean {
    return this.reading.has(e) ? e.evaluate(this.values) === "wrong" : this.graph.isWrong(e);
  }
}

// Recent equations asked first whether a trial breaks them: a few suffice for one group.
const MAX_BREAKERS = 4;

/**
 * What a repair's trial fills afresh each time, kept across trials (thousands per check) so that
 * a trial allocates little: the what-if layer, the verdicts known under it (with how many
 * followers were set then) and the equations it touches, each a short list searched in order.
 */
class Scratch {
  readonly overrides: LayeredValues;
  // Each list is filled up to its count: emptied by the count, since emptying an array by its
  // length gives up its storage, which the next trial would allocate again.
  private readonly knownEquations: Equation[] = [];
  private readonly knownVerdicts: Verdict[] = [];
  private readonly knownFollows: number[] = [];
  private knownCount = 0;
  readonly touched: Equation[] = [];
  touchedCount = 0;
  /** Equations that ruled out recent trials, the latest first. */
  readonly breakers: Equation[] = [];

  constructor(base: ReadonlyMap<string, Decimal>) {
    this.overrides = new LayeredValues(base);
  }

  reset(): void {
    this.overrides.clearOwn();
    this.knownCount = 0;
    this.touchedCount = 0;
  }

  /** Where the equation's verdict is kept, or −1. */
  known(e: Equation): number {
    for (let i = 0; i < this.knownCount; i++) if (this.knownEquations[i] === e) return i;
    return -1;
  }

  know(e: Equation, verdict: Verdict, follows: number): void {
    let i = this.known(e);
    if (i < 0) {
      i = this.knownCount++;
      this.knownEquations[i] = e;
    }
    this.knownVerdicts[i] = verdict;
    this.knownFollows[i] = follows;
  }

  broke(e: Equation): void {
    const i = this.breakers.indexOf(e);
    if (i >= 0) this.breakers.splice(i, 1);
    this.breakers.unshift(e);
    if (this.breakers.length > MAX_BREAKERS) this.breakers.pop();
  }

  /**
   * The equation's verdict under the overrides, `follows` the followers set so far: one known
   * stays true until a follower the equation reads is set.
   */
  evaluate(graph: RelationGraph, e: Equation, follows: Repair["follows"] | null): Verdict {
    const set = follows?.length ?? 0;
    const i = this.known(e);
    if (i >= 0 && (this.knownFollows[i] === set || !followerRead(graph, e, follows as Repair["follows"], this.knownFollows[i]))) return this.knownVerdicts[i];
    const verdict = e.evaluate(this.overrides);
    this.know(e, verdict, set);
    return verdict;
  }

  touches(e: Equation): boolean {
    for (let i = 0; i < this.touchedCount; i++) if (this.touched[i] === e) return true;
    return false;
  }

  touch(list: readonly Equation[]): void {
    for (const e of list) if (!this.touches(e)) this.touched[this.touchedCount++] = e;
  }
}

/** A total that may follow a repaired figure: a sum of it that holds, its target a figure of its own. */
interface Follower {
  equation: Equation;
  target: Figure;
  key: string;
  /** The equations that read the target. */
  reads: readonly Equation[];
}

/**
 * What every value tried for one figure shares within one search: the equations at it, the totals
 * that may follow it, and how many failing equations a repair of it could mend at most (those
 * that read it or a total that may follow it).
 */
interface CellPlan {
  at: readonly Equation[];
  followers: Follower[];
  reach: number;
}

/**
 * A trial set aside because it could not rank with the best repair found so far; asked again only
 * if its figure's repair ends up among the best, to tell where the figure comes in their order.
 */
interface Deferred {
  seq: number;
  figure: Figure;
  actual: Decimal;
  suggested: Decimal;
  solved: Decimal;
  probedOn: Equation;
  probed: Verdict | undefined;
}

/** A figure's best repair so far, with when the figure first had one (or a trial set aside, `deferred`). */
interface Slot {
  repair: Repair | null;
  seq: number;
  deferred: Deferred[] | null;
}

/** What `plausibilityOf` finds: the slip seen and how likely one it is. */
interface Judged {
  pattern: Pattern | null;
  plausibility: number;
}

/**
 * Candidate repairs for a group of failing equations: every figure of a failing equation, set to
 * the value that equation needs; kept when it breaks no equation that holds (figures computed
 * from it follow it, one step), best per cell, best first.
 *
 * Only the best repairs (those `compareRepairs` ranks equal to the first) are sure to be complete
 * and in order: the analysis reads no further. A trial that could not rank with the best repair
 * found so far (it reaches too few failing equations, or is a less plausible slip than one that
 * mends as many) is not evaluated; most trials are of that kind.
 */
export function repairsFor(
  graph: RelationGraph,
  figures: FigureIndex,
  group: readonly Equation[],
  remaining: ReadonlySet<Equation>,
  taken: TakenRepairs,
): Repair[] {
  const cells = new Map<string, CellRef>();
  for (const e of group) {
    const keys = graph.keysOf(e);
    const refs = e.cells;
    for (let i = 0; i < keys.length; i++) cells.set(keys[i], refs[i]);
  }
  // A group spanning hundreds of figures (a whole sheet of totals that disagree) is no single
  // slip; searching it would cost more than the rest of the check.
  if (cells.size > MAX_CANDIDATE_CELLS) return [];
  const search = new RepairSearch(graph, figures, remaining, taken);
  const base = taken.values;
  // By key, then its ref: entries would make a pair for each cell.
  for (const key of cells.keys()) {
    const ref = cells.get(key) as CellRef;
    const figure = figures.at(ref);
    if (!figure) continue;
    const actual = base.get(key) ?? figure.value;
    if (!actual) continue;
    // The values every failing equation at the cell asks of it, not only this group's open ones
    // (an equation set aside for a tie still says which value it needs).
    const at = graph.at(ref);
    for (const e of at) {
      if (!remaining.has(e)) continue;
      const solved = e.solveFor(ref, base);
      if (!solved || !solved.isFinite()) continue;
      search.consider(e, figure, actual, solved);
      // A computed figure (a unit's NETTOMENO) is wrong through what it is computed from: the
      // part that would give it the needed value, its total following, is a candidate too.
      for (const h of at) {
        if (!FOLLOWING_RULES.has(h.rule) || !isTarget(h, ref) || remaining.has(h) || taken.isWrong(h)) continue;
        const wanted = search.wanted(key, solved);
        const partKeys = graph.keysOf(h);
        const parts = h.cells;
        for (let i = 0; i < parts.length; i++) {
          const partKey = partKeys[i];
          const partFigure = partKey === key ? undefined : figures.at(parts[i]);
          if (!partFigure) continue;
          // Whether the part holds a figure is read from its cell: its Decimal only once a value is needed.
          const holds = base.has(partKey) || partFigure.cell.parsed.kind === "number";
          const needed = holds ? h.solveFor(parts[i], wanted) : null;
          if (needed && needed.isFinite()) search.consider(h, partFigure, (base.get(partKey) ?? partFigure.value) as Decimal, needed);
        }
      }
    }
  }
  return search.ranked();
}

/**
 * One group's search: the values tried per figure, each figure's best repair, and the best
 * ranking any repair has reached so far (most failing equations mended, then plausibility), which
 * a trial must be able to reach to be evaluated at all.
 */
class RepairSearch {
  private readonly base: ReadonlyMap<string, Decimal>;
  private readonly scratch: Scratch;
  private readonly probe: LayeredValues;
  private readonly wantedValues: LayeredValues;
  private readonly slots = new Map<string, Slot>();
  // Values already tried, per figure (by `cellKey`): a few each, told apart by value (as their
  // text would, without making it).
  private readonly tried = new Map<string, Decimal[]>();
  private readonly plans = new Map<string, CellPlan>();
  private bestResolved = 0;
  private bestPlausibility = -Infinity;
  // Trials in the order they are made: a figure's place among equally good repairs is when it
  // first had one, as a Map keeps the order its keys came in.
  private seq = 0;
  // The equation and figure `consider` is at, for its trials.
  private e!: Equation;
  private figure!: Figure;
  private plan!: CellPlan;
  private actual!: Decimal;
  private solved!: Decimal;
  private rounded!: Decimal;
  private own = false;
  private triedValues!: Decimal[];
  private near: Decimal | undefined;
  private range: ValueRange | null | undefined;

  constructor(
    private readonly graph: RelationGraph,
    private readonly figures: FigureIndex,
    private readonly remaining: ReadonlySet<Equation>,
    private readonly taken: TakenRepairs,
  ) {
    this.base = taken.values;
    ({ scratch: this.scratch, probe: this.probe, wanted: this.wantedValues } = taken.workspace());
  }

  /** The workbook's values (and the repairs taken) with one cell set: what a follower's part is solved against. */
  wanted(key: string, value: Decimal): ReadonlyMap<string, Decimal> {
    this.wantedValues.clearOwn();
    this.wantedValues.set(key, value);
    return this.wantedValues;
  }

  consider(e: Equation, figure: Figure, actual: Decimal, solved: Decimal): void {
    const plan = this.planOf(figure);
    // No value of this figure could mend as many failing equations as a repair found already:
    // none of its trials could rank with it (nor, reaching none, be a repair at all).
    if (plan.reach === 0 || plan.reach < this.bestResolved) return;
    this.e = e;
    this.figure = figure;
    this.plan = plan;
    this.actual = actual;
    this.solved = solved;
    this.own = isTarget(e, figure.ref);
    let triedHere = this.tried.get(figure.key);
    if (!triedHere) this.tried.set(figure.key, (triedHere = []));
    this.triedValues = triedHere;
    this.near = undefined;
    this.range = undefined;
    // The value written as the figure is (whole euros), when that reconciles as well; and the
    // figure with a slip undone (sign, a digit too many or few, the same row's other year),
    // which may reconcile within rounding where the exact solution shows no pattern.
    const places = actual.decimalPlaces();
    // Already written so (the usual case): the same value, no copy made.
    const rounded = solved.decimalPlaces() <= places ? solved : solved.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    this.rounded = rounded;
    this.trial(rounded, false, false);
    this.trial(solved, false, false);
    // The slips are made only inside the range the equation may hold in: those outside would
    // fail the range test below.
    const undone = slipUndone(figure, actual, solved, this.rangeOf());
    for (let i = 0; i < undone.values.length; i++) {
      const v = undone.values[i];
      this.trial(v, v !== rounded && v !== solved, undone.surelyNear[i]);
    }
  }

  /**
   * Where the equation may hold for this figure, asked for once per figure and equation: an
   * undone slip outside it fails the probe without an evaluation (most do).
   */
  private rangeOf(): ValueRange | null {
    if (this.range === undefined) this.range = this.e.holdsWithin ? this.e.holdsWithin(this.figure.ref, this.base) : null;
    return this.range;
  }

  private trial(suggested: Decimal, undone: boolean, surelyNear: boolean): void {
    const { actual, solved, figure, e } = this;
    if (sameDecimal(suggested, actual)) return;
    // An undone slip is worth the full trial only when it mends the equation it is tried on
    // (another equation may still ask for the same value); far from the solution it cannot
    // (no tolerance here is 5 % wide), so not even that is asked. Far is the cheapest test: first.
    if (undone && !surelyNear) {
      this.near ??= solved.abs().mul(0.05).plus(1);
      if (suggested.minus(solved).abs().gt(this.near)) return;
    }
    for (const v of this.triedValues) if (sameDecimal(v, suggested)) return;
    let probed: Verdict | undefined;
    if (undone) {
      const range = this.rangeOf();
      if (range && (compareDecimals(suggested, range.low) < 0 || compareDecimals(suggested, range.high) > 0)) return;
      this.probe.clearOwn();
      this.probe.set(figure.key, suggested);
      probed = e.evaluate(this.probe);
      if (probed === "wrong") return;
    }
    this.triedValues.push(suggested);
    const seq = this.seq++;
    // A trial that cannot rank with the best so far is set aside: it mends no more failing
    // equations than its figure reaches.
    if (this.plan.reach < this.bestResolved) return this.defer({ seq, figure, actual, suggested, solved, probedOn: e, probed });
    const tested = this.test(figure, suggested, e, probed);
    if (!tested) return;
    const judged = plausibilityOf(figure, actual, suggested, solved);
    if (!judged) return;
    const r: Repair = { figure, actual, suggested, follows: tested.follows, resolved: tested.resolved, pattern: judged.pattern, plausibility: judged.plausibility, exact: tested.exact, change: suggested.minus(actual).abs() };
    r.own = this.own;
    if (r.resolved.length > this.bestResolved || (r.resolved.length === this.bestResolved && r.plausibility > this.bestPlausibility)) {
      this.bestResolved = r.resolved.length;
      this.bestPlausibility = r.plausibility;
    }
    const slot = this.slots.get(figure.key);
    if (!slot) this.slots.set(figure.key, { repair: r, seq, deferred: null });
    else if (!slot.repair) {
      slot.repair = r;
      slot.seq = seq;
    } else if (compareSameCell(r, slot.repair) < 0) slot.repair = r;
  }

  /**
   * Sets a trial aside. Its figure's best repair cannot be it: should the figure end up among the
   * best, a repair of it that ranks so well comes from another value. Only its place among them
   * may depend on it, and only while the figure has no repair yet.
   */
  private defer(d: Deferred): void {
    const slot = this.slots.get(d.figure.key);
    if (!slot) this.slots.set(d.figure.key, { repair: null, seq: d.seq, deferred: [d] });
    else if (!slot.repair) (slot.deferred ??= []).push(d);
  }

  /** The figures' best repairs, best first; among equally good, the figure that had one first. */
  ranked(): Repair[] {
    const found: Slot[] = [];
    for (const slot of this.slots.values()) if (slot.repair) found.push(slot);
    const order = (a: Slot, b: Slot) => compareRepairs(a.repair as Repair, b.repair as Repair) || a.seq - b.seq;
    found.sort(order);
    // The best: where a trial set aside came before a figure's first repair, whether it would
    // have been one tells the figure's place.
    let tied = 0;
    while (tied < found.length && compareRepairs(found[tied].repair as Repair, found[0].repair as Repair) === 0) tied++;
    let moved = false;
    for (let i = 0; i < tied; i++) {
      const slot = found[i];
      for (const d of slot.deferred ?? []) {
        if (d.seq >= slot.seq) break;
        if (this.test(d.figure, d.suggested, d.probedOn, d.probed) && plausibilityOf(d.figure, d.actual, d.suggested, d.solved)) {
          slot.seq = d.seq;
          moved = true;
          break;
        }
      }
    }
    if (moved) found.sort(order);
    return found.map((s) => s.repair as Repair);
  }

  private planOf(figure: Figure): CellPlan {
    let plan = this.plans.get(figure.key);
    if (plan) return plan;
    const { graph, remaining, taken } = this;
    const at = graph.at(figure.ref);
    const followers: Follower[] = [];
    let reach = 0;
    for (const e of at) {
      if (remaining.has(e)) reach++;
      // A total computed from the figure (the target of a sum that holds) may follow it.
      if (!FOLLOWING_RULES.has(e.rule) || remaining.has(e) || isTarget(e, figure.ref) || taken.isWrong(e)) continue;
      const key = graph.targetKeyOf(e);
      const target = this.figures.at(e.target);
      // A total already repaired keeps the value taken.
      if (!target || key === figure.key || this.base.has(key)) continue;
      followers.push({ equation: e, target, key, reads: graph.at(target.ref) });
    }
    // Reached through a follower: counted once, and not again where the figure reads it itself.
    let through: Set<Equation> | null = null;
    for (const f of followers) {
      for (const e of f.reads) {
        if (!remaining.has(e) || at.includes(e)) continue;
        through ??= new Set();
        through.add(e);
      }
    }
    reach += through ? through.size : 0;
    plan = { at, followers, reach };
    this.plans.set(figure.key, plan);
    return plan;
  }

  /**
   * The figure set to `suggested`, its followers following: null when that breaks an equation that
   * holds or mends none that fails; else what it mends, and whether exactly.
   */
  private test(figure: Figure, suggested: Decimal, probedOn: Equation, probed: Verdict | undefined): { follows: Repair["follows"]; resolved: Equation[]; exact: boolean } | null {
    const { scratch, remaining, taken, graph } = this;
    const plan = this.planOf(figure);
    scratch.reset();
    const { overrides, touched } = scratch;
    overrides.set(figure.key, suggested);
    let follows: Repair["follows"] | null = null;
    if (probed) scratch.know(probedOn, probed, 0);
    for (const f of plan.followers) {
      if (scratch.evaluate(graph, f.equation, follows) !== "wrong") continue;
      if (follows !== null && follows.some((x) => x.figure.key === f.key)) continue;
      const value = f.equation.solveFor(f.equation.target, overrides);
      if (!value) continue;
      overrides.set(f.key, value);
      (follows ??= []).push({ figure: f.target, suggested: value });
    }
    scratch.touch(plan.at);
    if (follows) for (const x of follows) scratch.touch(graph.at(x.figure.ref));
    // A repair that only mends a consensus answers to the consensus: the amounts and totals its
    // figure flows into are the budget's business, not evidence about which area is out of line.
    // Without a consensus among what it may mend, the first equation it breaks rules it out, and
    // the rest need not be evaluated; what it mends is told after (most repairs break something).
    let consensusMayExcuse = false;
    const n = scratch.touchedCount;
    for (let i = 0; i < n; i++) if (remaining.has(touched[i]) && CONSENSUS_RULES.has(touched[i].rule)) consensusMayExcuse = true;
    const breaks = (e: Equation) => !remaining.has(e) && !taken.isWrong(e) && scratch.evaluate(graph, e, follows) === "wrong";
    // The equations that broke the last trials (the total a whole column of figures flows into)
    // are asked first: which one rules a repair out does not matter, only whether one does.
    if (!consensusMayExcuse) {
      for (const e of scratch.breakers) {
        if (scratch.touches(e) && breaks(e)) {
          scratch.broke(e);
          return null;
        }
      }
    }
    let broken = 0;
    for (let i = 0; i < n; i++) {
      const e = touched[i];
      if (!breaks(e)) continue;
      if (!consensusMayExcuse || CONSENSUS_RULES.has(e.rule)) {
        scratch.broke(e);
        return null;
      }
      broken++;
    }
    const resolved: Equation[] = [];
    // Every equation it mends then holds exactly, not merely within rounding.
    let exact = true;
    for (let i = 0; i < n; i++) {
      const e = touched[i];
      if (!remaining.has(e)) continue;
      const after = scratch.evaluate(graph, e, follows);
      if (after !== "wrong") resolved.push(e);
      if (after === "rounding") exact = false;
    }
    if (resolved.length === 0) return null;
    const consensusOnly = resolved.every((e) => CONSENSUS_RULES.has(e.rule));
    if (broken > 0 && !consensusOnly) return null;
    return { follows: follows ?? [], resolved, exact };
  }
}

/**
 * The slip a value undoes and how likely a slip it is (no equation asked): a recognisable
 * pattern, a rounder figure; a sign changed, less so. Null: no slip of typing at all.
 */
function plausibilityOf(figure: Figure, actual: Decimal, suggested: Decimal, solved: Decimal): Judged | null {
  // A percentage equal to its neighbour (3,0 beside 3,0) is how plans are written, not a copy slip.
  const siblings = figure.role === "derived" ? [] : figure.siblings;
  const pattern = slipOf(actual, suggested, siblings, solved) ?? typedOverFormula(figure);
  let plausibility = pattern ? 2 : 0;
  // 30 010 → 30 000 reads as a slip in a rounded budget; 203 310 → 203 300 much less so.
  plausibility += Math.min(Math.max(roundness(suggested) - roundness(actual), 0), 3);
  // A typed amount that would have to change sign (not merely lose its minus) is no slip of typing.
  if (!pattern && !actual.isZero() && !suggested.isZero() && actual.isNegative() !== suggested.isNegative()) {
    if (figure.role === "input") return null;
    plausibility -= 2;
  }
  if (actual.isZero()) plausibility -= 1;
  // The repair makes the figure equal its row's other year again (KS repeating TA).
  if (siblings.some((x) => figureEquals(x.cell.parsed, suggested))) plausibility += 1;
  return { pattern, plausibility };
}

/** Whether the cell is the equation's checked cell (as their `cellKey`s compare, without making them). */
function isTarget(e: Equation, ref: CellRef): boolean {
  return e.target.cell === ref.cell && e.target.sheet === ref.sheet;
}

/** Whether the equation reads a follower set after the `from`-th. */
function followerRead(graph: RelationGraph, e: Equation, follows: Repair["follows"], from: number): boolean {
  const keys = graph.keysOf(e);
  for (let i = from; i < follows.length; i++) if (keys.includes(follows[i].figure.key)) return true;
  return false;
}

/**
 * Best first: most failing equations satisfied (fewest left), the more plausible slip, fewer figures that must
 * follow, the smaller change, an input figure before a computed one.
 */
export function compareRepairs(a: Repair, b: Repair): number {
  return (
    b.resolved.length - a.resolved.length ||
    b.plausibility - a.plausibility ||
    a.follows.length - b.follows.length ||
    // Euros and percentage points are no common measure of a change's size.
    (a.figure.unit === b.figure.unit ? compareDecimals(a.change, b.change) : 0) ||
    roleRank(a) - roleRank(b)
  );
}

/**
 * Among values for one figure: as good a repair, then one that reconciles exactly (−79 860 where
 * the other table says −79 860, not −79 859 merely within a euro), then the value its own check
 * expects, then as written.
 */
function compareSameCell(a: Repair, b: Repair): number {
  return (
    b.resolved.length - a.resolved.length ||
    b.plausibility - a.plausibility ||
    Number(b.exact) - Number(a.exact) ||
    Number(b.own === true) - Number(a.own === true) ||
    a.suggested.decimalPlaces() - b.suggested.decimalPlaces() ||
    compareRepairs(a, b)
  );
}

function roleRank(r: Repair): number {
  return r.figure.role === "input" ? 0 : 1;
}
