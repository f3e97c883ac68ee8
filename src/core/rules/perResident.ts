import Decimal from "decimal.js";
import { Finding } from "../findings";
import { TunnusluvutTable, ValueCell, YearColumn } from "../model";
import { matchColumn } from "../compare/columns";
import { relatedRanges } from "../compare/ranges";
import { qualified } from "../address";
import { Interval, QuotientInterval, findConsensus } from "../compare/consensus";
import { Digits, digitsOf } from "../compare/shownDigits";
import { quotientToPrecision, roundedQuotientDigits } from "../compare/roundedQuotient";
import { ExactDigits } from "./support/shownWords";
import { excelRound, halfUnit } from "../arithmetic/rounding";
import { impliedPopulationRange } from "../arithmetic/perResident";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, isSignedColumn, kayttotalousFor } from "./support/tables";
import { holdsNumber, numberIn, shownDecimals } from "./support/cells";
import { Units } from "../relations/exactValues";
import { ShownFigureCheck, checkShown, recordShownAt } from "./support/shown";
import { ShownFormula, ShownInput, figureInputAt, perResidentFormula } from "../relations/shown";
import { Place, makeFinding, placeAt } from "./support/finding";
import { oddFigures } from "./support/oddPerResident";
import { unitsText } from "../arithmetic/unitsText";
import { ParsedNumber, figureSign } from "../numbers";
import { FigureParam, MessageParams, figure, signedFigure } from "../message";

/**
 * One `Toimintakate €/asukas` cell with the toimintakate it divides. A class: its shown figure and
 * toimintakate are Decimals made when read (most cells are told right in units), on the prototype.
 */
class PerResidentCell {
  private kateRange?: string;

  constructor(
    readonly table: TunnusluvutTable,
    readonly column: YearColumn,
    readonly cell: ValueCell,
    /** The toimintakate's cell as the model holds it. */
    readonly kate: ValueCell,
    /** The sheet of the toimintakate cell, for the recorded equation. */
    readonly kateSheet: string,
  ) {}

  /** The toimintakate's address as a finding on this cell's sheet names it: made for a finding only. */
  get kateRef(): string {
    return (this.kateRange ??= relatedRanges([{ sheet: this.kateSheet, row: this.kate.row, col: this.kate.col }], this.table.sheet)[0]);
  }

  get shown(): Decimal {
    return numberIn(this.cell) as Decimal;
  }

  get toimintakate(): Decimal {
    return numberIn(this.kate) as Decimal;
  }
}

/**
 * `Toimintakate €/asukas` = toimintakate of the matching käyttötalous column / population of that
 * year. With a population given (`options.population`) each cell is checked against it. Without,
 * every cell of the same year (any area, TA or TPE alike: one population per 31.12) is compared:
 * each shown figure allows a range of populations, the value most ranges share is the consensus,
 * and cells whose range misses it by more than `tolerances.population` are reported. Rounding
 * tolerance `tolerances.perResident` is in €/asukas. What cannot be checked is said once per table.
 */
export const perResidentRule: Rule = {
  ids: ["per-resident", "per-resident-population", "per-resident-not-checked"],
  run(ctx) {
    const out: Finding[] = [];
    const groups = new Map<number, PerResidentCell[]>();
    const formulas = new FormulaOfPopulation();
    for (const table of allTables(ctx.model, "tunnusluvut")) {
      const row = table.perResident;
      if (!row) continue;
      const k = kayttotalousFor(ctx.model, table);
      const noKate: ValueCell[] = [];
      // A loop, not a forEach callback made per table (docs/engine-speed.md: closures).
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        // An overrun right is no year's toimintakate: no €/asukas of it to check nor to miss.
        if (!holdsNumber(cell) || isSignedColumn(table, i)) continue;
        const column = table.columns[i];
        const m = k && k.toimintakate ? matchColumn(column, k.columns) : null;
        const kateCell = m && k?.toimintakate ? k.toimintakate.cells[m.index] : undefined;
        if (!k || !kateCell || !holdsNumber(kateCell)) {
          // A marker or unreadable toimintakate is no column to compare either.
          if (!kateCell || kateCell.parsed.kind !== "text") noKate.push(cell);
          continue;
        }
        const entry = new PerResidentCell(table, column, cell, kateCell, k.sheet);
        const population = ctx.options.population[column.year];
        if (population !== undefined && population > 0) {
          const f = checkGiven(ctx, entry, population, formulas.of(population));
          if (f) out.push(f);
          continue;
        }
        // One population per year (31.12), whichever budget column shows it.
        const group = groups.get(column.year);
        if (group) group.push(entry);
        else groups.set(column.year, [entry]);
      }
      if (noKate.length > 0) {
        // A loop, not `map` (docs/engine-speed.md: lists made by `map`).
        const labels: string[] = [];
        for (let i = 0; i < noKate.length; i++) labels.push(table.columns[row.cells.indexOf(noKate[i])]?.label ?? noKate[i].cell);
        out.push(
          makeFinding(
            "per-resident-not-checked",
            "info",
            { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, cell: noKate[0].cell },
            cellRanges(noKate),
            {},
            ctx.t("per-resident.no-toimintakate", { columns: labels.join(", ") }),
          ),
        );
      }
    }
    out.push(...checkByConsensus(ctx, groups));
    return out;
  },
};

function place(e: PerResidentCell) {
  return { sheet: e.table.sheet, area: e.table.area, table: e.table.kind, row: e.table.perResident?.label ?? "", column: e.column.label };
}

/** €/asukas of `e` by `formula` (one population's, shared by every cell judged at it), as the equation the cell is judged by. */
function perResidentRelation(e: PerResidentCell, formula: ShownFormula) {
  return { inputs: perResidentInputs(e), formula };
}

/** The one input of `e`'s €/asukas: its toimintakate. */
function perResidentInputs(e: PerResidentCell): ShownInput[] {
  return [figureInputAt(e.kateSheet, e.kate)];
}

/** The formula of each population, made once: every cell of a year is judged at the same one. */
class FormulaOfPopulation {
  private readonly formulas = new Map<number, { residents: Decimal; formula: ShownFormula }>();

  of(population: number): { residents: Decimal; formula: ShownFormula } {
    let f = this.formulas.get(population);
    if (!f) {
      const residents = new Decimal(population);
      f = { residents, formula: perResidentFormula(residents) };
      this.formulas.set(population, f);
    }
    return f;
  }
}

function checkGiven(ctx: RuleContext, e: PerResidentCell, population: number, given: { residents: Decimal; formula: ShownFormula }): Finding | null {
  return checkShown(ctx, new GivenPopulationCheck(ctx, e, population, given.residents, given.formula));
}

/**
 * A €/asukas figure held against the user's population, as `checkShown` asks for it: its
 * quotient, words and related cell are getters on the prototype, made for a finding only (most
 * figures are told right from exact units), not closures made for every cell.
 */
class GivenPopulationCheck implements ShownFigureCheck {
  readonly place: Omit<Place, "cell">;
  readonly checked: ValueCell;
  readonly quotientUnits: { numerator: Units; denominator: Units } | null;
  readonly extra: Decimal.Value;
  readonly relation: { inputs: readonly ShownInput[]; formula: ShownFormula };

  constructor(
    ctx: RuleContext,
    private readonly e: PerResidentCell,
    private readonly population: number,
    private readonly residents: Decimal,
    formula: ShownFormula,
  ) {
    this.place = place(e);
    this.checked = e.cell;
    this.quotientUnits = kateUnits(e.kate, population);
    this.extra = ctx.options.tolerances.perResident;
    this.relation = perResidentRelation(e, formula);
  }

  get rule(): string {
    return "per-resident";
  }

  get messageKey(): string {
    return "per-resident";
  }

  get exact(): Decimal {
    return this.e.toimintakate.div(this.residents);
  }

  get quotient(): { numerator: Decimal; denominator: Decimal } {
    return { numerator: this.e.toimintakate, denominator: this.residents };
  }

  /** The shown figure and toimintakate / population as Decimal's division gives it, as exact digits: a wrong figure is worded from them. */
  exactDigits(): { shown: ExactDigits; exact: ExactDigits } | null {
    const k = this.e.kate.parsed;
    const s = this.e.cell.parsed;
    if (k.kind !== "number" || s.kind !== "number" || k.units === undefined || s.units === undefined) return null;
    if (!Number.isSafeInteger(k.units) || !Number.isSafeInteger(s.units) || !Number.isSafeInteger(this.population)) return null;
    const exact = roundedQuotientDigits({ units: BigInt(k.units), scale: k.decimals }, { units: BigInt(this.population), scale: 0 });
    return exact && { shown: { units: BigInt(s.units), scale: s.decimals }, exact };
  }

  get related(): string[] {
    return [this.e.kateRef];
  }

  get params(): MessageParams {
    const e = this.e;
    return {
      column: e.column.label,
      kate: figure(e.toimintakate),
      kateCell: e.kateRef,
      population: figure(new Decimal(this.population)),
      year: String(e.column.year),
    };
  }
}

/** Toimintakate over a whole population in exact units; null when either has none. */
function kateUnits(kate: ValueCell, population: number): { numerator: Units; denominator: Units } | null {
  const p = kate.parsed;
  if (p.kind !== "number" || p.units === undefined || !Number.isSafeInteger(population) || population === 0) return null;
  return { numerator: { units: p.units, scale: p.decimals }, denominator: { units: population, scale: 0 } };
}

/** The populations a shown figure allows; a shown 0 allows any population big enough. */
function rangeOf(e: PerResidentCell): Interval | null {
  const d = shownDecimals(e.cell);
  if (figureSign(e.kate.parsed) === 0) return null;
  if (figureSign(e.cell.parsed) === 0) {
    const low = e.toimintakate.abs().div(halfUnit(d));
    return { low, high: new Decimal(Infinity), point: low };
  }
  return rangeInUnits(e.kate, e.cell, d) ?? impliedPopulationRange(e.toimintakate, e.shown, d);
}

/**
 * `impliedPopulationRange` over whole numbers, each bound one quotient of two integers: with the
 * toimintakate `K` and the shown figure `S` in exact units and `10^m` units of the finer of the
 * shown figure and half a unit of its shown decimals `d` a euro, |k| / (|s| ± half) is
 * |K| × 10^m / (10^kd × (|S| × 10^(m−sd) ± 5 × 10^(m−d−1))): the same quotient and so the same
 * correctly rounded Decimal, without the Decimal sums and scalings on the way (every €/asukas
 * cell of a year without a population), each made only when read: a year's consensus orders the
 * quotients themselves. Null where a figure has no units or the integers leave the safe range.
 */
export function rangeInUnits(kate: ValueCell, shown: ValueCell, d: number): Interval | null {
  const k = kate.parsed;
  const s = shown.parsed;
  if (k.kind !== "number" || s.kind !== "number" || k.units === undefined || s.units === undefined) return null;
  if (!Number.isInteger(d) || d < 0 || d + 1 > MAX_PLACES || s.decimals > MAX_PLACES || k.decimals > MAX_PLACES) return null;
  const m = Math.max(s.decimals, d + 1);
  const amount = Math.abs(k.units) * 10 ** m;
  const kateScale = 10 ** k.decimals;
  const figure = Math.abs(s.units) * 10 ** (m - s.decimals);
  const half = 5 * 10 ** (m - d - 1);
  const pointBy = kateScale * figure;
  const lowBy = kateScale * (figure + half);
  const highBy = kateScale * (figure - half);
  if (![amount, pointBy, lowBy, highBy].every(Number.isSafeInteger)) return null;
  // A figure within half a unit of 0 allows any population big enough (a denominator 0: +∞).
  return new QuotientInterval(amount, lowBy, amount, figure - half <= 0 ? 0 : highBy, amount, pointBy);
}

const MAX_PLACES = 6;

/**
 * Whether `e` shows its toimintakate over the agreed population `agreed` (as a double) within
 * half a unit, told from its interval's exact quotients where they are clear of it: inside
 * (low, high), |toimintakate| / population lies strictly between |shown| ± half a unit, and so
 * does its rounded Decimal, these ends being short decimals. The equation's own verdict is then
 * "ok" without the 80-digit division the analysis made for every cell of the year. False, for the
 * analysis to work out, near an end, for opposite signs, and for a figure without units.
 */
function holdsAt(agreed: number, e: PerResidentCell, range: Interval): boolean {
  if (!(range instanceof QuotientInterval)) return false;
  const sign = figureSign(e.kate.parsed);
  if (sign === 0 || sign !== figureSign(e.cell.parsed)) return false;
  return range.within(agreed) === true;
}

/**
 * `e`'s toimintakate over the agreed population `c` (`digits` its exact digits), the Decimal
 * `toimintakate.div(c)` gives, divided in BigInt: every odd figure of a year names it.
 */
function kateOver(e: PerResidentCell, c: Decimal, digits: Digits | null): Decimal {
  const k = e.kate.parsed;
  const units = k.kind === "number" ? k.units : undefined;
  const q = digits && units !== undefined && Number.isSafeInteger(units) ? quotientToPrecision({ units: BigInt(units), scale: (k as ParsedNumber).decimals }, digits) : null;
  return q ?? e.toimintakate.div(c);
}

function checkByConsensus(ctx: RuleContext, groups: Map<number, PerResidentCell[]>): Finding[] {
  const out: Finding[] = [];
  const single = new Map<TunnusluvutTable, PerResidentCell[]>();
  for (const [year, entries] of groups) {
    for (let n = 0; n < entries.length; n++) {
      const e = entries[n];
      if (figureSign(e.kate.parsed) !== 0 || figureSign(e.cell.parsed) === 0) continue;
      // No population turns a toimintakate of 0 into anything but 0 €/asukas.
      const message = ctx.t("per-resident.zero-kate", { column: e.column.label, actual: figure(e.shown, shownDecimals(e.cell)), kateCell: e.kateRef });
      out.push(makeFinding("per-resident", "error", { ...place(e), cell: e.cell.cell }, [e.kateRef], { actual: e.shown, expected: new Decimal(0) }, message));
    }
    // Loops, not callbacks made per year (docs/engine-speed.md: closures).
    const withRange: { e: PerResidentCell; range: Interval }[] = [];
    const ranges: Interval[] = [];
    const areas = new Set<string>();
    for (let n = 0; n < entries.length; n++) {
      const e = entries[n];
      const range = rangeOf(e);
      if (range === null) continue;
      withRange.push({ e, range });
      ranges.push(range);
      areas.add(e.table.area);
    }
    if (areas.size < 2) {
      for (let n = 0; n < entries.length; n++) {
        const e = entries[n];
        const list = single.get(e.table);
        if (list) list.push(e);
        else single.set(e.table, [e]);
      }
      continue;
    }
    const consensus = findConsensus(ranges);
    if (!consensus) continue;
    const tol = new Decimal(ctx.options.tolerances.population);
    const below = new Decimal(1).minus(tol);
    const above = new Decimal(1).plus(tol);
    // Each cell of the year, members too, held against the agreed population (when two agree).
    // The equation divides when the analysis asks it to; the consensus itself needs no quotient.
    const formula = perResidentFormula(consensus.value);
    const agreed = consensus.value.toNumber();
    const agreedDigits = digitsOf(consensus.value);
    // Recorded from its parts: no check object nor place made for a cell that is only recorded.
    for (let n = 0; !consensus.medianOnly && n < withRange.length; n++) {
      const { e, range } = withRange[n];
      recordShownAt(ctx, "per-resident-population", e.table.sheet, e.column.label, e.cell, ctx.options.tolerances.perResident, false, perResidentInputs(e), formula, holdsAt(agreed, e, range));
    }
    const members = new Set(consensus.members);
    // What every odd cell of the year names alike, made for the first of them: the agreeing
    // cells (one list, so that each finding's ranges of it are merged once), the cells used and
    // the agreed population.
    let yearWords: { memberCells: { sheet: string; row: number; col: number }[]; cells: string; consensus: FigureParam; tolerance: FigureParam } | undefined;
    for (let idx = 0; idx < withRange.length; idx++) {
      const { e, range } = withRange[idx];
      if (members.has(idx)) continue;
      const c = consensus.value;
      const tolerance = ctx.options.tolerances.population;
      const within = range instanceof QuotientInterval ? range.within(agreed, 1 - tolerance, 1 + tolerance) : undefined;
      if (within ?? (c.gte(range.low.mul(below)) && c.lte(range.high.mul(above)))) continue;
      yearWords ??= {
        memberCells: memberCellsOf(consensus.members, withRange),
        cells: qualifiedCellsOf(withRange),
        consensus: figure(c),
        tolerance: figure(tol.mul(100), 1),
      };
      const d = shownDecimals(e.cell);
      const odd = range instanceof QuotientInterval && !consensus.medianOnly ? oddFigures(e.kate.parsed, e.cell.parsed, agreedDigits, d, ctx.options.tolerances.perResident) : null;
      if (odd && range instanceof QuotientInterval) {
        const k = e.kate.parsed as ParsedNumber;
        const s = e.cell.parsed as ParsedNumber;
        const actual = unitsText(s.units as number, s.decimals);
        const high = range.highText();
        const message = ctx.t("per-resident-population", {
          column: e.column.label,
          year: String(year),
          actual: { figure: actual, decimals: d },
          expected: { figure: odd.expected, decimals: d },
          difference: { figure: odd.difference, decimals: d, signed: true },
          kate: { figure: unitsText(k.units as number, k.decimals), decimals: 0 },
          kateCell: e.kateRef,
          implied: { figure: range.pointText(), decimals: 0 },
          low: { figure: range.lowText(), decimals: 0 },
          high: high === null ? "∞" : { figure: high, decimals: 0 },
          consensus: yearWords.consensus,
          agreeing: String(consensus.members.length),
          cells: yearWords.cells,
          tolerance: yearWords.tolerance,
        });
        const related = relatedRanges(yearWords.memberCells, e.table.sheet, e.kateRef);
        const severity = odd.rounding ? "info" : "error";
        out.push(makeFinding("per-resident-population", severity, placeAt(place(e), e.cell.cell), related, { actual, expected: odd.expected, difference: odd.difference }, message));
        continue;
      }
      const exact = kateOver(e, c, agreedDigits);
      const expected = excelRound(exact, d);
      // Cells of one year that contradict each other are an inconsistency in the workbook; how
      // far this one is off at the agreed population decides error or rounding. With no two
      // cells agreeing, which one is wrong is unknown: a warning.
      const gap = e.shown.minus(exact).abs();
      const severity = consensus.medianOnly ? "warning" : gap.lte(halfUnit(d).plus(ctx.options.tolerances.perResident)) ? "info" : "error";
      const message = ctx.t(consensus.medianOnly ? "per-resident-population.median" : "per-resident-population", {
        column: e.column.label,
        year: String(year),
        actual: figure(e.shown, d),
        expected: figure(expected, d),
        difference: signedFigure(e.shown.minus(expected), d),
        kate: figure(e.toimintakate),
        kateCell: e.kateRef,
        implied: figure(range.point),
        low: figure(range.low),
        high: range.high.isFinite() ? figure(range.high) : "∞",
        consensus: yearWords.consensus,
        agreeing: String(consensus.members.length),
        cells: yearWords.cells,
        tolerance: yearWords.tolerance,
      });
      // Hundreds of agreeing cells, named by each odd one out: made in one list with the toimintakate.
      const related = relatedRanges(yearWords.memberCells, e.table.sheet, e.kateRef);
      out.push(makeFinding("per-resident-population", severity, { ...place(e), cell: e.cell.cell }, related, { actual: e.shown, expected }, message));
    }
  }
  for (const [table, entries] of single) {
    const row = table.perResident;
    if (!row) continue;
    out.push(
      makeFinding(
        "per-resident-not-checked",
        "info",
        { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, cell: entries[0].cell.cell },
        cellRanges(cellsOf(entries)),
        {},
        ctx.t("per-resident.no-population", { columns: columnLabelsOf(entries).join(", ") }),
      ),
    );
  }
  return out;
}

/** The agreeing cells of a year. Loops, not `map`, here and below (docs/engine-speed.md: lists made by `map`). */
function memberCellsOf(members: readonly number[], withRange: readonly { e: PerResidentCell }[]): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  for (let i = 0; i < members.length; i++) {
    const e = withRange[members[i]].e;
    out.push({ sheet: e.table.sheet, row: e.cell.row, col: e.cell.col });
  }
  return out;
}

/** Every cell of a year as the finding names them. */
function qualifiedCellsOf(withRange: readonly { e: PerResidentCell }[]): string {
  const out: string[] = [];
  for (let i = 0; i < withRange.length; i++) out.push(qualified(withRange[i].e.table.sheet, withRange[i].e.cell.cell));
  return out.join(", ");
}

function cellsOf(entries: readonly PerResidentCell[]): ValueCell[] {
  const out: ValueCell[] = [];
  for (let i = 0; i < entries.length; i++) out.push(entries[i].cell);
  return out;
}

function columnLabelsOf(entries: readonly PerResidentCell[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) out.push(entries[i].column.label);
  return out;
}
