import Decimal from "decimal.js";
import { Finding } from "../findings";
import { AllocationKey, UnitBlock, ValueCell, YksikotTable } from "../model";
import { relatedRanges } from "../compare/ranges";
import { parseA1 } from "../address";
import { findConsensus, Interval } from "../compare/consensus";
import { ManagementShare, managementSharesByYear, shareCell } from "../managementShares";
import { allocate, sumOf } from "../arithmetic/allocation";
import { halfUnit } from "../arithmetic/rounding";
import { Rule, RuleContext } from "./types";
import { allocationEquation } from "../relations/allocation";
import { unitRowLabel } from "./support/tables";
import { numberIn } from "./support/cells";
import { makeFinding } from "./support/finding";
import { formatFigure, formatSigned } from "../format";

/** One area's share of a year's shared management cost. */
interface Share {
  table: YksikotTable;
  unit: UnitBlock;
  key: AllocationKey;
  /** The management unit's MENOT in the year's budget column, if it has one. */
  amountCell?: ValueCell;
  amount: Decimal | null;
  columnLabel?: string;
}

/**
 * Management costs shared by keys written in unit headings (`65,7 % v. 2024`), across every sheet:
 * the keys of one year add up to 100 %; each area's amount is the largest-remainder share of the
 * agreed total (`allocation-expected`); and an area whose amount implies (amount / key) another
 * total than the rest is named as the odd one out (`allocation-implied-total`, `info`: it explains
 * the `allocation-expected` error at the same cell rather than adding a problem of its own).
 *
 * The agreed total is `options.managementTotals[year]` when given, else the sum of the areas'
 * amounts. A key shown with one decimal stands for ±0,05 points and an amount for ±0,5 €, so
 * gaps within both are rounding (`info`), not disagreement.
 */
export const allocationRule: Rule = {
  ids: ["allocation-keys-sum", "allocation-implied-total", "allocation-expected"],
  run(ctx) {
    const byYear = new Map<number, Share[]>();
    for (const [year, shares] of managementSharesByYear(ctx.model)) byYear.set(year, shares.map(shareOf));
    const out: Finding[] = [];
    for (const [year, shares] of byYear) {
      out.push(...checkYear(ctx, year, shares));
    }
    return out;
  },
};

function shareOf(share: ManagementShare): Share {
  const { table, unit, key, columnIndex } = share;
  const amountCell = shareCell(share, "menot");
  return { table, unit, key, amountCell, amount: numberIn(amountCell), columnLabel: columnIndex >= 0 ? table.columns[columnIndex].label : undefined };
}

function checkYear(ctx: RuleContext, year: number, shares: Share[]): Finding[] {
  const out: Finding[] = [];
  const lang = ctx.options.lang;
  const keySum = sumOf(shares.map((s) => s.key.percent));
  const keysOk = keySum.minus(100).abs().lte(1e-9);
  const keyList = shares.map((s) => `${s.table.area} ${formatFigure(lang, s.key.percent, s.key.percent.decimalPlaces())} %`).join(", ");
  const first = shares[0];
  const keyCells = (except: Share) => relatedRanges(shares.filter((s) => s !== except).map((s) => keyPos(s)), except.table.sheet);
  if (!keysOk) {
    const single = shares.length === 1;
    out.push(
      makeFinding(
        "allocation-keys-sum",
        single ? "info" : "error",
        { sheet: first.table.sheet, area: first.table.area, table: "yksikot", row: first.unit.name, cell: first.key.cell },
        single ? [first.key.cell] : keyCells(first),
        { actual: keySum, expected: new Decimal(100) },
        ctx.t(single ? "allocation-keys-sum.single" : "allocation-keys-sum", { year: String(year), sum: formatFigure(lang, keySum, keySum.decimalPlaces()), keys: keyList }),
      ),
    );
  }
  const priced = shares.filter((s) => s.amount && !s.amount.isZero() && !s.key.percent.isZero());
  if (priced.length < 2) return out;
  const sign = sumOf(priced.map((s) => s.amount as Decimal)).isNegative() ? -1 : 1;
  const intervals = priced.map(impliedRange);
  const explicit = ctx.options.managementTotals[year];
  const given = explicit !== undefined && Number.isFinite(explicit) && explicit !== 0 ? new Decimal(explicit).abs() : null;
  // The agreed total: the user's, else what the areas together budget for the year.
  const total = given ?? sumOf(shares.map((s) => (s.amount ?? new Decimal(0)).abs()));
  const basis = given ? ctx.t("allocation.basis-option") : ctx.t("allocation.basis-all");
  const signedTotal = total.mul(sign);
  const amountCells = (except: Share) =>
    relatedRanges(
      priced.filter((s) => s !== except && s.amountCell).map((s) => ({ sheet: s.table.sheet, row: (s.amountCell as ValueCell).row, col: (s.amountCell as ValueCell).col })),
      except.table.sheet,
    );
  const implications = priced.map((s, idx) => `${s.table.area} ${formatFigure(lang, intervals[idx].point.mul(sign))}`).join(", ");
  const reference = impliedReference(ctx, given, intervals, priced);
  priced.forEach((s, idx) => {
    const range = intervals[idx];
    if (!reference || (reference.total.gte(range.low) && reference.total.lte(range.high))) return;
    const cell = s.amountCell as ValueCell;
    const actual = range.point.mul(sign).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const expected = reference.total.mul(sign);
    out.push(
      makeFinding(
        "allocation-implied-total",
        "info",
        placeOf(s, cell),
        [...relatedRanges([keyPos(s)], s.table.sheet), ...amountCells(s)],
        { actual, expected },
        ctx.t("allocation-implied-total", {
          unit: s.unit.name,
          year: String(year),
          column: s.columnLabel ?? "",
          amount: formatFigure(lang, s.amount as Decimal),
          key: formatFigure(lang, s.key.percent, s.key.percent.decimalPlaces()),
          implied: formatFigure(lang, actual),
          total: formatFigure(lang, expected),
          basis: reference.basis,
          implications,
        }),
      ),
    );
  });
  if (!keysOk) return out;
  const unpriced = shares.filter((s) => !s.amount);
  if (unpriced.length > 0 && !given) {
    // Without every area's amount the sum is no total; say which amount is missing.
    for (const s of unpriced) {
      out.push(
        makeFinding(
          "allocation-expected",
          "info",
          { sheet: s.table.sheet, area: s.table.area, table: "yksikot", row: s.unit.name, column: s.columnLabel, cell: s.amountCell?.cell ?? s.key.cell },
          [s.amountCell?.cell ?? s.key.cell],
          {},
          ctx.t("allocation.no-amount", { unit: s.unit.name, year: String(year) }),
        ),
      );
    }
    return out;
  }
  // Areas that agree with each other judge the year when no total is agreed: the odd one out is
  // held against the total the others imply, and the others are not errors for its sake.
  const judged = !given && reference ? reference.total : total;
  const judgedBasis = !given && reference ? reference.basis : basis;
  const judgedTotal = judged.mul(sign);
  recordAllocation(ctx, shares, given ? signedTotal : null, total);
  const parts = allocate(judgedTotal, shares.map((s) => s.key.percent), 0, 1e-9);
  shares.forEach((s, idx) => {
    if (!s.amount || !s.amountCell) return;
    const expected = parts[idx];
    const diff = s.amount.minus(expected);
    if (diff.isZero()) return;
    // What rounding explains: whole euros, and the key's own rounding applied to the total.
    const keySlack = keySlackOf(s, judged);
    const withinEuros = diff.abs().lte(ctx.options.tolerances.euros);
    const withinKey = diff.abs().lte(keySlack);
    const severity = withinEuros || withinKey ? "info" : "error";
    const verdict = withinEuros ? "verdict.euro-rounding" : withinKey ? "allocation.key-rounding" : "verdict.euro-wrong";
    const params = {
      unit: s.unit.name,
      year: String(year),
      column: s.columnLabel ?? "",
      actual: formatFigure(lang, s.amount),
      expected: formatFigure(lang, expected),
      difference: formatSigned(lang, diff),
      key: formatFigure(lang, s.key.percent, s.key.percent.decimalPlaces()),
      total: formatFigure(lang, judgedTotal),
      basis: judgedBasis,
      slack: formatFigure(lang, keySlack),
      tolerance: formatFigure(lang, new Decimal(ctx.options.tolerances.euros)),
    };
    out.push(
      makeFinding(
        "allocation-expected",
        severity,
        placeOf(s, s.amountCell),
        [...relatedRanges([keyPos(s)], s.table.sheet), ...keyCells(s), ...amountCells(s)],
        { actual: s.amount, expected },
        `${ctx.t("allocation-expected", params)} ${ctx.t(verdict, params)}`,
      ),
    );
  });
  return out;
}

/** What rounding explains in an area's amount: a whole euro, and its key's own rounding applied to the total. */
function keySlackOf(s: Share, total: Decimal): Decimal {
  return total.abs().mul(halfUnit(s.key.percent.decimalPlaces())).div(100).plus(0.5);
}

/** Each area's `amount = key × total` (the agreed total, else the sum of every area's amount). */
function recordAllocation(ctx: RuleContext, shares: readonly Share[], signedGiven: Decimal | null, total: Decimal): void {
  const withCell = shares.filter((s): s is Share & { amountCell: ValueCell } => s.amountCell !== undefined);
  const parts = withCell.map((s) => ({ ref: { sheet: s.table.sheet, cell: s.amountCell.cell }, amount: s.amount, key: s.key.percent }));
  withCell.forEach((s, index) => {
    if (!s.amount) return;
    const slack = Decimal.max(keySlackOf(s, total), ctx.options.tolerances.euros);
    ctx.equations.push(allocationEquation({ rule: "allocation-expected", column: s.columnLabel, index, parts, total: signedGiven, slack }));
  });
}

/**
 * What each area's implied total is held against: the user's total, else the total the areas
 * that agree with each other imply (their amounts over their keys), so that the odd one out is
 * named. Null when no two areas agree: there is no telling which is odd.
 */
function impliedReference(
  ctx: RuleContext,
  given: Decimal | null,
  intervals: readonly Interval[],
  priced: readonly Share[],
): { total: Decimal; basis: string } | null {
  if (given) return { total: given, basis: ctx.t("allocation.basis-option") };
  const c = findConsensus(intervals);
  if (!c || c.medianOnly || c.members.length === priced.length) return null;
  const members = c.members.map((m) => priced[m]);
  const total = sumOf(members.map((s) => (s.amount as Decimal).abs()))
    .div(sumOf(members.map((s) => s.key.percent)))
    .mul(100)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { total, basis: ctx.t("allocation.basis-agreeing", { areas: members.map((m) => m.table.area).join(", ") }) };
}

/**
 * Totals an amount allows given its rounding: the amount to half a euro, the key to half a unit
 * of the decimals it is written with. In absolute euros.
 */
function impliedRange(s: Share): Interval {
  const a = (s.amount as Decimal).abs();
  const k = s.key.percent;
  const h = halfUnit(k.decimalPlaces());
  const low = a.minus(0.5).div(k.plus(h)).mul(100);
  const high = k.minus(h).lte(0) ? new Decimal(Infinity) : a.plus(0.5).div(k.minus(h)).mul(100);
  return { low, high, point: a.div(k).mul(100) };
}

function keyPos(s: Share) {
  let pos = { row: s.unit.nameRow, col: Math.max(s.table.labelCol, 0) };
  try {
    pos = parseA1(s.key.cell);
  } catch {
    // A key without a readable cell still points at its unit's heading row.
  }
  return { sheet: s.table.sheet, ...pos };
}

function placeOf(s: Share, cell: ValueCell) {
  const row = s.unit.menot;
  return {
    sheet: s.table.sheet,
    area: s.table.area,
    table: "yksikot" as const,
    row: row ? unitRowLabel(s.unit, row) : s.unit.name,
    column: s.columnLabel,
    cell: cell.cell,
  };
}
