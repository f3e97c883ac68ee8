import Decimal from "decimal.js";
import { CellRef, Equation, Overrides, ValueRange } from "../relations/equation";
import { Verdict } from "../compare/tolerance";
import { RelationGraph } from "./graph";
import { Figure, FigureIndex, siblingCells } from "./figures";
import { ValueCell } from "../model";
import { Pattern, figureEqualsSearchValue, roundnessOf, slipOfValues } from "./patterns";
import { LayeredValues } from "./layered";
import { CellValues } from "./cellValues";
import { UnitsRange } from "../relations/unitsRange";
import { typedOverFormula } from "./formulaPatterns";
import { slipUndoneOf } from "./slips";
import { SearchValue, fartherThanTwentieth, roundedUnits } from "./searchValue";
import { FoundRepair, Follower, actualUnitsInto, suggestedDecimals, suggestedUnitsInto } from "./foundRepair";
import { IdMarks, SOLVED_IN_UNITS, TriedValues, excludes, setValue, solveInto } from "./searchParts";
import { Units } from "../relations/exactValues";
import { rescale } from "../arithmetic/exact";
import { compareDecimals } from "../compare/decimalOrder";
import { NOT_NEGATIVE, NOT_POSITIVE, breaksSign } from "../relations/heldSigns";
import { givesRangeAround, solvesInUnits } from "../relations/solveUnits";
import { ParsedNumber } from "../numbers";
import { a1 as addressOf } from "../cell";
import { positionOfA1 } from "../relations/position";

/** A single-cell repair: one figure set to the value that reconciles, and what that does. */
export interface Repair {
  figure: Figure;
  actual: Decimal;
  suggested: Decimal;
  /** Figures computed from this one (a unit's NETTOMENO) that follow it as a formula would. */
  follows: { figure: Figure; suggested: Decimal }[];
  /** Each follower's `cellKey` as the equations read it, in `follows` order: what a taken repair overrides beside its figure. */
  followKeys: string[];
  /** Failing equations (of any group not yet explained) the repair satisfies. */
  resolved: Equation[];
  pattern: Pattern | null;
  /** How likely a slip it is: a recognisable pattern, a rounder figure; a sign changed, less so. */
  plausibility: number;
  /** The value is what the figure's own check expects (not solved from another figure's). */
  own?: boolean;
  /** Every equation it mends then holds exactly, not merely within rounding. */
  exact: boolean;
  /** |suggested − actual|, made when first ranked by it in Decimal (most repairs never are: see `compareChanges`), then kept. */
  change?: Decimal;
}

/**
 * A year's allocation is judged by the areas that agree with each other: the odd area is found
 * among its peers, so for a repair that only mends the allocation, only the allocation's own
 * equations count as broken (the area's amount flows into its own totals, which any correction
 * of the budget line would carry along).
 */
function isConsensus(rule: string): boolean {
  return rule === "allocation-expected";
}

const MAX_CANDIDATE_CELLS = 400;

/**
 * Sums whose total a spreadsheet computes from its parts, so that it follows a repaired part.
 * Compared, not looked up in a Set: asked of every equation at every figure tried.
 */
function isFollowing(rule: string): boolean {
  return rule === "sum" || rule === "unit-total" || rule === "unit-nettomeno" || rule === "toimintakate";
}

/**
 * The repairs taken so far (their values, by `cellKey`) and the equations that read a repaired
 * cell: any other equation fails or holds as with the workbook's own values.
 */
export class TakenRepairs {
  readonly values = new CellValues();
  private readonly reading = new Set<Equation>();

  constructor(private readonly graph: RelationGraph) {}

  take(r: Repair): void {
    this.values.set(r.figure.key, r.suggested);
    r.follows.forEach((f, i) => this.values.set(r.followKeys[i], f.suggested));
    this.readingAt(r.figure.ref);
    for (const f of r.follows) this.readingAt(f.figure.ref);
  }

  private readingAt(ref: CellRef): void {
    const graph = this.graph;
    const id = graph.idOf(ref);
    for (let i = graph.firstAt(id), end = graph.endAt(id); i < end; i++) this.reading.add(graph.equationAt(i));
  }

  /** Whether the equation fails with the repairs taken so far. */
  isWrong(e: Equation): boolean {
    return this.reading.has(e) ? e.evaluate(this.values) === "wrong" : this.graph.isWrong(e);
  }
}

// The equations a trial mends, filled up to their count by the one trial running.
const MENDED: Equation[] = [];
// Shared by the repairs that have none (most), never changed.
const NO_FOLLOWS: Repair["follows"] = [];
const NO_KEYS: string[] = [];
// The figure's siblings' cells, read into this list by the one trial running.
const SIBLING_CELLS: ValueCell[] = [];

// Recent equations asked first whether a trial breaks them: a few suffice for one group.
const MAX_BREAKERS = 4;

// A touched equation's standing before the trial, as `tryRepair` reads it: asked once per trial.
const UNKNOWN = 0;
const FAILING = 1;
const HOLDING = 2;
const WRONG_ALREADY = 3;

// Whether an equation of the figure's cell reads no cell that may follow the figure (`RepairSearch.readsNoFollower`).
const UNASKED = 0;
const FREE = 1;
const NOT_FREE = 2;

/**
 * What a repair's trial fills afresh each time, kept across trials (thousands per check) so that
 * a trial allocates little: the what-if layer, the followers set in it, the verdicts known under
 * it (with how many followers were set then) and the equations it touches with their standing,
 * each a short list searched in order.
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
  private readonly standings: number[] = [];
  touchedCount = 0;
  // The figure whose cell's equations open the touched list (the first `ownTouched`) with their
  // standings: the same for every value tried for it within one search (the failing equations and
  // the repairs taken stay as they are), so kept from one of its trials to the next.
  private touchedFor: Figure | undefined;
  private ownTouched = 0;
  private readonly followers: Figure[] = [];
  // Each follower's cell id in the graph, read once when it is set: asked again by every verdict
  // known before it was set (`followerRead`) and by the sign and touch walk.
  private readonly followerIds: number[] = [];
  // A follower solved in units keeps them (scale −1: none) and makes its Decimal only for a repair returned.
  private readonly followerValues: (Decimal | undefined)[] = [];
  private readonly followerUnits: number[] = [];
  private readonly followerScales: number[] = [];
  followCount = 0;
  /** Equations that ruled out recent trials, the latest first. */
  readonly breakers: Equation[] = [];

  constructor(base: Overrides) {
    this.overrides = new LayeredValues(base);
  }

  reset(): void {
    this.overrides.clearOwn();
    this.knownCount = 0;
    this.touchedCount = 0;
    this.followCount = 0;
  }

  /** Where the equation's verdict is kept, or −1. */
  private known(e: Equation): number {
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

  /** The equation's verdict under the overrides: one known stays true until a follower it reads is set. */
  verdictOf(e: Equation, graph: RelationGraph): Verdict {
    const i = this.known(e);
    if (i >= 0 && (this.knownFollows[i] === this.followCount || !this.followerRead(graph, e, this.knownFollows[i]))) return this.knownVerdicts[i];
    const verdict = e.evaluate(this.overrides);
    this.know(e, verdict, this.followCount);
    return verdict;
  }

  /** Whether the equation reads a follower set after the `from`-th. */
  private followerRead(graph: RelationGraph, e: Equation, from: number): boolean {
    for (let i = from; i < this.followCount; i++) if (graph.readsAt(e, this.followerIds[i])) return true;
    return false;
  }

  /** A figure computed from the repaired one (at cell id `id`), set to follow it. */
  follow(figure: Figure, id: number, value: Decimal): void {
    const i = this.followCount++;
    this.followers[i] = figure;
    this.followerIds[i] = id;
    this.followerValues[i] = value;
    this.followerScales[i] = -1;
    // Its sign only, as `followerSignAt` reads it.
    this.followerUnits[i] = signOf(value);
  }

  /** `follow` of a value solved as units (nonzero: see `SolvesInUnits`). */
  followUnits(figure: Figure, id: number, units: number, scale: number): void {
    const i = this.followCount++;
    this.followers[i] = figure;
    this.followerIds[i] = id;
    this.followerValues[i] = undefined;
    this.followerUnits[i] = units;
    this.followerScales[i] = scale;
  }

  /** The `i`-th follower's sign: −1, 0 or 1 (a zero's sign not counting). */
  followerSignAt(i: number): number {
    return Math.sign(this.followerUnits[i]);
  }

  /** Whether the figure is set as a follower (a cell has one figure: as its key would tell). */
  follows(figure: Figure): boolean {
    for (let i = 0; i < this.followCount; i++) if (this.followers[i] === figure) return true;
    return false;
  }

  followerAt(i: number): Figure {
    return this.followers[i];
  }

  followerIdAt(i: number): number {
    return this.followerIds[i];
  }

  /** The followers set, as a repair keeps them. */
  followsMade(): Repair["follows"] {
    if (this.followCount === 0) return NO_FOLLOWS;
    // Made at its length, as `followKeysMade`'s.
    const out: Repair["follows"] = new Array<Repair["follows"][number]>(this.followCount);
    for (let i = 0; i < this.followCount; i++) out[i] = new Follower(this.followers[i], this.followerValues[i], this.followerUnits[i], this.followerScales[i]);
    return out;
  }

  followKeysMade(): string[] {
    if (this.followCount === 0) return NO_KEYS;
    // Made at its length: pushing grew a list of room for sixteen for a key or two.
    const keys = new Array<string>(this.followCount);
    for (let i = 0; i < this.followCount; i++) keys[i] = this.followers[i].key;
    return keys;
  }

  broke(e: Equation): void {
    const list = this.breakers;
    // Moved to the front in place: splice and unshift made a new array each time.
    let i = list.indexOf(e);
    if (i < 0) i = list.length < MAX_BREAKERS ? list.length : MAX_BREAKERS - 1;
    for (; i > 0; i--) list[i] = list[i - 1];
    list[0] = e;
  }

  /** Where the equation is among those touched, or −1. */
  touchedIndex(e: Equation): number {
    for (let i = 0; i < this.touchedCount; i++) if (this.touched[i] === e) return i;
    return -1;
  }

  /** Touches the equations reading the cell of id `id`, the figure's, first in a trial: as the last trial did when it tried the same figure. */
  touchFigure(graph: RelationGraph, figure: Figure, id: number): void {
    if (this.touchedFor === figure) {
      this.touchedCount = this.ownTouched;
      return;
    }
    this.touchedCount = 0;
    this.touchAt(graph, id);
    this.touchedFor = figure;
    this.ownTouched = this.touchedCount;
  }

  /** Forgets the figure's equations kept: a search has its own failing equations and repairs taken. */
  newSearch(): void {
    this.touchedFor = undefined;
  }

  /** Touches the equations reading the cell of id `id` in the graph. */
  touchAt(graph: RelationGraph, id: number): void {
    for (let i = graph.firstAt(id), end = graph.endAt(id); i < end; i++) {
      const e = graph.equationAt(i);
      if (this.touchedIndex(e) >= 0) continue;
      this.standings[this.touchedCount] = UNKNOWN;
      this.touched[this.touchedCount++] = e;
    }
  }

  /** The `i`-th touched equation's standing before the trial: failing (to mend), holding, or wrong through repairs taken. */
  standing(i: number, remaining: ReadonlySet<Equation>, taken: TakenRepairs): number {
    let s = this.standings[i];
    if (s === UNKNOWN) {
      const e = this.touched[i];
      s = remaining.has(e) ? FAILING : taken.isWrong(e) ? WRONG_ALREADY : HOLDING;
      this.standings[i] = s;
    }
    return s;
  }

  /** Whether the trial breaks the `i`-th touched equation: one that held fails under it. */
  breaks(i: number, remaining: ReadonlySet<Equation>, taken: TakenRepairs, graph: RelationGraph): boolean {
    return this.standing(i, remaining, taken) === HOLDING && this.verdictOf(this.touched[i], graph) === "wrong";
  }
}

/**
 * Candidate repairs for a group of failing equations (`repairsFor`): every figure of a failing
 * equation, set to the value that equation needs; kept when it breaks no equation that holds
 * (figures computed from it follow it, one step), best per cell, best first.
 *
 * The search is made once per analysis and asked once per group and round: the
 * repairs taken so far are one Map throughout, so the what-if layers over them, the lists of
 * values tried and of the best repair per cell are kept and refilled, and a candidate value is
 * worked out in fields, not in closures made for each figure and trial (thousands per check).
 */
export class RepairSearch {
  private readonly base: CellValues;
  // What-if layers refilled for each test (a repair keeps its own values).
  private readonly probe: LayeredValues;
  private readonly wanted: LayeredValues;
  private readonly scratch: Scratch;
  // By figure, as by its key (a cell has one figure): no key made for the figures tried.
  private readonly best = new Map<Figure, Repair>();
  // Values already tried, per figure: a few each, told apart by value (as their
  // text would, without making it).
  // Each figure has a slot: its list, kept across searches (thousands of figures a check) and
  // emptied by its count, where a new list grown by pushing was made for each.
  private readonly triedSlotOf = new Map<Figure, number>();
  private readonly triedLists: TriedValues[] = [];
  private triedSlots = 0;
  // The group's cells, each once, in the order first read, filled up to `cellCount`: their ids in
  // the graph's index and where they are, as `eachCell` visits them (no `CellRef` or address made
  // for each), or the `CellRef` of an equation that gives only `cells`.
  private readonly seen = new IdMarks();
  private readonly cellIds: number[] = [];
  private readonly cellSheets: string[] = [];
  private readonly cellRows: number[] = [];
  private readonly cellCols: number[] = [];
  private readonly cellRefs: (CellRef | undefined)[] = [];
  private cellCount = 0;
  private remaining: ReadonlySet<Equation> = new Set();
  // The candidate being considered: the equation, the figure, its value and the value needed.
  // Each value is one of the search's few `SearchValue`s, filled again for each: the figure's
  // (with the repair taken there, if any), and the solution.
  private e!: Equation;
  private figure!: Figure;
  // The figure's cell id in the graph: known where the figure is found, not read again from its address at every trial.
  private atFigure = -1;
  private actual!: SearchValue;
  private actualTaken: Decimal | undefined;
  private solved!: SearchValue;
  private own = false;
  private tried!: TriedValues;
  // |solution| × 0,05 + 1, made in Decimal only where the units cannot tell what is near.
  private near: Decimal | undefined;
  // The values of a search: a figure and what its equations need of it; a part's and what the
  // followed sum needs of it; the solution rounded as the figure is written; a value tried.
  private readonly figureActual = new SearchValue();
  private readonly figureSolved = new SearchValue();
  private readonly partActual = new SearchValue();
  private readonly partNeeded = new SearchValue();
  private readonly rounded = new SearchValue();
  private readonly candidate = new SearchValue();
  // Where the equation may hold for this figure, asked for once per figure and equation: an
  // undone slip outside it fails the probe without an evaluation (most do).
  private range: ValueRange | null | undefined;
  // The one range in units the equations write theirs into: read only until the next is asked.
  private readonly unitsRange = new UnitsRange(0, 0, 0, 0);
  // The sums of the cell searched that hold and compute it (a computed figure's), in the graph's
  // order: listed once per cell, not picked out again for each equation failing there; nothing
  // they are picked by changes within a search.
  private readonly followed: Equation[] = [];
  // The sums a trial's figure may make follow (totals of it that hold and are no failing
  // equation's), in the graph's order: listed once per figure and search, not picked out at every
  // trial; whether one follows is then the trial's own verdict.
  private readonly followable: Equation[] = [];
  // Each followable sum's target figure (undefined: none) and its cell id: what a trial sets there
  // when the sum follows, looked up with the list, not at every trial.
  private readonly followableTargets: (Figure | undefined)[] = [];
  private readonly followableTargetIds: number[] = [];
  private followableCount = 0;
  private followableOf: Figure | undefined;
  // Whether an equation of the figure's cell or of a cell that may follow it is a consensus's:
  // only then may a trial of the figure stand while breaking an equation. Listed with `followable`.
  private consensusNear = false;
  // Per equation of the figure's own cell (by its place among those touched), whether it reads no
  // cell that may follow (0: not asked yet, FREE, NOT_FREE): asked of the equations that broke recent
  // trials, before any follower is worked out. Forgotten with `followable`.
  private readonly ownFree: number[] = [];

  constructor(
    private readonly graph: RelationGraph,
    private readonly figures: FigureIndex,
    private readonly taken: TakenRepairs,
  ) {
    this.base = taken.values;
    this.probe = new LayeredValues(this.base);
    this.wanted = new LayeredValues(this.base);
    this.scratch = new Scratch(this.base);
  }

  repairsFor(group: readonly Equation[], remaining: ReadonlySet<Equation>): Repair[] {
    const { graph, figures, base, best } = this;
    this.remaining = remaining;
    best.clear();
    this.triedSlotOf.clear();
    this.triedSlots = 0;
    this.seen.clear();
    this.seen.reserve(graph.cellIdCount);
    this.cellCount = 0;
    this.followableOf = undefined;
    this.scratch.newSearch();
    for (const e of group) {
      if (e.eachCell?.(this.addCell)) continue;
      for (const ref of e.cells) this.addRef(ref);
    }
    // A group spanning hundreds of figures (a whole sheet of totals that disagree) is no single
    // slip; searching it would cost more than the rest of the check.
    if (this.cellCount > MAX_CANDIDATE_CELLS) return [];
    for (let c = 0; c < this.cellCount; c++) {
      const id = this.cellIds[c];
      const figure = this.figureOfCell(c);
      if (!figure) continue;
      // The figure's ref is its cell's, as the equations read it.
      const ref = figure.ref;
      const taken = takenAt(base, figure);
      const p = figure.cell.parsed;
      if (taken === undefined && p.kind !== "number") continue;
      // The figure's own Decimal (kept with its cell) is made only for a repair that shows it.
      const actual = taken !== undefined ? this.figureActual.setDecimal(taken) : this.figureActual.setFigure(p as ParsedNumber);
      // The values every failing equation at the cell asks of it, not only this group's open ones
      // (an equation set aside for a tie still says which value it needs).
      const first = graph.firstAt(id);
      const end = graph.endAt(id);
      let followedCount = -1;
      for (let i = first; i < end; i++) {
        const e = graph.equationAt(i);
        if (!remaining.has(e)) continue;
        const solved = this.figureSolved;
        const how = solveInto(e, ref, base, solved);
        if (how === 0) continue;
        this.consider(e, figure, id, actual, taken, solved, how === SOLVED_IN_UNITS);
        // A computed figure (a unit's NETTOMENO) is wrong through what it is computed from: the
        // part that would give it the needed value, its total following, is a candidate too.
        if (followedCount < 0) followedCount = this.listFollowed(first, end, ref);
        for (let j = 0; j < followedCount; j++) {
          const h = this.followed[j];
          const wanted = this.wanted;
          wanted.clearOwn();
          setValue(wanted, ref, figure, solved);
          const parts = h.cells;
          for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            const partFigure = part.cell === ref.cell && part.sheet === ref.sheet ? undefined : figures.at(part);
            if (!partFigure) continue;
            const partTaken = takenAt(base, partFigure);
            // Whether the part holds a figure is read from its cell: its Decimal only for a repair that shows it.
            const q = partFigure.cell.parsed;
            if (!(partTaken !== undefined || q.kind === "number")) continue;
            const needed = this.partNeeded;
            if (!solveInto(h, part, wanted, needed)) continue;
            const partActual = partTaken !== undefined ? this.partActual.setDecimal(partTaken) : this.partActual.setFigure(q as ParsedNumber);
            this.consider(h, partFigure, graph.idOf(partFigure.ref), partActual, partTaken, needed, false);
          }
        }
      }
    }
    return [...best.values()].sort(compareRepairs);
  }

  /** A cell of the group's equations, as `eachCell` visits it: listed unless it is already. */
  private readonly addCell = (sheet: string, row: number, col: number): void => {
    const id = this.graph.idAtCell(sheet, row, col);
    if (!this.seen.mark(id)) return;
    const c = this.cellCount++;
    this.cellIds[c] = id;
    this.cellSheets[c] = sheet;
    this.cellRows[c] = row;
    this.cellCols[c] = col;
    this.cellRefs[c] = undefined;
  };

  /** `addCell` of a cell read from an equation's `cells`. */
  private addRef(ref: CellRef): void {
    const id = this.graph.idOf(ref);
    if (!this.seen.mark(id)) return;
    const c = this.cellCount++;
    this.cellIds[c] = id;
    this.cellRefs[c] = ref;
  }

  /** The figure at the `c`-th cell listed, if any. */
  private figureOfCell(c: number): Figure | undefined {
    const ref = this.cellRefs[c];
    if (ref) return this.figures.at(ref);
    const figures = this.figures;
    const sheet = this.cellSheets[c];
    const row = this.cellRows[c];
    const col = this.cellCols[c];
    return figures.atCell ? figures.atCell(sheet, row, col) : figures.at({ sheet, cell: addressOf(row, col) });
  }

  /** Lists in `followed` the sums among the graph's `first`…`end` that hold and compute `ref`; their count. */
  private listFollowed(first: number, end: number, ref: CellRef): number {
    const { graph, remaining, taken, followed } = this;
    let n = 0;
    for (let j = first; j < end; j++) {
      const h = graph.equationAt(j);
      if (!isFollowing(h.rule) || !isTarget(h, ref) || remaining.has(h) || taken.isWrong(h)) continue;
      followed[n++] = h;
    }
    return n;
  }

  /** Lists in `followable` the sums a trial of `figure` may make follow, unless listed for it already. */
  private listFollowable(figure: Figure, atFigure: number): void {
    if (this.followableOf === figure) return;
    const { graph, figures, remaining, taken, followable, followableTargets, followableTargetIds } = this;
    let n = 0;
    let consensus = false;
    for (let i = graph.firstAt(atFigure), end = graph.endAt(atFigure); i < end; i++) {
      const e = graph.equationAt(i);
      if (isConsensus(e.rule)) consensus = true;
      if (!isFollowing(e.rule) || remaining.has(e) || isTarget(e, figure.ref) || taken.isWrong(e)) continue;
      // The target figure is the equation's target's cell's: its key, where made, is that cell's.
      const target = figures.at(e.target);
      const id = target ? graph.idOf(target.ref) : -1;
      followable[n] = e;
      followableTargets[n] = target;
      followableTargetIds[n++] = id;
      if (target) for (let j = graph.firstAt(id), stop = graph.endAt(id); j < stop; j++) if (isConsensus(graph.equationAt(j).rule)) consensus = true;
    }
    this.followableCount = n;
    this.followableOf = figure;
    this.consensusNear = consensus;
    // Emptied in place (by its length, it would give up its storage).
    this.ownFree.fill(UNASKED);
  }

  /** Whether the `i`-th equation touched, one of the figure's own cell, reads no cell that may follow the figure. */
  private readsNoFollower(i: number): boolean {
    const ownFree = this.ownFree;
    while (ownFree.length <= i) ownFree.push(UNASKED);
    let free = ownFree[i];
    if (free === UNASKED) {
      const e = this.scratch.touched[i];
      free = FREE;
      for (let f = 0; f < this.followableCount; f++) {
        if (this.followableTargets[f] && this.graph.readsAt(e, this.followableTargetIds[f])) {
          free = NOT_FREE;
          break;
        }
      }
      ownFree[i] = free;
    }
    return free === FREE;
  }

  /**
   * Whether the figure's value alone rules the trial out, before any follower is worked out: it
   * breaks a sign check that holds there, or one of the equations that ruled out recent trials,
   * read at the figure's cell and reading no cell that may follow (so its verdict is the same
   * whatever follows). Asked only where no consensus may excuse a broken equation, as `tryRepair`
   * would then rule the trial out for either. Most trials of a group fail on the same equation.
   */
  private ruledOutAlone(sign: number): boolean {
    const { scratch, remaining, taken, graph } = this;
    if (this.breaksHeldSign(this.atFigure, this.figure, sign) > 0) return true;
    for (const e of scratch.breakers) {
      const i = scratch.touchedIndex(e);
      if (i >= 0 && this.readsNoFollower(i) && scratch.breaks(i, remaining, taken, graph)) {
        scratch.broke(e);
        return true;
      }
    }
    return false;
  }

  /**
   * Tries the values a failing equation suggests for `figure` (at cell id `atFigure`; `actual`, or `taken` as a repair
   * taken set it): the solution `solved`, rounded as the figure is written, and slips undone.
   * `onBase`: `solved` is what `e.solveUnitsInto` gave for the figure over the repairs taken.
   */
  private consider(e: Equation, figure: Figure, atFigure: number, actual: SearchValue, taken: Decimal | undefined, solved: SearchValue, onBase: boolean): void {
    this.e = e;
    this.figure = figure;
    this.atFigure = atFigure;
    this.actual = actual;
    this.actualTaken = taken;
    this.solved = solved;
    this.own = isTarget(e, figure.ref);
    let slot = this.triedSlotOf.get(figure);
    if (slot === undefined) {
      slot = this.triedSlots++;
      this.triedSlotOf.set(figure, slot);
      if (slot === this.triedLists.length) this.triedLists.push(new TriedValues());
      this.triedLists[slot].count = 0;
    }
    this.tried = this.triedLists[slot];
    this.near = undefined;
    this.range = undefined;
    // The value written as the figure is (whole euros), when that reconciles as well; and the
    // figure with a slip undone (sign, a digit too many or few, the same row's other year),
    // which may reconcile within rounding where the exact solution shows no pattern.
    this.trial(this.roundedAs(solved, actual.decimalPlaces()), false, false);
    this.trial(solved, false, false);
    // The slips are made only inside the range the equation may hold in: those outside would
    // fail the range test in `trial`.
    this.range = onBase && givesRangeAround(e) ? e.holdsAround(figure.ref, this.base, solved, this.unitsRange) : e.holdsWithin ? e.holdsWithin(figure.ref, this.base, this.unitsRange) : null;
    const undone = slipUndoneOf(figure, actual, solved, this.range);
    const candidate = this.candidate;
    for (let i = 0, n = undone.count; i < n; i++) {
      // A slip made as units (a digit's) is tried as them: most fail the range or the probe.
      this.trial(undone.unitsAt(i, SLIP) ? candidate.setUnits(SLIP.units, SLIP.scale) : candidate.setDecimal(undone.valueAt(i)), true, undone.surelyNear[i]);
    }
  }

  /** `solved` at `places` decimals, rounded half up: itself where it has no more (the usual case). */
  private roundedAs(solved: SearchValue, places: number): SearchValue {
    if (solved.decimalPlaces() <= places) return solved;
    if (solved.hasUnits()) {
      const units = roundedUnits(solved.units, solved.scale, places);
      // A zero's sign is Decimal's rounding's.
      if (units !== 0) return this.rounded.setUnits(units, places);
    }
    return this.rounded.setDecimal(solved.value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
  }

  /**
   * `suggested` tried as a repair unless it is the figure's value or tried already; `undone`: a
   * slip undone, tried only where it may mend the equation considered (`surelyNear`: surely
   * within 5 % of the solution).
   */
  private trial(suggested: SearchValue, undone: boolean, surelyNear: boolean): void {
    const { figure, e } = this;
    if (suggested.equals(this.actual)) return;
    // An undone slip is worth the full trial only when it mends the equation it is tried on
    // (another equation may still ask for the same value); far from the solution it cannot
    // (no tolerance here is 5 % wide), so not even that is asked. Far is the cheapest test: first.
    if (undone && !surelyNear && this.isFar(suggested)) return;
    if (this.tried.has(suggested)) return;
    let probed: Verdict | undefined;
    if (undone) {
      // Set by `consider` before any undone slip is tried.
      const range = this.range;
      if (range && excludes(range, suggested)) return;
      const probe = this.probe;
      probe.clearOwn();
      setValue(probe, figure.ref, figure, suggested);
      probed = e.evaluate(probe);
      if (probed === "wrong") return;
    }
    this.tryValue(suggested, probed);
  }

  /** Whether `v` lies farther than 5 % (and one unit) from the solution: in units where both have them. */
  private isFar(v: SearchValue): boolean {
    const solved = this.solved;
    const far = v.hasUnits() && solved.hasUnits() ? fartherThanTwentieth(v, solved) : undefined;
    if (far !== undefined) return far;
    const near = (this.near ??= solved.value.abs().mul(0.05).plus(1));
    return v.value.minus(solved.value).abs().gt(near);
  }

  /** A value past `trial`'s tests tried as a repair, and kept when the best for its figure. */
  private tryValue(suggested: SearchValue, probed: Verdict | undefined): void {
    const figure = this.figure;
    this.tried.add(suggested);
    const r = this.tryRepair(suggested, probed);
    if (!r) return;
    r.own = this.own;
    const held = this.best.get(figure);
    if (!held || compareSameCell(r, held) < 0) this.best.set(figure, r);
  }

  /**
   * The figure set to `suggested` (its followers following): null when that breaks an equation
   * that holds or mends none that fails; `probed`: the equation considered's verdict under it,
   * when already asked.
   */
  private tryRepair(suggested: SearchValue, probed: Verdict | undefined): FoundRepair | null {
    const { graph, taken, remaining, scratch, figure, actual } = this;
    /** The value the equation tried on needs, exactly: what a slip's pattern is judged against. */
    const solved = this.solved;
    scratch.reset();
    const { overrides, touched } = scratch;
    setValue(overrides, figure.ref, figure, suggested);
    // Verdicts already known under these overrides, with how many followers were set then: one
    // stays true until a follower the equation reads is set.
    if (probed) scratch.know(this.e, probed, 0);
    const atFigure = this.atFigure;
    // A total computed from the repaired figure (the target of a sum that holds) follows it.
    this.listFollowable(figure, atFigure);
    // The equations of the figure's own cell open the touched list; those of followers join them below.
    scratch.touchFigure(graph, figure, atFigure);
    const consensusNear = this.consensusNear;
    if (!consensusNear && this.ruledOutAlone(suggested.sign())) return null;
    const followable = this.followable;
    for (let i = 0, n = this.followableCount; i < n; i++) {
      const e = followable[i];
      if (scratch.verdictOf(e, graph) !== "wrong") continue;
      const target = this.followableTargets[i];
      if (!target) continue;
      if (target === figure || overrides.hasCell(e.target, target) || scratch.follows(target)) continue;
      if (solvesInUnits(e) && e.solveUnitsInto(e.target, overrides, FOLLOWER)) {
        overrides.setCellUnits(e.target, target, FOLLOWER.units, FOLLOWER.scale);
        scratch.followUnits(target, this.followableTargetIds[i], FOLLOWER.units, FOLLOWER.scale);
        continue;
      }
      const value = e.solveFor(e.target, overrides);
      if (!value) continue;
      overrides.setCell(e.target, target, value);
      scratch.follow(target, this.followableTargetIds[i], value);
    }
    // The sign checks that hold on the cells set (the figure and its followers) are no equations:
    // a value breaks one by its sign alone, asked here without an evaluation.
    let signsBroken = this.breaksHeldSign(atFigure, figure, suggested.sign());
    const followCount = scratch.followCount;
    for (let f = 0; f < followCount; f++) {
      const id = scratch.followerIdAt(f);
      signsBroken += this.breaksHeldSign(id, scratch.followerAt(f), scratch.followerSignAt(f));
      scratch.touchAt(graph, id);
    }
    // A repair that only mends a consensus answers to the consensus: the amounts and totals its
    // figure flows into are the budget's business, not evidence about which area is out of line.
    // Without a consensus among what it may mend, the first equation it breaks rules it out, and
    // the rest need not be evaluated; what it mends is told after (most repairs break something).
    let consensusMayExcuse = false;
    const n = scratch.touchedCount;
    if (consensusNear) for (let i = 0; i < n; i++) if (isConsensus(touched[i].rule) && scratch.standing(i, remaining, taken) === FAILING) consensusMayExcuse = true;
    // The equations that broke the last trials (the total a whole column of figures flows into)
    // are asked first: which one rules a repair out does not matter, only whether one does.
    if (!consensusMayExcuse) {
      if (signsBroken > 0) return null;
      for (const e of scratch.breakers) {
        const i = scratch.touchedIndex(e);
        if (i >= 0 && scratch.breaks(i, remaining, taken, graph)) {
          scratch.broke(e);
          return null;
        }
      }
    }
    let broken = signsBroken;
    for (let i = 0; i < n; i++) {
      if (!scratch.breaks(i, remaining, taken, graph)) continue;
      const e = touched[i];
      if (!consensusMayExcuse || isConsensus(e.rule)) {
        scratch.broke(e);
        return null;
      }
      broken++;
    }
    // What it mends, listed in scratch: its own list is made only for a repair returned, at its length.
    const mended = MENDED;
    let resolvedCount = 0;
    // Every equation it mends then holds exactly, not merely within rounding.
    let exact = true;
    let consensusOnly = true;
    for (let i = 0; i < n; i++) {
      if (scratch.standing(i, remaining, taken) !== FAILING) continue;
      const e = touched[i];
      const after = scratch.verdictOf(e, graph);
      if (after !== "wrong") {
        mended[resolvedCount++] = e;
        if (!isConsensus(e.rule)) consensusOnly = false;
      }
      if (after === "rounding") exact = false;
    }
    if (resolvedCount === 0) return null;
    if (broken > 0 && !consensusOnly) return null;
    // A percentage equal to its neighbour (3,0 beside 3,0) is how plans are written, not a copy slip.
    // Read as cells where they sit: the labelled siblings are made only for a copy found.
    const siblings = SIBLING_CELLS;
    const count = figure.role === "derived" ? 0 : siblingCells(figure, siblings);
    const pattern = slipOfValues(actual, suggested, figure, siblings, count, solved) ?? typedOverFormula(figure);
    let plausibility = pattern ? 2 : 0;
    // 30 010 → 30 000 reads as a slip in a rounded budget; 203 310 → 203 300 much less so.
    plausibility += Math.min(Math.max(roundnessOf(suggested) - roundnessOf(actual), 0), 3);
    // A typed amount that would have to change sign (not merely lose its minus) is no slip of typing.
    const actualSign = actual.sign();
    const suggestedSign = suggested.sign();
    if (!pattern && actualSign !== 0 && suggestedSign !== 0 && actualSign !== suggestedSign) {
      if (figure.role === "input") return null;
      plausibility -= 2;
    }
    if (actual.isZero()) plausibility -= 1;
    // The repair makes the figure equal its row's other year again (KS repeating TA).
    for (let i = 0; i < count; i++) {
      if (figureEqualsSearchValue(siblings[i].parsed, suggested)) {
        plausibility += 1;
        break;
      }
    }
    const follows = scratch.followsMade();
    const resolved = mended.slice(0, resolvedCount);
    return new FoundRepair(figure, this.actualTaken, suggested, follows, scratch.followKeysMade(), resolved, pattern, plausibility, exact);
  }

  /**
   * 1 when a value of sign `sign` (−1, 0, 1) at the cell of id `id` (`figure`: the figure
   * there, looked up among the repairs taken) breaks a sign check that holds there, else 0. One the repairs taken already
   * broke cannot break again. By the sign alone, as `breaksSign` tells: a follower's value is
   * kept in units, its Decimal not made.
   */
  private breaksHeldSign(id: number, figure: Figure, sign: number): number {
    const bits = this.graph.signsAt(id);
    if (bits === 0 || !((sign > 0 && (bits & NOT_POSITIVE) !== 0) || (sign < 0 && (bits & NOT_NEGATIVE) !== 0))) return 0;
    const taken = takenAt(this.base, figure);
    return taken !== undefined && breaksSign(bits, taken) ? 0 : 1;
  }
}

/**
 * The value a taken repair set at the figure's cell, or undefined: by position where its address
 * reads as one, so that the figure's key is not made (most figures tried never need it).
 */
function takenAt(base: CellValues, figure: Figure): Decimal | undefined {
  if (base.size === 0) return undefined;
  const at = positionOfA1(figure.ref.cell);
  return at < 0 ? base.get(figure.key) : base.atPosition(figure.ref.sheet, at);
}

/** Whether the cell is the equation's checked cell (as their `cellKey`s compare, without making them). */
function isTarget(e: Equation, ref: CellRef): boolean {
  return e.target.cell === ref.cell && e.target.sheet === ref.sheet;
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
    (a.figure.unit === b.figure.unit ? compareChanges(a, b) : 0) ||
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
    suggestedDecimals(a) - suggestedDecimals(b) ||
    compareRepairs(a, b)
  );
}

/**
 * |a.suggested − a.actual| against b's: in exact units where all four values have them and both
 * changes are safe integers at their common scale (the sort ranks thousands of repairs a check,
 * and each change was a Decimal difference kept with its repair), else in Decimal.
 */
function compareChanges(a: Repair, b: Repair): number {
  if (suggestedUnitsInto(a, S) && actualUnitsInto(a, A) && suggestedUnitsInto(b, T) && actualUnitsInto(b, B)) {
    const scale = Math.max(S.scale, A.scale, T.scale, B.scale);
    // NaN where a rescaled value leaves the safe integers; a difference beyond them is no safe integer either.
    const x = Math.abs(rescale(S.units, scale - S.scale) - rescale(A.units, scale - A.scale));
    const y = Math.abs(rescale(T.units, scale - T.scale) - rescale(B.units, scale - B.scale));
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareDecimals(changeOf(a), changeOf(b));
}

// The four values of one comparison, read and used at once.
const S: Units = { units: 0, scale: 0 };
const A: Units = { units: 0, scale: 0 };
const T: Units = { units: 0, scale: 0 };
const B: Units = { units: 0, scale: 0 };

function changeOf(r: Repair): Decimal {
  return (r.change ??= r.suggested.minus(r.actual).abs());
}

/** −1, 0 or 1 as `breaksSign` reads a value: a zero, whatever its sign, and NaN are 0 (they break no sign). */
function signOf(v: Decimal): number {
  return v.isZero() ? 0 : v.isNegative() ? -1 : v.isPositive() ? 1 : 0;
}

// A follower's solution, read and set at once.
const FOLLOWER: Units = { units: 0, scale: 0 };
// A slip's units, read and tried at once.
const SLIP: Units = { units: 0, scale: 0 };

function roleRank(r: Repair): number {
  return r.figure.role === "input" ? 0 : 1;
}
