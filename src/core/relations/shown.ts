import Decimal from "decimal.js";
import { Verdict, compareShown, shownPlaces } from "../compare/tolerance";
import { excelRound } from "../arithmetic/rounding";
import { ExactSum, compareShownUnits, rescale } from "../arithmetic/exact";
import { Digits, compareShownDigits, digitsOf } from "../compare/shownDigits";
import { pow10 } from "../compare/powersOfTen";
import { roundedQuotientDigits } from "../compare/roundedQuotient";
import { CellRef, Equation, Overrides } from "./equation";
import { POSITION_COLUMNS, positionOfA1, visitA1 } from "./position";
import { Units, approxNumber, figureUnits, readFigureUnits, readUnits, unitsOf } from "./exactValues";
import { ParsedNumber, decimalOfUnits } from "../numbers";
import { ValueCell } from "../model";

/** An input of a rounded figure's formula: a cell and the workbook's value. */
export interface ShownInput {
  ref: CellRef;
  readonly value: Decimal;
  /** The value's exact units when known without its Decimal (a figure's, read from its cell); null: it has none. */
  readonly exact?: Units | null;
}

/**
 * An input read from a figure cell, its Decimal made when the analysis evaluates the equation: a
 * class, so that the equation keeps the cell alone and not the scope of the rule that made it.
 */
class FigureInput implements ShownInput {
  constructor(
    readonly sheet: string,
    readonly address: string,
    private readonly figure: ParsedNumber,
  ) {}

  /** Made anew when read, not kept: the equation reads the sheet and address themselves. */
  get ref(): CellRef {
    return { sheet: this.sheet, cell: this.address };
  }

  get value(): Decimal {
    return this.figure.value;
  }

  get exact(): Units | null {
    return figureUnits(this.figure);
  }

  /** `exact` written into `out` (see `readFigureUnits`). */
  readExact(out: Units): boolean {
    return readFigureUnits(this.figure, out);
  }
}

/** An input's sheet and address, read without making its `CellRef` where it is a figure's. */
function inputSheet(x: ShownInput): string {
  return x instanceof FigureInput ? x.sheet : x.ref.sheet;
}

function inputAddress(x: ShownInput): string {
  return x instanceof FigureInput ? x.address : x.ref.cell;
}

/**
 * A shown figure's target read from its cell, its Decimal made when the analysis evaluates the
 * equation: a class, so that the equation keeps the cell and not the scope of the rule.
 */
class StoredFigure {
  constructor(
    readonly ref: CellRef,
    private readonly figure: ParsedNumber,
  ) {}

  get stored(): Decimal {
    return this.figure.value;
  }

  get exact(): Units | null {
    return figureUnits(this.figure);
  }

  /** `exact` written into `out` (see `readFigureUnits`). */
  readExact(out: Units): boolean {
    return readFigureUnits(this.figure, out);
  }
}

/** A figure cell as the target of a shown equation (the cell must hold a number). */
export function storedFigure(ref: CellRef, cell: ValueCell): ShownSpec["target"] {
  if (cell.parsed.kind !== "number") throw new Error(`${ref.sheet}!${ref.cell} holds no figure`);
  return new StoredFigure(ref, cell.parsed);
}

/** A figure cell's value as an equation's input (the cell must hold a number). */
export function figureInput(ref: CellRef, cell: ValueCell): ShownInput {
  if (cell.parsed.kind !== "number") throw new Error(`${ref.sheet}!${ref.cell} holds no figure`);
  return new FigureInput(ref.sheet, ref.cell, cell.parsed);
}

/** `figureInput` of the cell on `sheet` at its own address, its `CellRef` made when read. */
export function figureInputAt(sheet: string, cell: ValueCell): ShownInput {
  if (cell.parsed.kind !== "number") throw new Error(`${sheet}!${cell.cell} holds no figure`);
  return new FigureInput(sheet, cell.cell, cell.parsed);
}

/**
 * The formula a shown figure is rounded from, over its inputs' values in `inputs` order, and its
 * inverse: the value input `i` needs so that the formula gives `exact`.
 */
export interface ShownFormula {
  /** Catalogue-style name, e.g. `change % = (new / old − 1) × 100`. */
  relation: string;
  exact(values: readonly Decimal[]): Decimal | null;
  solveInput(i: number, exact: Decimal, values: readonly Decimal[]): Decimal | null;
  /**
   * Optional: `exact` as numerator / denominator in exact units, so that a what-if is judged
   * without dividing; null where `exact` is null (a zero divisor), undefined where the units
   * cannot tell (Decimal answers then). `values` are read for this answer only: they are not kept.
   *
   * `values` are scratch lists this module refills for the next verdict or solution of any
   * shown equation, and the answer may hold `values`' own objects (a denominator that is an
   * input): whoever asks reads the answer at once, before asking any equation anything else.
   */
  quotientUnits?(values: readonly Units[]): { numerator: Units; denominator: Units } | null | undefined;
  /**
   * Optional: the same quotient in digits of any size, where `quotientUnits` cannot give it (a
   * constant beyond the safe integers: a population agreed among areas, an 80-digit quotient);
   * null where `exact` is null, undefined where the digits cannot tell either. `values` and the
   * answer are read at once, as for `quotientUnits`.
   */
  quotientDigits?(values: readonly Units[]): { numerator: Digits; denominator: Digits } | null | undefined;
  /**
   * Optional: the same quotient from inputs in digits of any size (a value tried that leaves the
   * units); null and undefined as for `quotientDigits`.
   */
  quotientOfDigits?(values: readonly Digits[]): { numerator: Digits; denominator: Digits } | null | undefined;
  /** Optional: `exact` in doubles (NaN where it has none), to tell a what-if surely wrong without Decimal. */
  approx?(values: readonly number[]): number;
}

export interface ShownSpec {
  rule: string;
  column?: string;
  /** The checked cell and what it stores (a `0.0 %` cell stores 0.081 for a shown 8,1), and its units when known. */
  target: { ref: CellRef; readonly stored: Decimal; readonly exact?: Units | null };
  /** Shown = stored × scale: 100 for a percent-formatted cell, else 1. */
  scale: Decimal.Value;
  /** Decimals the cell shows. */
  decimals: number;
  /** Allowed beyond half a unit before the figure is wrong (rounding within). */
  extra: Decimal.Value;
  inputs: readonly ShownInput[];
  formula: ShownFormula;
  /**
   * The rule told the figure within half a unit of its exact value in exact integers: the
   * workbook's own verdict is "ok" without a division (the analysis asks every equation's).
   */
  holds?: boolean;
}

/**
 * A figure shown rounded from a formula over other cells (change %, €/asukas): holds when the
 * shown value is the exact one within half a unit. Solving for the figure gives the exact value
 * rounded as shown; solving for an input inverts the formula at the shown value.
 */
export function shownEquation(spec: ShownSpec): Equation {
  return new ShownEquation(spec.rule, spec.column, undefined, spec.target, spec.scale, spec.decimals, spec.extra, spec.inputs, spec.formula, spec.holds);
}

/**
 * A shown figure's equation whose target is a figure cell of `sheet`, from its parts (see
 * `ShownSpec`): the change % and €/asukas rules record one for every figure they check, and only
 * the analysis reads them, so no spec, target object or `CellRef` is made for it.
 */
export function shownEquationAt(
  rule: string,
  column: string | undefined,
  sheet: string,
  cell: ValueCell,
  scale: 1 | 100,
  decimals: number,
  extra: Decimal.Value,
  inputs: readonly ShownInput[],
  formula: ShownFormula,
  holds: boolean,
): Equation {
  if (cell.parsed.kind !== "number") throw new Error(`${sheet}!${cell.cell} holds no figure`);
  return new ShownEquation(rule, column, sheet, cell, scale, decimals, extra, inputs, formula, holds);
}

// A class rather than closures, its keys made when first asked for: every change % and €/asukas
// figure records one, and only the analysis reads them. Its spec is kept as fields of its own,
// and a figure cell's target as the cell: thousands are kept to the end of a check.
class ShownEquation implements Equation {
  readonly rule: string;
  readonly relation: string;
  // Always set (if undefined): every shown equation then has one shape.
  readonly column?: string;
  /** The target cell's sheet when the target is a figure cell (`site`); undefined when `site` is a spec's target. */
  private readonly sheet: string | undefined;
  private readonly site: ValueCell | ShownSpec["target"];
  private readonly scaleValue: Decimal.Value;
  private readonly decimals: number;
  private readonly extra: Decimal.Value;
  private readonly inputs: readonly ShownInput[];
  private readonly formula: ShownFormula;
  private ref?: CellRef;
  private keyed?: { target: string; inputs: string[] };
  // Each cell's position (the target's, then each input's; −1: an address `a1` does not write), made at the first what-if.
  private places?: number[];
  // Preset to "ok" where the rule told the figure right in exact integers.
  private verdict?: Verdict;

  constructor(
    rule: string,
    column: string | undefined,
    sheet: string | undefined,
    site: ValueCell | ShownSpec["target"],
    scale: Decimal.Value,
    decimals: number,
    extra: Decimal.Value,
    inputs: readonly ShownInput[],
    formula: ShownFormula,
    holds: boolean | undefined,
  ) {
    this.rule = rule;
    this.relation = formula.relation;
    this.column = column;
    this.sheet = sheet;
    this.site = site;
    this.scaleValue = scale;
    this.decimals = decimals;
    this.extra = extra;
    this.inputs = inputs;
    this.formula = formula;
    this.ref = sheet === undefined ? (site as ShownSpec["target"]).ref : undefined;
    this.keyed = undefined;
    this.places = undefined;
    this.verdict = holds ? "ok" : undefined;
  }

  /** The checked cell: a figure cell's `CellRef` is made when first asked for. */
  get target(): CellRef {
    return (this.ref ??= { sheet: this.sheet as string, cell: (this.site as ValueCell).cell });
  }

  private get scale(): Decimal {
    const s = this.scaleValue;
    return s === 1 ? ONE : s === 100 ? HUNDRED : new Decimal(s);
  }

  /** The target's sheet and address, read without making its `CellRef`. */
  private get targetSheet(): string {
    return this.sheet ?? (this.ref as CellRef).sheet;
  }

  private get targetAddress(): string {
    return this.sheet !== undefined ? (this.site as ValueCell).cell : (this.ref as CellRef).cell;
  }

  /** The target's stored value. */
  private get stored(): Decimal {
    return this.sheet !== undefined ? ((this.site as ValueCell).parsed as ParsedNumber).value : (this.site as ShownSpec["target"]).stored;
  }

  /** The target's exact units into `out` (see `readFigureUnits`); false where it has none. */
  private readTargetUnits(out: Units): boolean {
    if (this.sheet !== undefined) return readFigureUnits((this.site as ValueCell).parsed as ParsedNumber, out);
    return readTargetUnits(this.site as ShownSpec["target"], out);
  }

  /** The target, then each input's cell once: made when asked, not kept (the analysis indexes them once). */
  get cells(): CellRef[] {
    const cells: CellRef[] = [this.target];
    for (const x of this.inputs) {
      const ref = x.ref;
      if (!cells.some((c) => c === ref || (c.cell === ref.cell && c.sheet === ref.sheet))) cells.push(ref);
    }
    return cells;
  }

  /** `cells` read from the addresses the refs hold, every one checked before the first is visited. */
  eachCell(visit: (sheet: string, row: number, col: number) => void): boolean {
    const sheet = this.targetSheet;
    const address = this.targetAddress;
    const inputs = this.inputs;
    if (positionOfA1(address) < 0) return false;
    for (const x of inputs) if (positionOfA1(inputAddress(x)) < 0) return false;
    visitA1(sheet, address, visit);
    for (let i = 0; i < inputs.length; i++) {
      const at = inputAddress(inputs[i]);
      const on = inputSheet(inputs[i]);
      let seen = at === address && on === sheet;
      for (let j = 0; j < i && !seen; j++) seen = inputAddress(inputs[j]) === at && inputSheet(inputs[j]) === on;
      if (!seen) visitA1(on, at, visit);
    }
    return true;
  }

  // This and `positions` loop where `map` would do (docs/engine-speed.md: lists made by `map`):
  // `positions` was thrown away ("wrong map") at the spread of its own inlined map's list.
  private keys(): { target: string; inputs: string[] } {
    if (!this.keyed) {
      const inputs: string[] = [];
      for (const x of this.inputs) inputs.push(`${inputSheet(x)}!${inputAddress(x)}`);
      this.keyed = { target: `${this.targetSheet}!${this.targetAddress}`, inputs };
    }
    return this.keyed;
  }

  /**
   * The override of cell `j` (0: the target, then each input): by position where the overrides
   * answer so and the address is as `a1` writes it, else by key.
   */
  private overrideOf(overrides: Overrides, j: number): Decimal | undefined {
    if (overrides.atCell) {
      const places = (this.places ??= this.positions());
      const at = places[j];
      if (at >= 0) {
        const sheet = j === 0 ? this.targetSheet : inputSheet(this.inputs[j - 1]);
        const row = Math.floor(at / POSITION_COLUMNS);
        return overrides.atCell(sheet, row, at - row * POSITION_COLUMNS);
      }
    }
    const keys = this.keys();
    return overrides.get(j === 0 ? keys.target : keys.inputs[j - 1]);
  }

  private positions(): number[] {
    const out = [positionOfA1(this.targetAddress)];
    for (const x of this.inputs) out.push(positionOfA1(inputAddress(x)));
    return out;
  }

  private valuesWith(overrides?: Overrides): Decimal[] {
    if (!overrides) return this.inputs.map((x) => x.value);
    return this.inputs.map((x, i) => this.overrideOf(overrides, i + 1) ?? x.value);
  }

  private shownWith(overrides?: Overrides): Decimal {
    return ((overrides && this.overrideOf(overrides, 0)) ?? this.stored).mul(this.scale);
  }

  evaluate(overrides?: Overrides): Verdict {
    if (!overrides || overrides.size === 0) return (this.verdict ??= this.unitsVerdict() ?? this.decimalVerdict());
    return this.unitsVerdict(overrides) ?? this.decimalVerdict(overrides);
  }

  private decimalVerdict(overrides?: Overrides): Verdict {
    if (overrides && this.surelyWrong(overrides)) return "wrong";
    const exact = this.formula.exact(this.valuesWith(overrides));
    // No value exists (a zero divisor): the figure cannot be right, whatever it shows.
    if (!exact) return "wrong";
    return compareShown(this.shownWith(overrides), exact, this.decimals, this.extra).verdict;
  }

  /**
   * Whether a what-if Decimal must judge (a value of 80 digits tried) is wrong by far more than
   * doubles err: the figure shown, measured in doubles against the formula's value in doubles,
   * beyond half a unit, the extra allowed and half a cent (the widest float noise). Every such
   * what-if of a check of 200 sheets was wrong, each through an 80-digit division.
   */
  private surelyWrong(overrides: Overrides): boolean {
    const formula = this.formula;
    if (!formula.approx) return false;
    const inputs = this.inputs;
    const values = numbersFor(inputs.length);
    for (let i = 0; i < inputs.length; i++) {
      const o = this.overrideOf(overrides, i + 1);
      values[i] = approxNumber(o ?? inputs[i].value);
    }
    const exact = formula.approx(values);
    const o = this.overrideOf(overrides, 0);
    const shown = approxNumber(o ?? this.stored) * approxNumber(this.scale);
    const places = shownPlaces(this.decimals);
    const extra = this.extra;
    const half = 0.5 * Math.pow(10, -places);
    // Within half a unit is never wrong, whatever the extra (a negative one is no allowance).
    const bound = Math.max(half + (typeof extra === "number" ? extra : new Decimal(extra).toNumber()), half, HALF_CENT);
    const gap = Math.abs(shown - exact);
    if (!Number.isFinite(gap) || !Number.isFinite(bound)) return false;
    return gap > bound + 1e-9 * (Math.abs(shown) + Math.abs(exact) + 100);
  }

  /**
   * The verdict (under a what-if, or with the workbook's own figures) in exact integers where the
   * formula gives its quotient in units and every figure has them (`compareShownUnits`);
   * undefined where Decimal must answer.
   */
  private unitsVerdict(overrides?: Overrides): Verdict | undefined {
    const formula = this.formula;
    const scale = this.scaleValue;
    if (!formula.quotientUnits || (scale !== 1 && scale !== 100)) return undefined;
    const values = this.inputUnits(overrides);
    let q: ReturnType<NonNullable<ShownFormula["quotientUnits"]>> = undefined;
    let long: ReturnType<NonNullable<ShownFormula["quotientDigits"]>> = undefined;
    if (values) {
      q = formula.quotientUnits(values);
      if (q === undefined && formula.quotientDigits) long = formula.quotientDigits(values);
    } else if (overrides && formula.quotientOfDigits) {
      // A value tried beyond the units (solved through an 80-digit population): its digits.
      const digits = this.inputDigits(overrides);
      if (digits) long = formula.quotientOfDigits(digits);
    }
    if (q === undefined && long === undefined) return undefined;
    if (q === null || long === null) return "wrong";
    const o = overrides ? this.overrideOf(overrides, 0) : undefined;
    const stored = STORED;
    if (!(o !== undefined ? readUnits(o, stored) : this.readTargetUnits(stored))) return undefined;
    const extra = unitsOfExtra(this.extra);
    if (!extra) return undefined;
    // Shown = stored × 100 for a percent-formatted cell: two decimals fewer.
    let shown = stored.units;
    let shownScale = stored.scale;
    if (scale === 100) {
      if (shownScale >= 2) shownScale -= 2;
      else {
        shown = rescale(shown, 2 - shownScale);
        shownScale = 0;
      }
    }
    if (Number.isNaN(shown)) return undefined;
    const places = shownPlaces(this.decimals);
    if (long) {
      const quotient = digitsNumber(long.numerator) / digitsNumber(long.denominator);
      return farVerdict(shown / Math.pow(10, shownScale), quotient, places, extra.units / Math.pow(10, extra.scale)) ?? compareShownDigits(shown, shownScale, long.numerator, long.denominator, places, extra.units, extra.scale);
    }
    if (!q) return undefined;
    return compareShownUnits(shown, shownScale, q.numerator.units, q.numerator.scale, q.denominator.units, q.denominator.scale, places, extra.units, extra.scale);
  }

  /**
   * The inputs' units (each overridden one's from its override), in the scratch lists `valuesFor`
   * lends: valid until the next call of this or of any equation's verdict. Null where one has none.
   */
  private inputUnits(overrides?: Overrides): readonly Units[] | null {
    const inputs = this.inputs;
    const values = valuesFor(inputs.length);
    for (let i = 0; i < inputs.length; i++) {
      const o = overrides ? this.overrideOf(overrides, i + 1) : undefined;
      if (!(o !== undefined ? readUnits(o, values[i]) : readInputUnits(inputs[i], values[i]))) return null;
    }
    return values;
  }

  /** The inputs' exact digits (each overridden one's from its override), in a list of their own; null where one has none. */
  private inputDigits(overrides: Overrides): Digits[] | null {
    const inputs = this.inputs;
    const out: Digits[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const o = this.overrideOf(overrides, i + 1);
      const d = o !== undefined ? digitsOf(o) : readInputUnits(inputs[i], DIGIT_UNITS) ? { units: BigInt(DIGIT_UNITS.units), scale: DIGIT_UNITS.scale } : null;
      if (!d) return null;
      out.push(d);
    }
    return out;
  }

  solveFor(ref: CellRef, overrides?: Overrides): Decimal | null {
    // Cells compared as their keys would be, without making them.
    if (ref.cell === this.targetAddress && ref.sheet === this.targetSheet) {
      const rounded = this.roundedInUnits(overrides);
      if (rounded !== undefined) return rounded;
      const exact = this.formula.exact(this.valuesWith(overrides));
      return exact ? excelRound(exact, this.decimals).div(this.scale) : null;
    }
    const values = this.valuesWith(overrides);
    const inputs = this.inputs;
    let i = 0;
    while (i < inputs.length && !(ref.cell === inputAddress(inputs[i]) && ref.sheet === inputSheet(inputs[i]))) i++;
    if (i === inputs.length) return null;
    return this.formula.solveInput(i, this.shownWith(overrides), values);
  }

  /**
   * The exact value rounded as shown and stored (`solveFor` of the target), from the formula's
   * quotient in units, rounded half away from zero as Excel's ROUND does, in integers: the 80-digit
   * division Decimal makes for it is the costly part of a repair's trial. Null where no value
   * exists (a zero divisor); undefined where Decimal must answer (no quotient in units, a
   * rounding to zero, whose sign Decimal decides, or a value beyond the safe integers).
   */
  private roundedInUnits(overrides?: Overrides): Decimal | null | undefined {
    const formula = this.formula;
    const scale = this.scaleValue;
    const decimals = this.decimals;
    if (!formula.quotientUnits || (scale !== 1 && scale !== 100) || !Number.isInteger(decimals) || decimals < 0) return undefined;
    const values = this.inputUnits(overrides);
    if (!values) return undefined;
    const q = formula.quotientUnits(values);
    if (q === null) return null;
    let shown: number | undefined;
    if (q) shown = quotientRoundedToPlaces(q.numerator, q.denominator, decimals);
    else {
      // A divisor beyond the units (a population agreed among areas, 80 digits): Decimal's own
      // quotient, worked out in digits, rounded as shown, where dividing by it in Decimal was.
      const long = formula.quotientDigits ? formula.quotientDigits(values) : undefined;
      if (long === null) return null;
      if (!long) return undefined;
      shown = digitsRoundedToPlaces(long.numerator, long.denominator, decimals);
    }
    if (shown === undefined) return undefined;
    // Stored = shown / 100 for a percent-formatted cell: two decimals more.
    return decimalOfUnits(shown, scale === 100 ? decimals + 2 : decimals);
  }
}

/**
 * numerator / denominator (the latter non-zero) rounded half away from zero at `decimals`, as
 * units at that scale; undefined for a zero or a value beyond the safe integers. The exact
 * quotient decides: Decimal's 80-digit one lies far closer to it than any half unit it could
 * round across for figures of at most 16 digits, and lands on a half unit only where it is exact.
 */
function quotientRoundedToPlaces(numerator: Units, denominator: Units, decimals: number): number | undefined {
  // n·10^-ns / (d·10^-ds) · 10^decimals = n·10^(ds + decimals) / (d·10^ns)
  const a = BigInt(numerator.units) * pow10(denominator.scale + decimals);
  const b = BigInt(denominator.units) * pow10(numerator.scale);
  let q = a / b;
  const r = a % b;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice >= (b < 0n ? -b : b)) q += (a < 0n) !== (b < 0n) ? -1n : 1n;
  if (q === 0n) return undefined;
  const n = Number(q);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * `excelRound` at `decimals` of the quotient as decimal.js divides it (`roundedQuotientDigits`:
 * to its precision, half away from zero), as units at that scale; undefined for a zero (its sign
 * is Decimal's) or a value beyond the safe integers. The quotient is rounded twice, as Decimal
 * rounds it: first to its precision, then as shown.
 */
function digitsRoundedToPlaces(numerator: Digits, denominator: Digits, decimals: number): number | undefined {
  const q = roundedQuotientDigits(numerator, denominator);
  if (!q) return undefined;
  let units = q.units;
  if (q.scale <= decimals) units *= pow10(decimals - q.scale);
  else {
    const divisor = pow10(q.scale - decimals);
    const magnitude = units < 0n ? -units : units;
    let r = magnitude / divisor;
    if (2n * (magnitude - r * divisor) >= divisor) r += 1n;
    units = units < 0n ? -r : r;
  }
  if (units === 0n) return undefined;
  const n = Number(units);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * `compareShown`'s verdict of a figure shown against its exact value, both in doubles, where the
 * gap is far from every bound (half a unit, half a cent of float noise, the extra allowed) by a
 * margin a million times the doubles' error; undefined nearer. Most €/asukas what-ifs at an
 * agreed population are far off, and were each judged in BigInt products of 80 digits.
 */
function farVerdict(shown: number, exact: number, places: number, extra: number): Verdict | undefined {
  const gap = Math.abs(shown - exact);
  const margin = 1e-9 * (Math.abs(shown) + Math.abs(exact) + 100);
  if (!Number.isFinite(gap) || !Number.isFinite(margin)) return undefined;
  const half = 0.5 * Math.pow(10, -places);
  if (gap + margin < half) return "ok";
  if (gap - margin > Math.max(half + extra, half, HALF_CENT)) return "wrong";
  if (gap - margin > Math.max(half, HALF_CENT) && gap + margin < half + extra) return "rounding";
  return undefined;
}

/** Digits as a double: one rounding of the integer, one of the division by a power of ten. */
function digitsNumber(d: Digits): number {
  return Number(d.units) / Math.pow(10, d.scale);
}

/** The tolerance's units by its value: every shown figure of a check shares one or two. */
function unitsOfExtra(extra: Decimal.Value): Units | null {
  if (typeof extra === "object") return unitsOf(extra);
  let u = EXTRA.get(extra);
  if (u === undefined) EXTRA.set(extra, (u = unitsOf(new Decimal(extra))));
  return u;
}

const EXTRA = new Map<string | number | bigint, Units | null>();

/** An input's exact units into `out`: a figure's read from its cell, else its own `exact` or its Decimal's. */
function readInputUnits(x: ShownInput, out: Units): boolean {
  if (x instanceof FigureInput) return x.readExact(out);
  return copyUnits(x.exact, out) ?? readUnits(x.value, out);
}

function readTargetUnits(t: ShownSpec["target"], out: Units): boolean {
  if (t instanceof StoredFigure) return t.readExact(out);
  return copyUnits(t.exact, out) ?? readUnits(t.stored, out);
}

/** Known units (or known to be none) copied into `out`; undefined where they are not given. */
function copyUnits(u: Units | null | undefined, out: Units): boolean | undefined {
  if (u === undefined) return undefined;
  if (u === null) return false;
  out.units = u.units;
  out.scale = u.scale;
  return true;
}

// One verdict's scratch: the inputs' units (a list per number of inputs) and the shown figure's,
// read for that verdict alone, so that the thousands of verdicts a check asks make no objects.
const VALUES: Units[][] = [];
const STORED: Units = { units: 0, scale: 0 };
// One test's inputs as doubles, a list per number of inputs.
const NUMBERS: number[][] = [];

function numbersFor(n: number): number[] {
  return (NUMBERS[n] ??= new Array<number>(n).fill(0));
}

// compareShown calls a gap of at most half a cent float noise (and "ok"), whatever the extra.
const HALF_CENT = 0.005;
const DIGIT_UNITS: Units = { units: 0, scale: 0 };

function valuesFor(n: number): Units[] {
  let v = VALUES[n];
  if (!v) VALUES[n] = v = Array.from({ length: n }, () => ({ units: 0, scale: 0 }));
  return v;
}

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

// A change %'s quotient, worked out for one answer at a time.
const CHANGE = new ExactSum();
const CHANGE_NUMERATOR: Units = { units: 0, scale: 0 };
const CHANGE_QUOTIENT: { numerator: Units; denominator: Units } = { numerator: CHANGE_NUMERATOR, denominator: CHANGE_NUMERATOR };

/** Change % = (new / old − 1) × 100; inputs are [old, new]. */
export const CHANGE_PERCENT: ShownFormula = {
  relation: "change % = (new / old − 1) × 100",
  exact([oldV, newV]) {
    return oldV.isZero() ? null : newV.div(oldV).minus(1).mul(100);
  },
  // (new − old) × 100 / old
  quotientUnits([oldU, newU]) {
    if (oldU.units === 0) return null;
    // In module scratch, as the contract lets the answer be: read at once, before the next.
    const change = CHANGE;
    change.units = 0;
    change.scale = 0;
    change.exact = true;
    change.add(newU.units, newU.scale, 1);
    change.add(oldU.units, oldU.scale, -1);
    if (!change.exact) return undefined;
    const numerator = CHANGE_NUMERATOR;
    numerator.units = change.scale >= 2 ? change.units : rescale(change.units, 2 - change.scale);
    numerator.scale = change.scale >= 2 ? change.scale - 2 : 0;
    if (Number.isNaN(numerator.units)) return undefined;
    CHANGE_QUOTIENT.denominator = oldU;
    return CHANGE_QUOTIENT;
  },
  approx([oldV, newV]) {
    return oldV === 0 ? NaN : (newV / oldV - 1) * 100;
  },
  solveInput(i, pct, [oldV, newV]) {
    const factor = pct.div(100).plus(1);
    if (i === 1) return oldV.mul(factor);
    return factor.isZero() ? null : newV.div(factor);
  },
};

/** €/asukas = toimintakate / population, the population a constant; inputs are [toimintakate]. */
export function perResidentFormula(population: Decimal): ShownFormula {
  const people = unitsOf(population);
  const residents = approxNumber(population);
  // A population beyond the units (one agreed among areas has 80 digits) is held in digits.
  const digits = people ? null : digitsOf(population);
  return {
    relation: "€/asukas = toimintakate / population",
    exact([kate]) {
      return population.isZero() ? null : kate.div(population);
    },
    solveInput(_i, perResident) {
      return perResident.mul(population);
    },
    approx([kate]) {
      return residents === 0 ? NaN : kate / residents;
    },
    quotientUnits([kate]) {
      if (!people) return undefined;
      return people.units === 0 ? null : { numerator: kate, denominator: people };
    },
    quotientDigits([kate]) {
      if (!digits) return undefined;
      return digits.units === 0n ? null : { numerator: { units: BigInt(kate.units), scale: kate.scale }, denominator: digits };
    },
    quotientOfDigits([kate]) {
      if (!digits) return undefined;
      return digits.units === 0n ? null : { numerator: kate, denominator: digits };
    },
  };
}
