import Decimal from "decimal.js";
import { CellRef, Equation, cellKey } from "../relations/equation";
import { RelationGraph } from "./graph";
import { Figure, FigureIndex } from "./figures";
import { Pattern, roundness, slipOf } from "./patterns";
import { LayeredValues } from "./layered";
import { typedOverFormula } from "./formulaPatterns";

/** A single-cell repair: one figure set to the value that reconciles, and what that does. */
export interface Repair {
  figure: Figure;
  actual: Decimal;
  suggested: Decimal;
  /** Figures computed from this one (a unit's NETTOMENO) that follow it as a formula would. */
  follows: { figure: Figure; suggested: Decimal }[];
  /** The values the repair replaces, the cause's and its followers' (not earlier repairs'), by `cellKey`. */
  overrides: Map<string, Decimal>;
  /** Failing equations (of any group not yet explained) the repair satisfies. */
  resolved: Equation[];
  pattern: Pattern | null;
  /** How likely a slip it is: a recognisable pattern, a rounder figure; a sign changed, less so. */
  plausibility: number;
  /** The value is what the figure's own check expects (not solved from another figure's). */
  own?: boolean;
  /** Every equation it mends then holds exactly, not merely within rounding. */
  exact: boolean;
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
 * Candidate repairs for a group of failing equations: every figure of a failing equation, set to
 * the value that equation needs; kept when it breaks no equation that holds (figures computed
 * from it follow it, one step), best per cell, best first.
 */
export function repairsFor(
  graph: RelationGraph,
  figures: FigureIndex,
  group: readonly Equation[],
  remaining: ReadonlySet<Equation>,
  base: ReadonlyMap<string, Decimal>,
): Repair[] {
  const best = new Map<string, Repair>();
  const tried = new Set<string>();
  // A group spanning hundreds of figures (a whole sheet of totals that disagree) is no single
  // slip; searching it would cost more than the rest of the check.
  if (new Set(group.flatMap((e) => e.cells.map(cellKey))).size > MAX_CANDIDATE_CELLS) return [];
  const consider = (e: Equation, figure: Figure, actual: Decimal, solved: Decimal) => {
    const own = cellKey(e.target) === figure.key;
    // The value written as the figure is (whole euros), when that reconciles as well; and the
    // figure with a slip undone (sign, a digit too many or few, the same row's other year),
    // which may reconcile within rounding where the exact solution shows no pattern.
    const solvedValues = [solved.toDecimalPlaces(actual.decimalPlaces(), Decimal.ROUND_HALF_UP), solved];
    const near = solved.abs().mul(0.05).plus(1);
    for (const suggested of [...solvedValues, ...slipUndone(figure, actual, solved)]) {
      if (suggested.eq(actual)) continue;
      // An undone slip is worth the full trial only when it mends the equation it is tried on
      // (another equation may still ask for the same value); far from the solution it cannot
      // (no tolerance here is 5 % wide), so not even that is asked. Far is the cheapest test: first.
      const undone = !solvedValues.includes(suggested);
      if (undone && suggested.minus(solved).abs().gt(near)) continue;
      const id = `${figure.key}=${suggested.toString()}`;
      if (tried.has(id)) continue;
      if (undone && e.evaluate(withOne(base, figure.key, suggested)) === "wrong") continue;
      tried.add(id);
      const r = tryRepair(graph, figures, figure, actual, suggested, base, remaining);
      if (!r) continue;
      r.own = own;
      const held = best.get(figure.key);
      if (!held || compareSameCell(r, held) < 0) best.set(figure.key, r);
    }
  };
  const cells = new Map<string, CellRef>();
  for (const e of group) for (const ref of e.cells) cells.set(cellKey(ref), ref);
  for (const [key, ref] of cells) {
    const figure = figures.get(key);
    if (!figure) continue;
    const actual = base.get(key) ?? figure.value;
    if (!actual) continue;
    // The values every failing equation at the cell asks of it, not only this group's open ones
    // (an equation set aside for a tie still says which value it needs).
    for (const e of graph.at(key)) {
      if (!remaining.has(e)) continue;
      const solved = e.solveFor(ref, base);
      if (!solved || !solved.isFinite()) continue;
      consider(e, figure, actual, solved);
      // A computed figure (a unit's NETTOMENO) is wrong through what it is computed from: the
      // part that would give it the needed value, its total following, is a candidate too.
      for (const h of graph.at(key)) {
        if (!FOLLOWING_RULES.has(h.rule) || cellKey(h.target) !== key || remaining.has(h) || graph.verdictWith(h, base) === "wrong") continue;
        const wanted = withOne(base, key, solved);
        for (const part of h.cells) {
          const partKey = cellKey(part);
          const partFigure = partKey === key ? undefined : figures.get(partKey);
          const partActual = partFigure ? base.get(partKey) ?? partFigure.value : null;
          const needed = partFigure && partActual ? h.solveFor(part, wanted) : null;
          if (partFigure && partActual && needed && needed.isFinite()) consider(h, partFigure, partActual, needed);
        }
      }
    }
  }
  return [...best.values()].sort(compareRepairs);
}

function withOne(base: ReadonlyMap<string, Decimal>, key: string, value: Decimal): Map<string, Decimal> {
  const m = new LayeredValues(base);
  m.set(key, value);
  return m;
}

function slipUndone(figure: Figure, actual: Decimal, solved: Decimal): Decimal[] {
  const out = [actual.neg(), actual.mul(10), actual.div(10).toDecimalPlaces(actual.decimalPlaces(), Decimal.ROUND_HALF_UP)];
  for (const s of figure.siblings) if (s.cell.parsed.kind === "number") out.push(s.cell.parsed.value);
  // A rounded figure (a Muutos %) allows a range of amounts; the amount with one digit set right
  // may be inside it where the exact solution shows no slip at all.
  if (figure.unit === "euro") out.push(...digitVariantsNear(actual, solved));
  return out;
}

/** The figure with one digit changed, or two neighbours swapped, whichever come nearest `target`. */
function digitVariantsNear(actual: Decimal, target: Decimal): Decimal[] {
  const d = actual.decimalPlaces();
  const digits = actual.abs().toFixed(d).replace(".", "");
  const sign = actual.isNegative() ? -1 : 1;
  const scale = new Decimal(10).pow(d);
  // The digits back as a figure, by placing the point and the sign in the text (s / 10^d × sign,
  // without two divisions' worth of Decimals): toFixed always leaves an integer digit.
  const make = (s: string) => new Decimal(`${sign < 0 ? "-" : ""}${d > 0 ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s}`);
  // Distances in units of the last digit, as exact integers when everything fits in a double: the
  // nine variants of each digit are compared without a Decimal each (they were most of the
  // analysis's time), and only the nearest is made one. Same choice, ties to the lower digit.
  const scaled = target.mul(scale).mul(sign);
  const exact = digits.length <= 15 && scaled.isInteger() && scaled.abs().lt(Number.MAX_SAFE_INTEGER);
  const goal = exact ? scaled.toNumber() : 0;
  const out: Decimal[] = [];
  for (let i = 0; i < digits.length; i++) {
    let best: Decimal | null = null;
    if (exact) {
      let bestText: string | null = null;
      let bestDistance = Infinity;
      for (let k = 0; k <= 9; k++) {
        if (String(k) === digits[i]) continue;
        const text = digits.slice(0, i) + k + digits.slice(i + 1);
        const distance = Math.abs(Number(text) - goal);
        if (distance < bestDistance) {
          bestDistance = distance;
          bestText = text;
        }
      }
      if (bestText !== null) best = make(bestText);
    } else {
      for (let k = 0; k <= 9; k++) {
        if (String(k) === digits[i]) continue;
        const v = make(digits.slice(0, i) + k + digits.slice(i + 1));
        if (!best || v.minus(target).abs().lt(best.minus(target).abs())) best = v;
      }
    }
    if (best) out.push(best);
    if (i + 1 < digits.length && digits[i] !== digits[i + 1]) out.push(make(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
  }
  return out;
}

function tryRepair(
  graph: RelationGraph,
  figures: FigureIndex,
  figure: Figure,
  actual: Decimal,
  suggested: Decimal,
  base: ReadonlyMap<string, Decimal>,
  remaining: ReadonlySet<Equation>,
): Repair | null {
  const overrides = new LayeredValues(base);
  overrides.set(figure.key, suggested);
  const follows: Repair["follows"] = [];
  // A total computed from the repaired figure (the target of a sum that holds) follows it.
  for (const e of graph.at(figure.key)) {
    if (!FOLLOWING_RULES.has(e.rule) || remaining.has(e) || cellKey(e.target) === figure.key) continue;
    if (graph.verdictWith(e, base) === "wrong" || e.evaluate(overrides) !== "wrong") continue;
    const tKey = cellKey(e.target);
    const target = figures.get(tKey);
    if (!target || tKey === figure.key || overrides.has(tKey) || follows.some((f) => f.figure.key === tKey)) continue;
    const value = e.solveFor(e.target, overrides);
    if (!value) continue;
    overrides.set(tKey, value);
    follows.push({ figure: target, suggested: value });
  }
  const touched = new Set<Equation>();
  for (const k of [figure.key, ...follows.map((f) => f.figure.key)]) for (const e of graph.at(k)) touched.add(e);
  const resolved: Equation[] = [];
  const broken: Equation[] = [];
  // Every equation it mends then holds exactly, not merely within rounding.
  let exact = true;
  for (const e of touched) {
    const after = e.evaluate(overrides);
    if (remaining.has(e)) {
      if (after !== "wrong") resolved.push(e);
      if (after === "rounding") exact = false;
    } else if (after === "wrong" && graph.verdictWith(e, base) !== "wrong") {
      broken.push(e);
    }
  }
  if (resolved.length === 0) return null;
  // A repair that only mends a consensus answers to the consensus: the amounts and totals its
  // figure flows into are the budget's business, not evidence about which area is out of line.
  const consensusOnly = resolved.every((e) => CONSENSUS_RULES.has(e.rule));
  if (broken.some((e) => !consensusOnly || CONSENSUS_RULES.has(e.rule))) return null;
  // A percentage equal to its neighbour (3,0 beside 3,0) is how plans are written, not a copy slip.
  const siblings = figure.role === "derived" ? [] : figure.siblings.map((s) => ({ column: s.column, value: s.cell.parsed.kind === "number" ? s.cell.parsed.value : null }));
  const pattern = slipOf(actual, suggested, siblings) ?? typedOverFormula(figure);
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
  if (siblings.some((x) => x.value !== null && x.value.eq(suggested))) plausibility += 1;
  return { figure, actual, suggested, follows, overrides: overrides.own(), resolved, pattern, plausibility, exact };
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
    (a.figure.unit === b.figure.unit ? a.suggested.minus(a.actual).abs().comparedTo(b.suggested.minus(b.actual).abs()) : 0) ||
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
