import Decimal from "decimal.js";
import { Verdict, compareEuros } from "../compare/tolerance";
import { ExactSum, compareUnits } from "../arithmetic/exact";
import { ValueCell } from "../model";
import { CellRef, Equation, Overrides, ValueRange, cellKey } from "./equation";
import { Units, approxNumber, figureNumber, figureUnits, integerOf, readFigureUnits, readUnits, unitsOf } from "./exactValues";
import { positionOf, positionOfA1 } from "./position";
import { UnitsRange } from "./unitsRange";
import type { CellEntries } from "./cellEntries";
import { CellsKind, kindOf } from "./cellsKind";
import { RangeAroundUnits, SolvesInUnits } from "./solveUnits";
import { IN_DECIMAL, IN_UNITS, OnSheet, isSheetwise } from "./sheetOverrides";
import { ParsedNumber, decimalOfUnits } from "../numbers";

/** A cell's part in a linear identity: its coefficient (usually +1 or −1) and current value. */
export interface LinearTerm {
  ref: CellRef;
  coefficient: Decimal;
  /** The workbook's value; null for markers and empties, which count as nothing. */
  value: Decimal | null;
  /** The value's exact units when known without its Decimal (a figure's, read from its cell). */
  readonly exact?: Units;
}

/**
 * A term's or target's exact units into `out`: known from its cell, else read from its Decimal;
 * false, `out` as it was, when it has none.
 */
function readValueUnits(v: { value: Decimal | null; readonly exact?: Units }, out: Units): boolean {
  const u = v.exact;
  if (u) {
    out.units = u.units;
    out.scale = u.scale;
    return true;
  }
  const d = v.value;
  return d ? readUnits(d, out) : false;
}

export interface LinearSpec {
  rule: string;
  relation?: string;
  column?: string;
  /** The checked cell and its value: `target = Σ coefficient × term`. */
  target: { ref: CellRef; value: Decimal; readonly exact?: Units };
  terms: readonly LinearTerm[];
  /** Euro gap still counted as rounding, in the table's own unit. */
  tolerance: Decimal.Value;
}

/**
 * `target = Σ cᵢ·xᵢ` as an equation: the form of every sum, total and cross-table agreement.
 * Solving for any one cell is exact, which is what a single-cell repair needs.
 */
export function linearEquation(spec: LinearSpec): Equation {
  return new LinearEquation(spec);
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

function times(coefficient: Decimal, value: Decimal): Decimal {
  return coefficient.eq(1) ? value : value.mul(coefficient);
}

// A class rather than closures: a large workbook records hundreds of thousands of equations and
// keeps them all, so each should be one object with its methods on the prototype.
class LinearEquation implements Equation, SolvesInUnits {
  readonly rule: string;
  declare readonly relation?: string;
  declare readonly column?: string;
  readonly target: CellRef;
  private readonly targetSide: { value: Decimal; readonly exact?: Units };
  private readonly terms: readonly LinearTerm[];
  private readonly tolerance: number;
  // Keys and the cell list are built when first asked for: the rules only record equations, and
  // the analysis reads the few it needs.
  private keys?: { target: string; terms: string[] };
  private cellList?: CellRef[];

  constructor(spec: LinearSpec) {
    this.rule = spec.rule;
    if (spec.relation) (this as { relation?: string }).relation = spec.relation;
    if (spec.column) (this as { column?: string }).column = spec.column;
    this.target = spec.target.ref;
    this.targetSide = spec.target;
    this.terms = spec.terms;
    this.tolerance = typeof spec.tolerance === "number" ? spec.tolerance : new Decimal(spec.tolerance).toNumber();
  }

  /** Read when Decimal must answer: a cell's target makes its Decimal then. */
  private get targetValue(): Decimal {
    return this.targetSide.value;
  }

  /** The target's units under a what-if, into `out`; false where it has none. */
  private targetUnitsInto(overrides: Overrides | undefined, out: Units): boolean {
    const o = overrides?.get(this.targetKey);
    return o !== undefined ? readUnits(o, out) : readValueUnits(this.targetSide, out);
  }

  private get targetKey(): string {
    return this.keyed().target;
  }

  private get termKeys(): string[] {
    return this.keyed().terms;
  }

  private keyed(): { target: string; terms: string[] } {
    return (this.keys ??= { target: cellKey(this.target), terms: this.terms.map((t) => cellKey(t.ref)) });
  }

  get cells(): CellRef[] {
    return (this.cellList ??= uniqueCells(this.target, this.terms.map((t) => t.ref)));
  }

  /** Σ cᵢ·xᵢ with the workbook's values, summed once. */
  private baseExpected?: Decimal;

  /** The target's value under a what-if, in Decimal. */
  private actual(overrides?: Overrides): Decimal {
    return (overrides?.get(this.targetKey) ?? this.targetValue) ?? ZERO;
  }

  /** Σ cᵢ·xᵢ under a what-if, in Decimal. */
  private expected(overrides?: Overrides): Decimal {
    if (!this.baseExpected) {
      // From the exact units where the terms have them: a cell's terms then make no Decimals. A
      // zero is left to Decimal's own sum, whose sign rules the units do not carry.
      if (this.baseUnits === undefined) this.baseUnits = this.sumInUnits();
      const b = this.baseUnits;
      if (b && b.units !== 0) this.baseExpected = decimalOfUnits(b.units, b.scale);
      else {
        let sum = ZERO;
        for (const t of this.terms) if (t.value) sum = sum.plus(times(t.coefficient, t.value));
        this.baseExpected = sum;
      }
    }
    // A what-if replaces a term or two: adjust the stored sum by those, exactly, not re-add them all.
    let expected = this.baseExpected;
    if (overrides) {
      const keys = this.termKeys;
      for (let i = 0; i < keys.length; i++) {
        const v = overrides.get(keys[i]);
        if (v === undefined) continue;
        const t = this.terms[i];
        if (t.value) expected = expected.minus(times(t.coefficient, t.value));
        expected = expected.plus(times(t.coefficient, v));
      }
    }
    return expected;
  }

  evaluate(overrides?: Overrides): Verdict {
    // A what-if (the analysis makes tens of thousands) in integers; the workbook's own verdict,
    // asked once per equation, in Decimal as the rule judged it.
    const exact = overrides && overrides.size > 0 ? this.exactVerdict(overrides) : undefined;
    if (exact) return exact;
    return compareEuros(this.actual(overrides), this.expected(overrides), this.tolerance);
  }

  /** Σ cᵢ·xᵢ with the workbook's values in exact integers; null when some figure needs Decimal. */
  private baseUnits?: { units: number; scale: number; coefficients: number[] } | null;

  /**
   * The verdict in exact integers (arithmetic/exact.ts), the what-if's values replacing terms in
   * the stored sum; undefined where only Decimal can answer.
   */
  private exactVerdict(overrides: Overrides): Verdict | undefined {
    if (!this.expectedInto(overrides, LINEAR_SUM) || !this.targetUnitsInto(overrides, ACTUAL)) return undefined;
    return compareUnits(ACTUAL.units, ACTUAL.scale, LINEAR_SUM.units, LINEAR_SUM.scale, this.tolerance);
  }

  /**
   * Σ cᵢ·xᵢ in exact integers, the what-if's values replacing terms, into `sum`; false where it
   * cannot be. Each answer is worked out in module scratch (no object per what-if).
   */
  private expectedInto(overrides: Overrides | undefined, sum: ExactSum): boolean {
    if (this.baseUnits === undefined) this.baseUnits = this.sumInUnits();
    const base = this.baseUnits;
    if (!base) return false;
    startSum(sum, base.units, base.scale);
    if (!overrides || overrides.size === 0) return true;
    const keys = this.termKeys;
    for (let i = 0; i < keys.length; i++) {
      const v = overrides.get(keys[i]);
      if (v === undefined) continue;
      const c = base.coefficients[i];
      if (readValueUnits(this.terms[i], PART)) sum.add(PART.units, PART.scale, -c);
      if (!readUnits(v, PART)) return false;
      sum.add(PART.units, PART.scale, c);
    }
    return sum.exact;
  }

  /**
   * `solveFor` in exact integers: the target's value is the sum; a term's, with a total coefficient
   * of ±1, its value moved by the difference. Undefined where Decimal must answer (a figure beyond
   * the safe integers, another coefficient, or a zero, whose sign Decimal's own sum decides).
   */
  private exactSolution(key: string, overrides?: Overrides): Decimal | null | undefined {
    return solutionIn(this.solvedInto(key, overrides, MOVED));
  }

  /**
   * The value `exactSolution` gives, as units written into `out` (a zero too): true when written,
   * null where the cell is no term, false where Decimal must answer.
   */
  private solvedInto(key: string, overrides: Overrides | undefined, out: ExactSum): boolean | null {
    const expected = LINEAR_SUM;
    if (!this.expectedInto(overrides, expected)) return false;
    if (key === this.targetKey) {
      startSum(out, expected.units, expected.scale);
      return true;
    }
    const coefficients = (this.baseUnits as { coefficients: number[] }).coefficients;
    const keys = this.termKeys;
    let c = 0;
    let own = -1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== key) continue;
      c += coefficients[i];
      if (own < 0) own = i;
    }
    if (c === 0) return null;
    if (c !== 1 && c !== -1) return false;
    const override = overrides?.get(key);
    if (!this.targetUnitsInto(overrides, ACTUAL)) return false;
    const known = override !== undefined ? readUnits(override, PART) : readValueUnits(this.terms[own], PART);
    if (!known && (override !== undefined || this.terms[own].value)) return false;
    return movedInto(out, known ? PART : null, ACTUAL, expected, c);
  }

  private sumInUnits(): { units: number; scale: number; coefficients: number[] } | null {
    const sum = new ExactSum();
    const coefficients: number[] = [];
    for (const t of this.terms) {
      const c = integerOf(t.coefficient);
      if (c === undefined) return null;
      coefficients.push(c);
      if (!readValueUnits(t, PART)) {
        if (!t.value) continue;
        return null;
      }
      sum.add(PART.units, PART.scale, c);
    }
    return sum.exact ? { units: sum.units, scale: sum.scale, coefficients } : null;
  }

  solveUnitsInto(ref: CellRef, overrides: Overrides | undefined, out: Units): boolean {
    return unitsOfSolution(this.solvedInto(cellKey(ref), overrides, MOVED), out);
  }

  solveFor(ref: CellRef, overrides?: Overrides): Decimal | null {
    const key = cellKey(ref);
    const exact = this.exactSolution(key, overrides);
    if (exact !== undefined) return exact;
    const expected = this.expected(overrides);
    if (key === this.targetKey) return expected;
    const actual = this.actual(overrides);
    // A cell may appear as several terms (rarely): its total coefficient is what moves the sum.
    let coefficient = ZERO;
    let own: Decimal | null = null;
    const keys = this.termKeys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== key) continue;
      const t = this.terms[i];
      coefficient = coefficient.plus(t.coefficient);
      own ??= t.value;
    }
    if (coefficient.isZero()) return null;
    const current = (overrides?.get(key) ?? own) ?? ZERO;
    // actual = expected − c·current + c·x  ⇒  x = current + (actual − expected) / c
    return current.plus(actual.minus(expected).div(coefficient));
  }

  /**
   * The solution ± what `compareEuros` lets pass (the tolerance, or float noise of at most half a
   * cent) over the cell's coefficient: |actual − expected| moves by |c| per unit of the cell.
   */
  holdsWithin(ref: CellRef, overrides?: Overrides, reuse?: UnitsRange): ValueRange | null {
    const key = cellKey(ref);
    let coefficient = ZERO;
    for (let i = 0; i < this.terms.length; i++) if (this.termKeys[i] === key) coefficient = coefficient.plus(this.terms[i].coefficient);
    // A cell that is the target and a term as well moves both sides: no simple range.
    if (key === this.targetKey) {
      if (!coefficient.isZero()) return null;
      coefficient = ONE;
    }
    if (coefficient.isZero()) return null;
    const unit = coefficient.eq(1) || coefficient.eq(-1);
    const range = unit ? rangeIn(this.solvedInto(key, overrides, MOVED), this.tolerance, reuse) : null;
    return range ?? rangeOver(this.solveFor(ref, overrides), this.tolerance, unit ? 1 : coefficient.abs());
  }
}

/**
 * `exactSolution`'s answer from `solvedInto`'s into MOVED: the solution, or undefined for a zero
 * (its sign is Decimal's sum's) or where Decimal must answer, null where the cell is no term.
 */
function solutionIn(solved: boolean | null): Decimal | null | undefined {
  if (solved !== true) return solved === null ? null : undefined;
  return MOVED.units === 0 ? undefined : decimalOfUnits(MOVED.units, MOVED.scale);
}

/**
 * `solveUnitsInto`'s answer from `solvedInto`'s into MOVED: the nonzero solution's units into
 * `out`, as `solutionIn` would make its Decimal.
 */
function unitsOfSolution(solved: boolean | null, out: Units): boolean {
  if (solved !== true || MOVED.units === 0) return false;
  out.units = MOVED.units;
  out.scale = MOVED.scale;
  return true;
}

/**
 * `holdsWithin` of a ±1 coefficient from `solvedInto`'s solution in MOVED: the solution and both
 * ends in integers, made Decimals only at the end (no Decimal arithmetic); null where Decimal
 * must answer.
 */
function rangeIn(solved: boolean | null, tolerance: number, reuse: UnitsRange | undefined): ValueRange | null {
  return solved === true ? rangeAround(MOVED, tolerance, reuse) : null;
}

/** `holdsWithin` from Decimal's solution: it ± the slack over |coefficient|. */
function rangeOver(solved: Decimal | null, tolerance: number, coefficient: Decimal.Value): ValueRange | null {
  if (!solved) return null;
  const slack = slackOf(tolerance);
  const half = coefficient === 1 ? slack : slack.div(coefficient);
  return { low: solved.minus(half), high: solved.plus(half) };
}

/**
 * A solved cell's value in integers, `current + (actual − expected) / c` with c ±1 (a missing
 * current counts as nothing), written into `x`, a zero too; false where it leaves the safe
 * integers. Its caller leaves a zero to Decimal, whose sum decides its sign.
 */
function movedInto(x: ExactSum, current: Units | null, actual: Units, expected: ExactSum, c: number): boolean {
  startSum(x, 0, 0);
  if (current) x.add(current.units, current.scale, 1);
  x.add(actual.units, actual.scale, c);
  x.add(expected.units, expected.scale, -c);
  return x.exact;
}

/**
 * `solved` ± the slack of `tolerance` (as `holdsWithin` gives it for a coefficient of ±1), both
 * ends worked out in integers and kept so (their Decimals made when read); null where they leave
 * the safe integers (Decimal answers then).
 */
function rangeAround(solved: Units, tolerance: number, reuse: UnitsRange | undefined): ValueRange | null {
  const slack = slackUnitsOf(tolerance);
  if (!slack) return null;
  const low = startSum(LOW, solved.units, solved.scale);
  low.add(slack.units, slack.scale, -1);
  const high = startSum(HIGH, solved.units, solved.scale);
  high.add(slack.units, slack.scale, 1);
  if (!low.exact || !high.exact) return null;
  return reuse ? reuse.set(low.units, low.scale, high.units, high.scale) : new UnitsRange(low.units, low.scale, high.units, high.scale);
}

// compareEuros (compare/tolerance.ts) calls a difference float noise only up to half a cent.
const NOISE_CEILING = new Decimal("0.005");

/**
 * The target first, then each term's cell once. Compared by sheet and cell, without a key string
 * or a set per equation (every equation's cells are asked for once, to index them): a sum's few
 * terms are compared with those kept so far; a long one keeps its cells by sheet.
 */
function uniqueCells(target: CellRef, refs: readonly CellRef[]): CellRef[] {
  const cells = [target];
  if (refs.length > SHORT_LIST) return uniqueCellsOfLongList(cells, refs);
  for (const ref of refs) {
    let seen = false;
    for (const c of cells) {
      if (c.cell === ref.cell && c.sheet === ref.sheet) {
        seen = true;
        break;
      }
    }
    if (!seen) cells.push(ref);
  }
  return cells;
}

// Beyond this many terms, comparing each with all kept costs more than a set of cells per sheet.
const SHORT_LIST = 24;

function uniqueCellsOfLongList(cells: CellRef[], refs: readonly CellRef[]): CellRef[] {
  const bySheet = new Map<string, Set<string>>([[cells[0].sheet, new Set([cells[0].cell])]]);
  for (const ref of refs) {
    let seen = bySheet.get(ref.sheet);
    if (!seen) bySheet.set(ref.sheet, (seen = new Set()));
    if (seen.has(ref.cell)) continue;
    seen.add(ref.cell);
    cells.push(ref);
  }
  return cells;
}

/**
 * `target = Σ signᵢ × partᵢ` over cells of the model, the form of the rules' sums and
 * agreements: recorded from the cells themselves, judged in exact integers where the figures
 * allow (arithmetic/exact.ts), and turned into a Decimal `linearEquation` only when a what-if or
 * a repair asks. Parts that are missing are left out; markers and empties count as nothing.
 */
export interface CellsSpec {
  rule: string;
  relation?: string;
  column?: string;
  /** The checked cell, on `sheet`; it holds a number. */
  sheet: string;
  target: ValueCell;
  /** The sheet the parts are on. */
  partsSheet: string;
  parts: readonly (ValueCell | undefined)[];
  /** Integer coefficient of each part; every part counts +1 when absent. */
  signs?: readonly number[];
  tolerance: number;
}

export function cellsEquation(spec: CellsSpec): Equation {
  return CellsEquation.make(spec.rule, spec.relation, spec.column, spec.sheet, spec.target, spec.partsSheet, spec.parts, spec.signs, spec.tolerance);
}

/**
 * A sum over cells. Rules recording one per figure they check make it directly, with its parts as
 * they are (no spec object each); others go through `cellsEquation`.
 */
export class CellsEquation implements Equation, SolvesInUnits, RangeAroundUnits {
  /** What the equations of one column of one table share: rule, relation, column, sheets, signs, tolerance. */
  declare private readonly kind: CellsKind;
  declare private readonly targetCell: ValueCell;
  declare private readonly parts: readonly (ValueCell | undefined)[];
  /**
   * The verdict on the workbook's own figures once judged, until a what-if asks: then the what-if
   * state, which keeps the verdict. Nearly every equation is only judged, so it keeps a string.
   */
  declare private memo: Verdict | CellsWhatIf | undefined;

  /** Made by `make` alone. */
  private constructor() {}

  /**
   * An equation, written as an object literal with the class's prototype rather than made by
   * `new`: V8 learns that what a literal makes lives long and then allocates it in the old
   * generation at once, never so what `new` makes. Equations live to the end of the check; made
   * with `new`, each of the ~22 000 a large book records was copied by a scavenge or two, then
   * promoted.
   */
  static make(
    rule: string,
    relation: string | undefined,
    column: string | undefined,
    sheet: string,
    target: ValueCell,
    partsSheet: string,
    parts: readonly (ValueCell | undefined)[],
    signs: readonly number[] | undefined,
    tolerance: number,
  ): CellsEquation {
    return { __proto__: CELLS_EQUATION, kind: kindOf(rule, relation, column, sheet, partsSheet, signs, tolerance), targetCell: target, parts, memo: undefined } as unknown as CellsEquation;
  }

  get rule(): string {
    return this.kind.of.rule;
  }

  get relation(): string | undefined {
    return this.kind.of.relation;
  }

  get column(): string | undefined {
    return this.kind.of.column;
  }

  /** The target's sheet. */
  private get sheet(): string {
    return this.kind.sheet;
  }

  /** The sheet the parts are on. */
  private get partsSheet(): string {
    return this.kind.partsSheet;
  }

  private get tolerance(): number {
    return this.kind.of.tolerance;
  }

  private get signs(): readonly number[] | undefined {
    return this.kind.of.signs;
  }

  /** Made when asked (most equations never are), and kept only once a what-if state is. */
  get target(): CellRef {
    const m = this.memo;
    if (typeof m === "object") return (m.ref ??= { sheet: this.sheet, cell: this.targetCell.cell });
    return { sheet: this.sheet, cell: this.targetCell.cell };
  }

  /**
   * Made anew when asked, not kept: the analysis reads each equation's cells once or twice to
   * index them, and tens of thousands of lists kept to the end of the check were work for the
   * collector that nothing read again.
   */
  get cells(): CellRef[] {
    const cells: CellRef[] = [this.target];
    const parts = this.parts;
    this.eachNewPart((sheet, _row, _col, i) => cells.push({ sheet, cell: (parts[i] as ValueCell).cell }));
    return cells;
  }

  /** `cells` by row and column: the parts' own positions, no address or `CellRef` made. */
  eachCell(visit: (sheet: string, row: number, col: number) => void): boolean {
    const t = this.targetCell;
    visit(this.sheet, t.row, t.col);
    // Handed on as it is: the index visits every equation's cells, and a closure each was garbage.
    this.eachNewPart(visit);
    return true;
  }

  /**
   * `eachCell` written into `out` (the sheet, row and column of each cell, in `cells` order, each
   * once), with no visitor called per cell: the analysis's index reads every equation's cells.
   * The walk is `eachNewPart`'s, written out: through a visitor, the calls were its cost.
   */
  cellsInto(out: CellEntries): void {
    const k = this.kind;
    const t = this.targetCell;
    const targetSheet = out.sheetNumber(k.sheet);
    out.add(targetSheet, t.row, t.col);
    const sheet = k.partsSheet === k.sheet ? targetSheet : out.sheetNumber(k.partsSheet);
    const parts = this.parts;
    const targetAt = sheet === targetSheet ? positionOf(t.row, t.col) : -1;
    let furthest = -1;
    let seen: Set<number> | undefined;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const row = p.row;
      const col = p.col;
      const at = positionOf(row, col);
      if (at === targetAt) continue;
      if (at > furthest) {
        furthest = at;
        seen?.add(at);
      } else if (parts.length > SHORT_LIST) {
        seen ??= positionsBefore(parts, i);
        if (seen.has(at)) continue;
        seen.add(at);
      } else if (repeatsEarlier(parts, i, at)) continue;
      out.add(sheet, row, col);
    }
  }

  /**
   * Each present part once, in order, skipping one where the target (when on the parts' sheet)
   * or an earlier part sits: parts share one sheet, so row and column tell, with no address text.
   * Parts mostly come down a column in order: one further on than every part before it repeats
   * none of them, and only one out of order is compared with those before it (a long list keeps a
   * set of positions for that). Each is visited as its sheet, row, column and index in the parts.
   */
  private eachNewPart(visit: (sheet: string, row: number, col: number, i: number) => void): void {
    const sheet = this.partsSheet;
    const parts = this.parts;
    const t = this.targetCell;
    const targetAt = this.sheet === this.partsSheet ? positionOf(t.row, t.col) : -1;
    let furthest = -1;
    let seen: Set<number> | undefined;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const at = positionOf(p.row, p.col);
      if (at === targetAt) continue;
      if (at > furthest) {
        furthest = at;
        seen?.add(at);
      } else if (parts.length > SHORT_LIST) {
        seen ??= positionsBefore(parts, i);
        if (seen.has(at)) continue;
        seen.add(at);
      } else if (repeatsEarlier(parts, i, at)) continue;
      visit(sheet, p.row, p.col, i);
    }
  }

  evaluate(overrides?: Overrides): Verdict {
    if (overrides && overrides.size > 0) return this.whatIfVerdict(overrides) ?? this.decimalWhatIf(overrides) ?? this.linear().evaluate(overrides);
    const m = this.memo;
    const known = typeof m === "object" ? m.verdict : m;
    if (known !== undefined) return known;
    const verdict = this.exactVerdict() ?? this.linear().evaluate();
    // `linear` may have made the what-if state meanwhile.
    const now = this.memo;
    if (typeof now === "object") now.verdict = verdict;
    else this.memo = verdict;
    return verdict;
  }

  solveUnitsInto(cell: CellRef, overrides: Overrides | undefined, out: Units): boolean {
    return unitsOfSolution(this.solvedInto(cell, overrides, MOVED), out);
  }

  solveFor(cell: CellRef, overrides?: Overrides): Decimal | null {
    const solved = this.solvedInto(cell, overrides, MOVED);
    if (solved === null) return null;
    // A zero's sign is Decimal's sum's, which the units do not carry.
    if (solved === true && MOVED.units !== 0) return decimalOfUnits(MOVED.units, MOVED.scale);
    return this.decimalSolution(cell, overrides) ?? this.linear().solveFor(cell, overrides);
  }

  /**
   * The solution ± what `compareEuros` lets pass over the cell's coefficient, as
   * `LinearEquation.holdsWithin` gives it, from the parts' integer signs.
   */
  holdsWithin(cell: CellRef, overrides?: Overrides, reuse?: UnitsRange): ValueRange | null {
    let coefficient = this.coefficientOf(cell);
    // A cell that is the target and a part as well moves both sides: no simple range.
    if (this.isTarget(cell)) {
      if (coefficient !== 0) return null;
      coefficient = 1;
    }
    if (coefficient === 0) return null;
    const unit = coefficient === 1 || coefficient === -1;
    const range = unit ? rangeIn(this.solvedInto(cell, overrides, MOVED), this.tolerance, reuse) : null;
    return range ?? rangeOver(this.solveFor(cell, overrides), this.tolerance, unit ? 1 : Math.abs(coefficient));
  }

  holdsAround(cell: CellRef, overrides: Overrides | undefined, solved: Units, reuse?: UnitsRange): ValueRange | null {
    const coefficient = this.coefficientOf(cell);
    // As `holdsWithin` tells them: a cell both target and part has no simple range; a target alone moves by 1.
    if (this.isTarget(cell) ? coefficient === 0 : coefficient === 1 || coefficient === -1) {
      const range = rangeAround(solved, this.tolerance, reuse);
      if (range) return range;
    }
    return this.holdsWithin(cell, overrides, reuse);
  }

  /** Whether `cell` is the target: its sheet and address, as their `cellKey`s compare. */
  private isTarget(cell: CellRef): boolean {
    return cell.sheet === this.sheet && cell.cell === this.targetCell.cell;
  }

  /**
   * Σ of the signs of the parts at `cell` (0 when it is none of them). Told by position, not by
   * comparing the address with each part's: a part's address is its row and column as `a1`
   * writes them, and an address written otherwise (`$B$2`) is no part's.
   */
  private coefficientOf(cell: CellRef): number {
    if (cell.sheet !== this.partsSheet) return 0;
    const at = positionOfA1(cell.cell);
    if (at < 0) return 0;
    const parts = this.parts;
    let c = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p || positionOf(p.row, p.col) !== at) continue;
      c += this.signs ? this.signs[i] : 1;
    }
    return c;
  }

  /** The index of the first part at `cell`, which `coefficientOf` found to be one. */
  private firstPartAt(cell: CellRef): number {
    const at = positionOfA1(cell.cell);
    let own = 0;
    for (let p = this.parts[own]; !p || positionOf(p.row, p.col) !== at; p = this.parts[own]) own++;
    return own;
  }

  private state(): CellsWhatIf {
    const m = this.memo;
    if (typeof m === "object") return m;
    // Summed in scratch: only its three numbers are kept.
    const base = this.baseInto(startSum(BASE_SUM, 0, 0));
    const w: CellsWhatIf = { keys: undefined, units: base.units, scale: base.scale, exact: base.exact, decimal: undefined, verdict: m, ref: undefined };
    this.memo = w;
    return w;
  }

  /** Each cell's `cellKey`, for overrides that answer by key alone (made when first such asks). */
  private keysOf(w: CellsWhatIf): string[] {
    if (!w.keys) {
      const keys = [cellKey(this.target)];
      const prefix = `${this.partsSheet}!`;
      for (const p of this.parts) keys.push(p ? prefix + p.cell : "");
      w.keys = keys;
    }
    return w.keys;
  }

  /** The override of part `i` (present), by its position where the overrides answer so. */
  private partOverride(w: CellsWhatIf, overrides: Overrides, i: number): Decimal | undefined {
    if (overrides.atCell) {
      const p = this.parts[i] as ValueCell;
      return overrides.atCell(this.partsSheet, p.row, p.col);
    }
    return overrides.get(this.keysOf(w)[i + 1]);
  }

  /** The verdict in integers, or undefined when some figure needs Decimal. */
  private exactVerdict(): Verdict | undefined {
    const t = this.targetCell.parsed;
    if (t.kind !== "number" || t.units === undefined) return undefined;
    const sum = this.baseInto(startSum(SUM, 0, 0));
    return sum.exact ? compareUnits(t.units, t.decimals, sum.units, sum.scale, this.tolerance) : undefined;
  }

  /**
   * A what-if's verdict in exact integers, straight from the cells and the overriding values;
   * undefined where Decimal must answer (a figure beyond the safe integers or 15 decimals).
   */
  private whatIfVerdict(overrides: Overrides): Verdict | undefined {
    const w = this.state();
    if (!this.actualInto(w, overrides, ACTUAL) || !this.sumInto(w, overrides, SUM)) return undefined;
    return compareUnits(ACTUAL.units, ACTUAL.scale, SUM.units, SUM.scale, this.tolerance);
  }

  /**
   * A what-if's verdict in Decimal where its values leave the integers (a value solved through a
   * change % has 80 digits), as `LinearEquation` gives it; undefined where the workbook's own sum
   * is not exact (the Decimal equation answers then). Hundreds of what-ifs a check came here, each
   * building a Decimal equation with a term and a key string per part.
   */
  private decimalWhatIf(overrides: Overrides): Verdict | undefined {
    if (this.surelyWrong(overrides)) return "wrong";
    const expected = this.decimalExpected(overrides);
    return expected && compareEuros(this.decimalActual(overrides), expected, this.tolerance);
  }

  /**
   * Whether a what-if whose values leave the integers is wrong by far more than doubles err: its
   * gap, measured in doubles, beyond the tolerance and half a cent (the widest float noise) by a
   * margin thousands of times the doubles' error. Every such what-if a check judged was wrong (a
   * value solved through a change % tried on the sums its figure is in), each through 80-digit
   * Decimals; one nearer is left to them. False where the workbook's sum is not exact (the
   * Decimal equation answers then).
   */
  private surelyWrong(overrides: Overrides): boolean {
    const w = this.state();
    if (!w.exact) return false;
    let expected = w.units / Math.pow(10, w.scale);
    let size = Math.abs(expected);
    const parts = this.parts;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const o = this.partOverride(w, overrides, i);
      if (o === undefined) continue;
      const sign = this.signs ? this.signs[i] : 1;
      const q = p.parsed;
      const old = q.kind === "number" ? sign * figureNumber(q) : 0;
      const tried = sign * approxNumber(o);
      expected += tried - old;
      size += Math.abs(old) + Math.abs(tried);
    }
    const o = this.targetOverride(overrides, w);
    const t = this.targetCell.parsed;
    const actual = o !== undefined ? approxNumber(o) : t.kind === "number" ? figureNumber(t) : 0;
    size += Math.abs(actual);
    if (!Number.isFinite(size)) return false;
    return Math.abs(actual - expected) > Math.max(this.tolerance, HALF_CENT) + 1e-12 * size + 1e-9;
  }

  /**
   * `solveFor` in Decimal where the integers cannot answer, as `LinearEquation` solves: the
   * target's value is the sum, a part's `current + (actual − expected) / c`; undefined where the
   * workbook's own sum is not exact; null where the cell is not in the equation.
   */
  private decimalSolution(cell: CellRef, overrides: Overrides | undefined): Decimal | null | undefined {
    const expected = this.decimalExpected(overrides);
    if (!expected) return undefined;
    if (this.isTarget(cell)) return expected;
    const c = this.coefficientOf(cell);
    if (c === 0) return null;
    const own = this.firstPartAt(cell);
    const o = overrides && overrides.size > 0 ? this.partOverride(this.state(), overrides, own) : undefined;
    const q = (this.parts[own] as ValueCell).parsed;
    const current = o ?? (q.kind === "number" ? q.value : ZERO);
    const gap = this.decimalActual(overrides).minus(expected);
    // A difference is already rounded to Decimal's precision, so dividing it by ±1 gives it or its
    // negation exactly: the long division is made only for another coefficient.
    return current.plus(c === 1 ? gap : c === -1 ? gap.neg() : gap.div(c));
  }

  /**
   * Σ signᵢ × partᵢ under a what-if in Decimal: the workbook's sum moved by the parts replaced,
   * in the order and with the operations `LinearEquation` uses, so the same Decimals (an
   * 80-digit value rounds alike); undefined where the workbook's sum is not exact.
   */
  private decimalExpected(overrides: Overrides | undefined): Decimal | undefined {
    const w = this.state();
    if (!w.exact) return undefined;
    // A zero sum is Decimal's sum of the terms, +0.
    let expected = w.units !== 0 ? decimalOfUnits(w.units, w.scale) : ZERO;
    if (!overrides || overrides.size === 0) return expected;
    const parts = this.parts;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const o = this.partOverride(w, overrides, i);
      if (o === undefined) continue;
      const sign = this.signs ? this.signs[i] : 1;
      const q = p.parsed;
      if (q.kind === "number") expected = expected.minus(sign === 1 ? q.value : q.value.mul(sign));
      expected = expected.plus(sign === 1 ? o : o.mul(sign));
    }
    return expected;
  }

  /** The target's value under a what-if in Decimal, +0 for a cell with no figure. */
  private decimalActual(overrides: Overrides | undefined): Decimal {
    const o = this.targetOverride(overrides);
    const t = this.targetCell.parsed;
    return o ?? (t.kind === "number" ? t.value : ZERO);
  }

  /** The target's value (or its override) as units into `out`; false where it has none. */
  private actualInto(w: CellsWhatIf, overrides: Overrides | undefined, out: Units): boolean {
    if (overrides && overrides.size > 0 && isSheetwise(overrides)) {
      const t = this.targetCell;
      const found = overrides.unitsAtCell(this.sheet, t.row, t.col, out);
      if (found === IN_UNITS) return true;
      if (found === IN_DECIMAL) return false;
      return readFigureUnits(t.parsed, out);
    }
    const o = this.targetOverride(overrides, w);
    if (o !== undefined) return readUnits(o, out);
    return readFigureUnits(this.targetCell.parsed, out);
  }

  /**
   * The value a what-if gives the target, asked by position where the overrides answer so; the
   * what-if state (`w`, made when not given) only for overrides that answer by key.
   */
  private targetOverride(overrides: Overrides | undefined, w?: CellsWhatIf): Decimal | undefined {
    if (!overrides || overrides.size === 0) return undefined;
    const t = this.targetCell;
    return overrides.atCell ? overrides.atCell(this.sheet, t.row, t.col) : overrides.get(this.keysOf(w ?? this.state())[0]);
  }

  /**
   * Σ signᵢ × partᵢ with the overrides in place, in integers, into `sum`; false where it cannot
   * be. The workbook's sum is kept once made, and a what-if moves it by the parts it replaces.
   */
  private sumInto(w: CellsWhatIf, overrides: Overrides | undefined, sum: ExactSum): boolean {
    if (!w.exact) return false;
    startSum(sum, w.units, w.scale);
    if (!overrides || overrides.size === 0) return true;
    if (isSheetwise(overrides)) {
      const n = overrides.overridesOn(this.partsSheet, ON_SHEET, 0);
      if (n >= 0) return this.sumOverridden(n, sum);
    }
    const parts = this.parts;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const o = this.partOverride(w, overrides, i);
      if (o === undefined) continue;
      const sign = this.signs ? this.signs[i] : 1;
      const q = p.parsed;
      // A part's figure is in the base sum (it has exact units there, or the base would not be exact).
      if (q.kind === "number") sum.add(q.units, q.decimals, -sign);
      if (!readUnits(o, PART)) return false;
      sum.add(PART.units, PART.scale, sign);
    }
    return sum.exact;
  }

  /**
   * `sumInto` from the `n` values overriding cells of the parts' sheet, listed in ON_SHEET: each
   * part at one of their positions is moved by it, in the parts' order as `sumInto` moves them, so
   * that the same integers are added (a what-if overrides a cell or two, and was asked of every part).
   */
  private sumOverridden(n: number, sum: ExactSum): boolean {
    if (n === 0) return sum.exact;
    const parts = this.parts;
    const { positions, units, scales } = ON_SHEET;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const at = positionOf(p.row, p.col);
      // The first listing of a position is its value (a layer's cell before its base's).
      let k = 0;
      while (k < n && positions[k] !== at) k++;
      if (k === n) continue;
      const sign = this.signs ? this.signs[i] : 1;
      const q = p.parsed;
      // A part's figure is in the base sum (it has exact units there, or the base would not be exact).
      if (q.kind === "number") sum.add(q.units, q.decimals, -sign);
      if (scales[k] >= 0) sum.add(units[k], scales[k], sign);
      else return false;
    }
    return sum.exact;
  }

  /** Σ signᵢ × partᵢ with the workbook's figures added into `sum`; its `exact` false when one has no exact units. */
  private baseInto(sum: ExactSum): ExactSum {
    const parts = this.parts;
    const signs = this.signs;
    for (let i = 0; i < parts.length; i++) {
      const q = parts[i]?.parsed;
      if (q?.kind === "number") sum.add(q.units, q.decimals, signs ? signs[i] : 1);
    }
    return sum;
  }

  /**
   * `solveFor` in exact integers, as `LinearEquation` solves, written into `out` as units (a zero
   * too, whose sign only Decimal's sum gives): the target's value is the sum; a part's, with a
   * total sign of ±1, its value moved by the difference. True when written, null where the cell
   * is not in the equation, false where Decimal must answer (a figure beyond the safe integers,
   * another coefficient).
   */
  private solvedInto(cell: CellRef, overrides: Overrides | undefined, out: ExactSum): boolean | null {
    const w = this.state();
    if (!this.sumInto(w, overrides, SUM)) return false;
    if (this.isTarget(cell)) {
      startSum(out, SUM.units, SUM.scale);
      return true;
    }
    const c = this.coefficientOf(cell);
    if (c === 0) return null;
    if (c !== 1 && c !== -1) return false;
    // The first part at the cell: its key and figure are the cell's (parts share one sheet).
    const own = this.firstPartAt(cell);
    if (!this.actualInto(w, overrides, ACTUAL)) return false;
    const known = this.partUnitsInto(w, overrides, own, PART);
    if (known === false) return false;
    return movedInto(out, known ? PART : null, ACTUAL, SUM, c);
  }

  /**
   * Part `own`'s value under a what-if (its override, else its figure) as units into `out`: true
   * when written, null where it has none and counts as nothing (no figure, no override), false
   * where Decimal must answer.
   */
  private partUnitsInto(w: CellsWhatIf, overrides: Overrides | undefined, own: number, out: Units): boolean | null {
    const p = this.parts[own] as ValueCell;
    const q = p.parsed;
    if (overrides && overrides.size > 0) {
      if (isSheetwise(overrides)) {
        const found = overrides.unitsAtCell(this.partsSheet, p.row, p.col, out);
        if (found === IN_UNITS) return true;
        if (found === IN_DECIMAL) return false;
      } else {
        const o = this.partOverride(w, overrides, own);
        if (o !== undefined) return readUnits(o, out);
      }
    }
    return readFigureUnits(q, out) ? true : q.kind === "number" ? false : null;
  }

  /** The same identity over Decimal terms, for what the integers cannot answer (figures beyond 2^53). */
  private linear(): LinearEquation {
    const w = this.state();
    if (!w.decimal) {
      const terms: LinearTerm[] = [];
      this.parts.forEach((p, i) => {
        if (!p) return;
        const sign = this.signs ? this.signs[i] : 1;
        const q = p.parsed;
        terms.push(new CellTerm({ sheet: this.partsSheet, cell: p.cell }, sign === 1 ? ONE : new Decimal(sign), q.kind === "number" ? q : null));
      });
      const t = this.targetCell.parsed;
      const ref = this.target;
      const target = new CellTerm(ref, ONE, t.kind === "number" ? t : null);
      const spec: LinearSpec = { rule: this.rule, target: { ref, get value() { return target.value ?? ZERO; }, exact: target.exact }, terms, tolerance: this.tolerance };
      if (this.relation) spec.relation = this.relation;
      if (this.column) spec.column = this.column;
      w.decimal = new LinearEquation(spec);
    }
    return w.decimal;
  }
}

// The prototype `CellsEquation.make` gives its literals.
const CELLS_EQUATION: object = CellsEquation.prototype;

/**
 * A sum over cells as the what-ifs read it, made at the first: the workbook's Σ signᵢ × partᵢ in
 * integers (`exact` false: some figure has no exact units) and, only for overrides that answer by
 * key alone, each cell's `cellKey` (the target's, then each part's, "" for a missing one).
 */
interface CellsWhatIf {
  keys: string[] | undefined;
  units: number;
  scale: number;
  exact: boolean;
  decimal: LinearEquation | undefined;
  /** The verdict on the workbook's own figures, once judged. */
  verdict: Verdict | undefined;
  /** The target's `CellRef`, once asked for. */
  ref: CellRef | undefined;
}

// compareEuros calls a gap of at most half a cent float noise (and "ok"), whatever the tolerance.
const HALF_CENT = 0.005;

// One answer's scratch: every what-if is worked out to its end before the next begins, so the
// target's and a part's units and the sum need no object each.
const ACTUAL: Units = { units: 0, scale: 0 };
const PART: Units = { units: 0, scale: 0 };
const SUM = new ExactSum();
const BASE_SUM = new ExactSum();
const MOVED = new ExactSum();
const LINEAR_SUM = new ExactSum();
const LOW = new ExactSum();
const ON_SHEET: OnSheet = { positions: [], units: [], scales: [], values: [] };
const HIGH = new ExactSum();

/** `sum` set to start at `units × 10^-scale`, exact. */
function startSum(sum: ExactSum, units: number, scale: number): ExactSum {
  sum.units = units;
  sum.scale = scale;
  sum.exact = true;
  return sum;
}

/** Whether part `i`, at position `at`, sits where a present part before it does. */
function repeatsEarlier(parts: readonly (ValueCell | undefined)[], i: number, at: number): boolean {
  for (let j = 0; j < i; j++) {
    const q = parts[j];
    if (q && positionOf(q.row, q.col) === at) return true;
  }
  return false;
}

/** The positions of the present parts before part `i`. */
function positionsBefore(parts: readonly (ValueCell | undefined)[], i: number): Set<number> {
  const seen = new Set<number>();
  for (let j = 0; j < i; j++) {
    const q = parts[j];
    if (q) seen.add(positionOf(q.row, q.col));
  }
  return seen;
}

/** The widest |actual − expected| that is not "wrong" at a tolerance: it, or half a cent of noise. */
function slackOf(tolerance: number): Decimal {
  let s = SLACK.get(tolerance);
  if (!s) SLACK.set(tolerance, (s = new Decimal(tolerance).plus(NOISE_CEILING)));
  return s;
}

const SLACK = new Map<number, Decimal>();

/** `slackOf` as units, null where it has none: a check's equations share a tolerance or two. */
function slackUnitsOf(tolerance: number): Units | null {
  let s = SLACK_UNITS.get(tolerance);
  if (s === undefined) SLACK_UNITS.set(tolerance, (s = unitsOf(slackOf(tolerance))));
  return s;
}

const SLACK_UNITS = new Map<number, Units | null>();

/**
 * A cell's term: its exact units read from the cell, its Decimal made only when Decimal must
 * answer (a what-if beyond the safe integers, a repair's message). The analysis turns thousands
 * of failing sums into Decimal equations and most of their figures are only ever added in units.
 */
class CellTerm implements LinearTerm {
  readonly exact?: Units;

  constructor(
    readonly ref: CellRef,
    readonly coefficient: Decimal,
    private readonly figure: ParsedNumber | null,
  ) {
    const u = figure && figureUnits(figure);
    if (u) this.exact = u;
  }

  get value(): Decimal | null {
    return this.figure ? this.figure.value : null;
  }
}
