import Decimal from "decimal.js";
import { Finding } from "../findings";
import { AllocationKey, UnitBlock, ValueCell, YksikotTable } from "../model";
import { relatedRanges, relatedRangesExcept } from "../compare/ranges";
import { CellPosition } from "../cell";
import { parseA1 } from "../address";
import { Interval, QuotientInterval } from "../compare/consensus";
import { AllocationRow, AllocationYear, computeManagementAllocation } from "../managementAllocation";
import { halfUnit } from "../arithmetic/rounding";
import { Rule, RuleContext } from "./types";
import { allocationEquation } from "../relations/allocation";
import { recordJudged } from "../relations/failingPlaces";
import { unitRowLabel } from "./support/tables";
import { makeFinding } from "./support/finding";
import { decimalString } from "../numbers";
import { MessagePart, figure, listJoined, signedFigure } from "../message";

/** One area's share of a year's shared management cost. */
interface Share {
  table: YksikotTable;
  unit: UnitBlock;
  key: AllocationKey;
  /** The management unit's MENOT (else NETTOMENO) in the year's budget column, if it has one. */
  amountCell?: ValueCell;
  amount: Decimal | null;
  columnLabel?: string;
  /** The year's allocation as core/managementAllocation computes it for every reader. */
  row: AllocationRow;
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
    // A loop, not a flatMap callback made per check (docs/engine-speed.md: closures).
    const out: Finding[] = [];
    const years = computeManagementAllocation(ctx.model, ctx.options).years;
    for (let y = 0; y < years.length; y++) out.push(...checkYear(ctx, years[y]));
    return out;
  },
};

function shareOf(row: AllocationRow): Share {
  const { table, unit, key, cell } = row.origin;
  return { table, unit, key, amountCell: cell, amount: row.amount, columnLabel: row.column ?? undefined, row };
}

function checkYear(ctx: RuleContext, allocation: AllocationYear): Finding[] {
  const out: Finding[] = [];
  const year = allocation.year;
  const shares = allocation.rows.map(shareOf);
  const keySum = allocation.keySum;
  const keysOk = allocation.keysComplete;
  // Lists of every area are worded for a finding only: most years have none.
  const keyList = () => listJoined(shares.map((s) => listJoined([s.table.area, figure(s.key.percent, s.key.percent.decimalPlaces()), "%"], " ")), ", ");
  const first = shares[0];
  const keyCells = exceptOne(shares, keyPos);
  if (!keysOk) {
    const single = shares.length === 1;
    out.push(
      makeFinding(
        "allocation-keys-sum",
        single ? "info" : "error",
        { sheet: first.table.sheet, area: first.table.area, table: "yksikot", row: first.unit.name, cell: first.key.cell },
        single ? [first.key.cell] : keyCells(first),
        { actual: keySum, expected: new Decimal(100) },
        ctx.t(single ? "allocation-keys-sum.single" : "allocation-keys-sum", { year: String(year), sum: figure(keySum, keySum.decimalPlaces()), keys: keyList() }),
      ),
    );
  }
  const priced = shares.filter((s) => s.row.impliedRange !== null);
  if (priced.length < 2) return out;
  const sign = allocation.sign;
  const intervals = priced.map((s) => s.row.impliedRange as Interval);
  const given = allocation.totalSource === "agreed" && allocation.total ? allocation.total.abs() : null;
  // The agreed total: the user's, else what the areas together budget for the year.
  const total = given ?? allocation.amountSum.abs();
  const basis = given ? ctx.t("allocation.basis-option") : ctx.t("allocation.basis-all");
  const signedTotal = total.mul(sign);
  const amountCells = exceptOne(
    priced.filter((s) => s.amountCell),
    (s) => ({ sheet: s.table.sheet, row: (s.amountCell as ValueCell).row, col: (s.amountCell as ValueCell).col }),
  );
  let implications: ReturnType<typeof listJoined> | undefined;
  const impliedList = () => (implications ??= listJoined(priced.map((s, idx) => listJoined([s.table.area, { figure: signedText(intervals[idx], sign), decimals: 0 }], " ")), ", "));
  const reference = impliedReference(ctx, given, allocation);
  // Told from each area's quotients where clear of its ends: their Decimals are made for a finding.
  const referenceTotal = reference ? reference.total.toNumber() : NaN;
  priced.forEach((s, idx) => {
    const range = intervals[idx];
    if (!reference) return;
    const within = range instanceof QuotientInterval ? range.within(referenceTotal) : undefined;
    if (within ?? (reference.total.gte(range.low) && reference.total.lte(range.high))) return;
    const cell = s.amountCell as ValueCell;
    const actual = range.point.mul(sign).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const expected = reference.total.mul(sign);
    out.push(
      makeFinding(
        "allocation-implied-total",
        "info",
        placeOf(s, cell),
        // Made in one list after the key: hundreds of areas' cells, once per finding.
        amountCells(s, keyRef(s)),
        { actual, expected },
        ctx.t("allocation-implied-total", {
          unit: s.unit.name,
          year: String(year),
          column: s.columnLabel ?? "",
          amount: figure(s.amount as Decimal),
          key: figure(s.key.percent, s.key.percent.decimalPlaces()),
          implied: figure(actual),
          total: figure(expected),
          basis: reference.basis,
          implications: impliedList(),
        }),
      ),
    );
  });
  if (!keysOk) return out;
  const unpriced = shares.filter((s) => !s.amount);
  if (!allocation.total) {
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
  const judgedTotal = allocation.total;
  const judged = judgedTotal.abs();
  const judgedBasis = allocation.totalSource === "agreeing" && reference ? reference.basis : basis;
  recordAllocation(ctx, shares, given ? signedTotal : null, total);
  shares.forEach((s) => {
    if (!s.amount || !s.amountCell || !s.row.expected) return;
    const expected = s.row.expected;
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
      actual: figure(s.amount),
      expected: figure(expected),
      difference: signedFigure(diff),
      key: figure(s.key.percent, s.key.percent.decimalPlaces()),
      total: figure(judgedTotal),
      basis: judgedBasis,
      slack: figure(keySlack),
      tolerance: figure(new Decimal(ctx.options.tolerances.euros)),
    };
    out.push(
      makeFinding(
        "allocation-expected",
        severity,
        placeOf(s, s.amountCell),
        appended(keyCells(s, keyRef(s)), amountCells(s)),
        { actual: s.amount, expected },
        [ctx.t("allocation-expected", params), ctx.t(verdict, params)],
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
    recordJudged(ctx.equations, allocationEquation({ rule: "allocation-expected", column: s.columnLabel, index, parts, total: signedGiven, slack }));
  });
}

/**
 * What each area's implied total is held against: the user's total, else the total the areas
 * that agree with each other imply (their amounts over their keys), so that the odd one out is
 * named. Null when no two areas agree: there is no telling which is odd.
 */
function impliedReference(ctx: RuleContext, given: Decimal | null, allocation: AllocationYear): { total: Decimal; basis: MessagePart } | null {
  if (given) return { total: given, basis: ctx.t("allocation.basis-option") };
  const agreeing = allocation.agreeing;
  if (!agreeing) return null;
  return { total: agreeing.total.abs(), basis: ctx.t("allocation.basis-agreeing", { areas: agreeing.rows.map((r) => r.area).join(", ") }) };
}

/**
 * The related ranges of every share's cell but one (`position` of each), for the finding of that
 * one: a year may share a cost among hundreds of areas, and each finding names all the others.
 */
function exceptOne(shares: readonly Share[], position: (s: Share) => CellPosition & { sheet: string }): (except: Share, first?: string) => string[] {
  // Made for the first finding that names them: most years have none.
  let named: { positions: Map<Share, CellPosition & { sheet: string }>; all: (CellPosition & { sheet: string })[]; ranges: ReturnType<typeof relatedRangesExcept> } | undefined;
  return (except, first) => {
    if (!named) {
      const positions = new Map(shares.map((s) => [s, position(s)]));
      const all = [...positions.values()];
      named = { positions, all, ranges: relatedRangesExcept(all) };
    }
    const own = named.positions.get(except);
    return own ? named.ranges(own, except.table.sheet, first) : relatedRanges(named.all, except.table.sheet, first);
  };
}

/** An area's key cell as its finding names it (a range of its own sheet: unqualified). */
function keyRef(s: Share): string {
  return relatedRanges([keyPos(s)], s.table.sheet)[0];
}

/** `list` with `more` added at its end: `list` is the finding's own, made for it. */
function appended(list: string[], more: readonly string[]): string[] {
  for (let i = 0; i < more.length; i++) list.push(more[i]);
  return list;
}

function keyPos(s: Share): CellPosition & { sheet: string } {
  let pos = { row: s.unit.nameRow, col: Math.max(s.table.labelCol, 0) };
  try {
    pos = parseA1(s.key.cell);
  } catch {
    // A key without a readable cell still points at its unit's heading row.
  }
  // A literal: spreading is V8's slow path, and every area's key is placed once a year has a finding.
  return { sheet: s.table.sheet, row: pos.row, col: pos.col };
}

function placeOf(s: Share, cell: ValueCell) {
  const row = s.row.origin.row;
  return {
    sheet: s.table.sheet,
    area: s.table.area,
    table: "yksikot" as const,
    row: row ? unitRowLabel(s.unit, row) : s.unit.name,
    column: s.columnLabel,
    cell: cell.cell,
  };
}

/**
 * An implied total × `sign` as `decimalString` writes it: a quotient interval's estimate from its
 * digits (every area of a year is named in each finding's list, and a Decimal quotient of each cost
 * 80 digits' long division), its sign turned in the text.
 */
function signedText(range: Interval, sign: 1 | -1): string {
  const text = range instanceof QuotientInterval ? range.pointText() : decimalString(range.point);
  if (sign === 1 || text === "0") return text;
  return text.startsWith("-") ? text.slice(1) : `-${text}`;
}
