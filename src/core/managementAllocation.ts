import Decimal from "decimal.js";
import { AllocationKey, BudgetModel, ColumnKind, LabeledRow, UnitBlock, ValueCell, YksikotTable } from "./model";
import { CheckOptions } from "./options";
import { ColumnRef, findFirstColumn } from "./compare/columns";
import { allocate, impliedTotal, roundedShareOf, sumOf } from "./arithmetic/allocation";
import { halfUnit } from "./arithmetic/rounding";
import { QuotientInterval, findConsensus, Interval } from "./compare/consensus";
import { decimalsOfNumber } from "./numbers";
import { quotient } from "./arithmetic/quotient";
import { Units, readUnits } from "./relations/exactValues";

/**
 * Shared management costs (johtamisen kustannukset), computed once: the `allocation-*` rules, the
 * task pane's allocation tab, the CLI's `allocation` command and the allocation sheet all read
 * this, so they always speak of the same cells, the same total and the same expected amounts.
 *
 * Per year: each vastuualue's key (written in its management unit's heading, `65,7 % v. 2024`),
 * the amount allocated to it, the total that amount implies, the amount expected at the year's
 * total (largest remainder, so the parts add up to it exactly) and the difference.
 *
 * - Amount: the management unit's MENOT (the cost being shared; a unit's own revenues are not
 *   allocated by key), or its NETTOMENO when the unit has no MENOT row.
 * - Column: TA of the key's year (the budget the keys were agreed for), else TA+MUUTOS (the
 *   seed's 2023 keys sit over `TA+MUUTOS 2023`), else KS.
 * - Keys are complete when they add up to exactly 100 % (keys are exact decimals).
 * - Total: the agreed total (`managementTotals`, a magnitude, given the sheets' sign: costs
 *   negative unless the amounts are revenues; 0 means none was agreed). Else, when every area
 *   has an amount: the total the areas that agree with each other imply, when some but not all
 *   agree (so the odd one out is held against the others, not the others against it); else the
 *   sum of the areas' amounts. With an area's amount missing and nothing agreed it is unknown.
 * - Expected amounts are rounded to the decimals of the figures (whole euros usually).
 */

export type AllocationSource = "menot" | "nettomeno";

export interface AllocationRow {
  sheet: string;
  /** Vastuualue (responsibility area). */
  area: string;
  /** The management unit's heading as written. */
  unit: string;
  keyPercent: Decimal;
  /** The words the key was read from, e.g. `65,7 % v. 2024`. */
  keyText: string;
  /** The heading cell holding the key (A1 on `sheet`). */
  keyCell: string;
  /** `TA 2024`, or null when the table has no budget column for the year. */
  column: string | null;
  source: AllocationSource | null;
  /** The allocated amount as written (costs negative), null when the cell holds no figure. */
  amount: Decimal | null;
  /** The cell the amount is read from, also when it holds a marker instead of a figure. */
  amountCell: string | null;
  /** amount / key × 100; null without an amount or for a 0 % key. */
  impliedTotal: Decimal | null;
  /**
   * The totals the amount allows given its rounding (amount ± 0,5 €, key ± half a unit of its
   * decimals), as magnitudes; null unless both amount and key are non-zero figures.
   */
  impliedRange: Interval | null;
  /**
   * The share of the year's total this area should carry; null when the total is not known.
   * Readonly: the allocation is worked out once per model and shared by every reader.
   */
  readonly expected: Decimal | null;
  /** amount − expected. */
  readonly difference: Decimal | null;
  /** Where the row came from in the model, for the rules' positions and related cells. */
  origin: { table: YksikotTable; unit: UnitBlock; key: AllocationKey; row?: LabeledRow; cell?: ValueCell };
}

export interface AllocationYear {
  year: number;
  rows: AllocationRow[];
  keySum: Decimal;
  /** The keys add up to exactly 100 %; only then are the expected amounts a largest-remainder split. */
  keysComplete: boolean;
  /** The sheets' sign of the shared cost: −1 for costs (the usual case), 1 when the amounts are revenues. */
  sign: 1 | -1;
  /** The total being allocated, in the sheets' sign; null when none was agreed and an amount is missing. */
  total: Decimal | null;
  totalSource: "agreed" | "agreeing" | "sum" | null;
  /**
   * The areas whose implied totals agree with each other when some (at least two) but not all
   * do, and the total they imply (rounded to euros, in the sheets' sign); null otherwise.
   */
  agreeing: { rows: AllocationRow[]; total: Decimal } | null;
  /** Sum of the amounts that are figures. */
  amountSum: Decimal;
  /** total − amountSum: what the areas' amounts leave unallocated (negative: over-allocated). */
  unallocated: Decimal | null;
  /** Sum of the expected amounts (equals the total when the keys are complete). */
  expectedSum: Decimal | null;
  /** Sum of the differences of the areas that have an amount. */
  differenceSum: Decimal | null;
  /** Rows whose amount cell holds no figure (or that have no budget column). */
  missingAmounts: AllocationRow[];
  /** Decimals the expected amounts are rounded to (those of the figures, whole euros usually). */
  decimals: number;
}

export interface ManagementAllocation {
  years: AllocationYear[];
}

const BUDGET_KINDS: readonly ColumnKind[] = ["TA", "TA+MUUTOS", "KS"];

/**
 * The model's allocation at these agreed totals. Worked out once per model and totals: the check's
 * rules compute it, and the CLI's `allocation` command (and the pane, where the model is the
 * check's own) asks again for the same model. The answer is shared, so readers must not change it.
 */
export function computeManagementAllocation(model: BudgetModel, options: Pick<CheckOptions, "managementTotals">): ManagementAllocation {
  const totals = totalsKey(options.managementTotals);
  const kept = COMPUTED.get(model);
  if (kept && kept.totals === totals) return kept.allocation;
  // A loop, not a callback made per check (docs/engine-speed.md: closures).
  const years: AllocationYear[] = [];
  for (const [year, rows] of rowsByYear(model)) years.push(computeYear(year, rows, options.managementTotals[year]));
  const allocation = { years };
  COMPUTED.set(model, { totals, allocation });
  return allocation;
}

// The last allocation worked out for each model (a model is not changed once recognised).
const COMPUTED = new WeakMap<BudgetModel, { totals: string; allocation: ManagementAllocation }>();

/** The agreed totals as text, equal for equal totals (years in ascending order, as keys of integers are). */
function totalsKey(totals: Record<number, number>): string {
  let key = "";
  for (const year of Object.keys(totals)) key += `${year}:${totals[Number(year)]};`;
  return key;
}

/** Every management unit's key in the workbook, by year, years ascending. */
function rowsByYear(model: BudgetModel): Map<number, { row: KeyRow; decimals: number }[]> {
  const byYear = new Map<number, { row: KeyRow; decimals: number }[]>();
  // Indexed loops over every unit of the workbook: this runs once a model, unoptimised, where an
  // iterator makes an object per step and a filtered list of tables per sheet.
  const sheets = model.sheets;
  for (let s = 0; s < sheets.length; s++) {
    const tables = sheets[s].tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      if (table.kind !== "yksikot") continue;
      const units = table.units;
      for (let u = 0; u < units.length; u++) {
        const unit = units[u];
        if (!unit.management) continue;
        for (let k = 0; k < unit.keys.length; k++) {
          const key = unit.keys[k];
          const entry = rowOf(table, unit, key);
          const list = byYear.get(key.year);
          if (list) list.push(entry);
          else byYear.set(key.year, [entry]);
        }
      }
    }
  }
  return new Map([...byYear.entries()].sort(byYearAscending));
}

function byYearAscending(a: [number, unknown], b: [number, unknown]): number {
  return a[0] - b[0];
}

function rowOf(table: YksikotTable, unit: UnitBlock, key: AllocationKey): { row: KeyRow; decimals: number } {
  const refs: ColumnRef[] = [];
  for (const kind of BUDGET_KINDS) refs.push({ kind, year: key.year });
  const columnIndex = findFirstColumn(refs, table.columns);
  const source: AllocationSource | null = unit.menot ? "menot" : unit.nettomeno ? "nettomeno" : null;
  const labeled = source ? unit[source] : undefined;
  const cell = labeled && columnIndex >= 0 ? labeled.cells[columnIndex] : undefined;
  const row = new KeyRow(table, unit, key, columnIndex >= 0 ? table.columns[columnIndex].label : null, cell ? source : null, labeled, cell);
  return { row, decimals: cell && cell.parsed.kind === "number" ? cell.parsed.decimals : 0 };
}

/**
 * A management unit's key as `rowOf` reads it. Its implied total is divided when first read: the
 * rules order the areas by their ranges' exact quotients, and only the pane's and the CLI's tables
 * print every area's (a year of hundreds of areas divided each one for every check).
 */
class KeyRow implements AllocationRow {
  readonly sheet: string;
  readonly area: string;
  readonly unit: string;
  readonly keyPercent: Decimal;
  readonly keyText: string;
  readonly keyCell: string;
  readonly amount: Decimal | null;
  readonly amountCell: string | null;
  readonly impliedRange: Interval | null;
  expected: Decimal | null = null;
  difference: Decimal | null = null;
  readonly origin: AllocationRow["origin"];
  private implied: Decimal | null | undefined;

  constructor(
    table: YksikotTable,
    unit: UnitBlock,
    key: AllocationKey,
    readonly column: string | null,
    readonly source: AllocationSource | null,
    labeled: LabeledRow | undefined,
    cell: ValueCell | undefined,
  ) {
    this.sheet = table.sheet;
    this.area = table.area;
    this.unit = unit.name;
    this.keyPercent = key.percent;
    this.keyText = key.text;
    this.keyCell = key.cell;
    const amount = cell?.value ?? null;
    this.amount = amount;
    this.amountCell = cell?.cell ?? null;
    this.implied = undefined;
    this.impliedRange = amount && cell && !amount.isZero() && !key.percent.isZero() ? (impliedRangeInUnits(cell, key.percent, this) ?? impliedRange(amount, key.percent, this.impliedTotal as Decimal)) : null;
    this.origin = { table, unit, key, row: labeled, cell };
  }

  get impliedTotal(): Decimal | null {
    if (this.implied === undefined) this.implied = this.amount ? impliedTotal(this.amount, this.keyPercent) : null;
    return this.implied;
  }
}

function computeYear(year: number, drafts: { row: KeyRow; decimals: number }[], agreedOption: number | undefined): AllocationYear {
  // Loops, not callbacks made per year (docs/engine-speed.md: closures).
  const rows: KeyRow[] = [];
  const priced: Decimal[] = [];
  const missingAmounts: KeyRow[] = [];
  const keys: Decimal[] = [];
  let draftDecimals = 0;
  for (const d of drafts) {
    const r = d.row;
    rows.push(r);
    if (r.amount) priced.push(r.amount);
    else missingAmounts.push(r);
    keys.push(r.keyPercent);
    draftDecimals = Math.max(draftDecimals, d.decimals);
  }
  const amountSum = sumOf(priced);
  const sign = amountSum.gt(0) ? 1 : -1;
  const agreed = agreedOption !== undefined && Number.isFinite(agreedOption) && agreedOption !== 0 ? agreedOption : null;
  // Without an agreed total, a year with an area's amount missing has no total to split.
  const agreeing = agreeingAreas(rows, sign);
  const [total, totalSource]: [Decimal | null, AllocationYear["totalSource"]] =
    agreed !== null
      ? [new Decimal(agreed).abs().mul(sign), "agreed"]
      : missingAmounts.length > 0
        ? [null, null]
        : agreeing
          ? [agreeing.total, "agreeing"]
          : [amountSum, "sum"];
  const keySum = sumOf(keys);
  const keysComplete = keySum.eq(100);
  const decimals = Math.max(draftDecimals, agreed !== null ? decimalsOfNumber(agreed) : 0);
  let expectedSum: Decimal | null = null;
  let differenceSum: Decimal | null = null;
  if (total) {
    // With keys that do not add up to 100 % no split can match the total; each area's share is
    // still what its own key gives, so the reader sees which key is off.
    let expected: Decimal[];
    if (keysComplete) expected = allocate(total, keys, decimals);
    else {
      expected = [];
      for (const r of rows) expected.push(roundedShareOf(total, r.keyPercent, decimals));
    }
    const differences: Decimal[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      r.expected = expected[i];
      if (r.amount) differences.push((r.difference = r.amount.minus(expected[i])));
    }
    expectedSum = sumOf(expected);
    differenceSum = sumOf(differences);
  }
  return {
    year,
    rows,
    keySum,
    keysComplete,
    sign,
    total,
    totalSource,
    agreeing,
    amountSum,
    unallocated: total ? total.minus(amountSum) : null,
    expectedSum,
    differenceSum,
    missingAmounts,
    decimals,
  };
}

/**
 * Totals an amount allows given its rounding: the amount to half a euro, the key to half a unit
 * of the decimals it is written with. In absolute euros. `implied` is amount / key × 100, whose
 * magnitude is the point (division rounds half away from zero, alike for either sign).
 */
function impliedRange(amount: Decimal, key: Decimal, implied: Decimal): Interval {
  const a = amount.abs();
  const h = halfUnit(key.decimalPlaces());
  const low = quotient(a.minus(0.5), key.plus(h)).mul(100);
  const high = key.minus(h).lte(0) ? new Decimal(Infinity) : quotient(a.plus(0.5), key.minus(h)).mul(100);
  return { low, high, point: implied.abs() };
}

/**
 * `impliedRange` over whole numbers, each bound one quotient of two integers: with `A` the
 * amount's exact units (`10^ad` of them a euro) and `K` the key's digits (`10^kd` of them a
 * point), (|a| − 0,5) × 100 / (key + half a unit) is (2|A| − 10^ad) × 10^(kd+3) / (10^ad × (20K + 10)),
 * the same quotient and so the same correctly rounded Decimal, without the Decimal sums and
 * scalings on the way (a key of each area of each year), each divided only when read: a year's
 * consensus orders the quotients themselves. Null where a figure has no units or the integers
 * leave the safe range.
 */
function impliedRangeInUnits(cell: ValueCell, key: Decimal, row: Pick<AllocationRow, "impliedTotal">): Interval | null {
  const p = cell.parsed;
  if (p.kind !== "number" || p.units === undefined || p.decimals > MAX_PLACES) return null;
  // The key's digits read in place: its Decimal scaled and made a number was a copy per area.
  if (!readUnits(key, KEY) || KEY.scale > MAX_PLACES) return null;
  const kd = KEY.scale;
  const k = KEY.units;
  const a = Math.abs(p.units);
  const euro = TEN_TO[p.decimals];
  const shift = 10 ** (kd + 3);
  const low = (2 * a - euro) * shift;
  const lowBy = euro * (20 * k + 10);
  const high = (2 * a + euro) * shift;
  const highBy = euro * (20 * k - 10);
  if (!Number.isSafeInteger(k) || ![low, lowBy, high, highBy].every(Number.isSafeInteger)) return null;
  // A negative key: its low end's denominator is negative, which a QuotientInterval does not take.
  // (The caller reads no zero key, so past here k ≥ 1 and the high end's denominator is positive.)
  if (lowBy <= 0) return { low: new Decimal(low).div(lowBy), high: new Decimal(Infinity), point: (row.impliedTotal as Decimal).abs() };
  // The estimate, |amount| / key × 100, is that quotient of whole numbers as well, for ordering a
  // year's estimates without their Decimals; divided when read, it is the implied total's
  // magnitude to the last digit (both are the one quotient correctly rounded, × 100 only moving
  // the digits), so the implied total is not divided for it.
  const point = a * 10 ** (kd + 2);
  const pointBy = euro * k;
  const exact = Number.isSafeInteger(point) && Number.isSafeInteger(pointBy);
  if (exact) return new QuotientInterval(low, lowBy, high, highBy, point, pointBy);
  return new QuotientInterval(low, lowBy, high, highBy, NaN, NaN, (row.impliedTotal as Decimal).abs());
}

/** The key's units, read into one record for every key. */
const KEY: Units = { units: 0, scale: 0 };

const MAX_PLACES = 6;
const TEN_TO = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * The areas whose amounts imply one total (their rounding intervals overlap), when at least two
 * but not all do: then the odd ones out are named against them. Null when no two agree (no
 * telling which is odd) or all do (nothing to single out).
 */
function agreeingAreas(rows: readonly AllocationRow[], sign: 1 | -1): AllocationYear["agreeing"] {
  // Loops, not callbacks made per year nor lists made by `map` (docs/engine-speed.md): findConsensus
  // was thrown away ("wrong map") once this code was optimised.
  const priced: AllocationRow[] = [];
  const intervals: Interval[] = [];
  for (const r of rows) {
    if (r.impliedRange === null) continue;
    priced.push(r);
    intervals.push(r.impliedRange);
  }
  if (priced.length < 2) return null;
  const c = findConsensus(intervals);
  if (!c || c.medianOnly || c.members.length === priced.length) return null;
  const members: AllocationRow[] = [];
  const amounts: Decimal[] = [];
  const keys: Decimal[] = [];
  for (const m of c.members) {
    const r = priced[m];
    members.push(r);
    amounts.push((r.amount as Decimal).abs());
    keys.push(r.keyPercent);
  }
  const total = sumOf(amounts)
    .div(sumOf(keys))
    .mul(100)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .mul(sign);
  return { rows: members, total };
}

/** The message id that says where a year's total came from (every edge words it the same way). */
export function totalMessageId(year: Pick<AllocationYear, "totalSource">): string {
  return `alloc.total.${year.totalSource ?? "unknown"}`;
}

/** The areas named in a year's total message (those that agree, when they set the total). */
export function totalMessageParams(year: AllocationYear, total: string): { total: string; areas: string } {
  return { total, areas: (year.agreeing?.rows ?? []).map((r) => r.area).join(", ") };
}
