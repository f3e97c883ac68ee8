import Decimal from "decimal.js";
import { Finding } from "../findings";
import { BudgetTable, SignConvention, StatementRow, StatementTable, ValueCell } from "../model";
import { RuleContext } from "./types";
import { makeFinding, severityOf } from "./support/finding";
import { numberIn, shownDecimals } from "./support/cells";
import { cellRanges, isSignedColumn } from "./support/tables";
import { sumFigures } from "./support/sumFigures";
import { MessageParam, MessagePart, figure, relationLabel } from "../message";
import { Equation } from "../relations/equation";
import { LinearTerm, linearEquation } from "../relations/linear";
import { ShownFormula, shownEquation } from "../relations/shown";
import { toKuntajaosto } from "../relations/convention";
import { recordJudged } from "../relations/failingPlaces";
import { Nature, roleWord } from "../recognize/vocabulary/rows";
import { unitOf } from "./support/shownUnits";
import { coefficientOf } from "./support/coefficient";
import { halfUnit } from "../arithmetic/rounding";
import { figureSign } from "../numbers";

/*
 * What every check of the relations rule shares: the table being checked and its rows by role,
 * how a figure is brought into the catalogue's sign convention, the rounding a sum or a shown
 * ratio allows, and how an identity is recorded as an equation and reported when it fails.
 */

export interface Checking {
  ctx: RuleContext;
  table: StatementTable;
  byRole: Map<string, StatementRow[]>;
  /** Rows of the statement tables beside this one on the sheet, under the same columns. */
  sheetRoles: Map<string, StatementRow[]>;
  /** The statement tables beside this one on the sheet, under the same columns. */
  siblings: readonly StatementTable[];
  out: Finding[];
  notChecked: MessagePart[];
}

/** Two statement tables printed under the same columns (same place, same label). */
export function sameColumns(a: Pick<StatementTable, "columns">, b: Pick<StatementTable, "columns">): boolean {
  return a.columns.length === b.columns.length && a.columns.every((x, i) => x.col === b.columns[i].col && x.label === b.columns[i].label);
}

/** The row of `role` nearest to `near` (a term may sit above its total or below it). */
export function nearest(c: Checking, role: string, near: StatementRow): StatementRow | undefined {
  let best: StatementRow | undefined;
  const own = c.byRole.get(role) ?? [];
  for (const r of own.length > 0 ? own : (c.sheetRoles.get(role) ?? [])) {
    if (r.row === near.row) continue;
    if (!best || Math.abs(r.row - near.row) < Math.abs(best.row - near.row)) best = r;
  }
  return best;
}

export function natureOf(row: StatementRow | undefined, fallback: Nature = "margin"): Nature {
  return (row?.role && roleWord(row.role)?.nature) || fallback;
}

/**
 * The factor that brings a printed figure into the catalogue's convention (costs negative). A
 * revenue or cost row counts by its magnitude, so a figure printed with the wrong sign is one sign
 * error (the signs rule says so), not a second error in every identity it enters. A row that may
 * carry either sign follows its own printing when all its figures agree, else the table's. A
 * column of either sign (an overrun right) is taken as printed in the table's convention, as a
 * change column is.
 */
export function factor(c: Checking, row: StatementRow, i: number, fallback?: Nature): 1 | -1 {
  const word = row.role ? roleWord(row.role) : undefined;
  const nature = word?.nature ?? fallback ?? "margin";
  if (isSignedColumn(c.table, i)) return toKuntajaosto(nature, c.table.convention ?? "costs-negative", c.table.netReading === "cost-minus-revenue");
  // Signs read from exact units: a figure's Decimal is made only when its value is needed.
  const sign = signOf(row.cells[i]);
  if (word && (nature === "cost" || nature === "revenue") && word.signed !== false && sign) {
    const negative = sign === -1;
    return nature === "cost" ? (negative ? 1 : -1) : negative ? -1 : 1;
  }
  const convention = (nature === "cost" || nature === "revenue") && word ? rowConvention(c, row) : (c.table.convention ?? "costs-negative");
  return toKuntajaosto(nature, convention, c.table.netReading === "cost-minus-revenue");
}

/** The sign of a cell's figure, 0 for zero, null for no figure. */
function signOf(cell: ValueCell | undefined): -1 | 0 | 1 | null {
  return cell ? figureSign(cell.parsed) : null;
}

/** How a row of either sign is printed: as all its figures are, else as the table. */
export function rowConvention(c: Checking, row: StatementRow): SignConvention {
  let negative = 0;
  let positive = 0;
  for (const cell of row.cells) {
    const sign = signOf(cell);
    if (!sign) continue;
    if (sign === -1) negative++;
    else positive++;
  }
  // Only a row printed one way throughout has a way of its own; a mixed row has reversals in it.
  if (negative + positive >= 2 && negative === 0) return "costs-positive";
  if (negative + positive >= 2 && positive === 0) return "costs-negative";
  return c.table.convention ?? "costs-negative";
}

/**
 * Rounding in a sum: every printed figure stands for an interval of half a unit of its last digit,
 * so the sum may be off by the half-units of its figures added up, and always by one unit of the
 * last digit (a table of thousands printed whole is off by 1 through rounding alone). A table in
 * whole euros keeps at least the user's euro tolerance.
 */
export function toleranceOf(c: Checking, cells: readonly (ValueCell | undefined)[]): Decimal {
  return roundingTolerance(c.ctx, c.table, cells);
}

/** `toleranceOf` for a table and its rule context, where no `Checking` is at hand (a column's sum). */
export function roundingTolerance(ctx: RuleContext, table: Pick<BudgetTable, "unit">, cells: readonly (ValueCell | undefined)[]): Decimal {
  // Each figure's decimals read once; the half-units of figures that all show the same decimals
  // (nearly always) are one product, not a Decimal sum per figure.
  const shown: number[] = [];
  for (const x of cells) if (x && x.parsed.kind === "number") shown.push(shownDecimals(x));
  const decimals = Math.max(0, ...shown);
  const unit = unitOf(decimals);
  let halves = new Decimal(0);
  if (shown.length > 0 && shown.every((d) => d === shown[0])) halves = halfUnit(shown[0]).mul(shown.length);
  else for (const d of shown) halves = halves.plus(halfUnit(d));
  const rounding = Decimal.max(unit, halves);
  if ((table.unit?.factor ?? 1) > 1 || decimals > 0) return rounding;
  return Decimal.max(rounding, ctx.options.tolerances.euros);
}

/**
 * Slack of a figure computed from rounded inputs: how far the formula moves when each input moves
 * within half a unit of its last shown digit (the corners of the inputs' intervals).
 */
function inputSlack(formula: (values: Decimal[]) => Decimal | null, inputs: readonly SlackInput[]): Decimal {
  const raw = formula(inputs.map((x) => x.value));
  if (!raw) return new Decimal(0);
  let corners: Decimal[][] = [[]];
  for (const x of inputs) {
    const h = halfUnit(shownDecimals(x.cell));
    corners = corners.flatMap((c) => [
      [...c, x.value.minus(h)],
      [...c, x.value.plus(h)],
    ]);
  }
  let slack = new Decimal(0);
  for (const c of corners) {
    const v = formula(c);
    if (v) slack = Decimal.max(slack, v.minus(raw).abs());
  }
  return slack;
}

/** A rounded input of a computed figure: its value and the cell that shows it. */
export interface SlackInput {
  value: Decimal;
  cell: ValueCell;
}

/**
 * `shownExtra` of a percentage `100 × num / den` (less 100 for a change %; `formula` takes
 * `[den, num]`) from rounded inputs.
 */
export function percentExtra(c: Checking, decimals: number, formula: (values: Decimal[]) => Decimal | null, den: SlackInput, num: SlackInput): Decimal {
  return boundedExtra(c, decimals, quotientSlackBound(100, num, den), formula, [den, num]);
}

/**
 * `shownExtra` from rounded inputs, `bound` at least their slack. The corners of the inputs'
 * intervals, each an 80-digit division, are worked out only where the bound (in doubles, with room
 * to spare) does not already put the slack below the larger of the other two allowances: most
 * ratios rest on figures far larger than their rounding.
 */
function boundedExtra(c: Checking, decimals: number, bound: number, formula: (values: Decimal[]) => Decimal | null, inputs: readonly SlackInput[]): Decimal {
  const floor = Decimal.max(c.ctx.options.tolerances.percentPoints, unitOf(decimals));
  if (bound < floor.toNumber() * 0.999) return floor;
  return shownExtra(c, decimals, inputSlack(formula, inputs));
}

function halfUnitNumber(input: SlackInput): number {
  return halfUnit(shownDecimals(input.cell)).toNumber();
}

/**
 * At most how far `k × num / den` moves with each input within half a unit of its shown digit:
 * `|k| × (h_num × |den| + |num| × h_den) / (|den| × (|den| − h_den))`, or `|k| × h_num / |den|`
 * for a constant `den`. Infinity near a zero denominator.
 */
function quotientSlackBound(k: number, num: SlackInput, den: SlackInput | number): number {
  const n = Math.abs(num.value.toNumber());
  const hn = halfUnitNumber(num);
  const kk = Math.abs(k);
  if (typeof den === "number") {
    const d = Math.abs(den);
    return d > 0 && Number.isFinite(kk) ? (kk * hn) / d : Infinity;
  }
  const d = Math.abs(den.value.toNumber());
  const hd = halfUnitNumber(den);
  if (!(d > 2 * hd) || !Number.isFinite(n) || !Number.isFinite(kk)) return Infinity;
  return (kk * (hn * d + n * hd)) / (d * (d - hd));
}

/** Allowed beyond half a unit of the shown figure: the user's, one unit, or what input rounding allows. */
function shownExtra(c: Checking, decimals: number, slack: Decimal): Decimal {
  return Decimal.max(c.ctx.options.tolerances.percentPoints, unitOf(decimals), slack);
}

export function checkLinear(
  c: Checking,
  rule: string,
  relation: MessageParam,
  target: StatementRow,
  parts: readonly { row: StatementRow; sign: 1 | -1 }[],
  fallback?: Nature,
  how: {
    /** A relation that may rest on parts the page does not show: a difference is only told (info). */
    incomplete?: boolean;
    /** A total printed above its lines: the message says the lines below. */
    below?: boolean;
    /** Rows the table does not print that may explain a difference (an incomplete relation's). */
    omitted?: readonly string[];
  } = {},
): void {
  const { table } = c;
  target.cells.forEach((cell, i) => {
    const actual = numberIn(cell);
    if (!actual) return;
    const column = table.columns[i]?.label;
    const cells = parts.map((p) => p.row.cells[i]);
    if (cells.every((x) => x.parsed.kind !== "number" && x.parsed.kind !== "empty" && x.parsed.kind !== "marker")) return;
    if (cells.some((x) => x.parsed.kind === "text" || x.parsed.kind === "error")) return;
    // The target's factor is the same for every term.
    const targetFactor = factor(c, target, i, fallback);
    const terms: LinearTerm[] = parts.map((p) => ({
      ref: { sheet: table.sheet, cell: p.row.cells[i].cell },
      coefficient: coefficientOf(p.sign * factor(c, p.row, i, fallback) * targetFactor),
      value: numberIn(p.row.cells[i]),
    }));
    const tolerance = toleranceOf(c, [cell, ...cells]);
    const eq: Equation = linearEquation({
      rule,
      relation: relationLabel(relation),
      ...(column ? { column } : {}),
      target: { ref: { sheet: table.sheet, cell: cell.cell }, value: actual },
      terms,
      tolerance,
    });
    const convention = `relation.convention.${table.convention ?? "costs-negative"}${target.role === "netto" && table.netReading === "cost-minus-revenue" ? "-net" : ""}`;
    recordLinear(c, eq, { rule, relation, target, cell, actual, column, cells, convention, ...how });
  });
}

export interface LinearReport {
  rule: string;
  relation: MessageParam;
  target: StatementRow;
  cell: ValueCell;
  actual: Decimal;
  column: string | undefined;
  cells: readonly (ValueCell | undefined)[];
  /** Message key of the sign convention the identity was read in. */
  convention: string;
  /** A relation that may rest on parts the page does not show: a difference is only told (info). */
  incomplete?: boolean;
  below?: boolean;
  omitted?: readonly string[];
}

/** Records a row relation's equation, and reports it when it does not hold. */
export function recordLinear(c: Checking, eq: Equation, r: LinearReport): void {
  const { ctx, table } = c;
  const verdict = recordJudged(ctx.equations, eq);
  if (verdict === "ok") return;
  const { actual, cells, column } = r;
  const { expected, params: figures } = sumFigures(eq, actual, cells, table);
  const params = {
    row: r.target.heading ?? r.target.label,
    column: column ?? "",
    relation: r.relation,
    ...figures,
    convention: ctx.t(r.convention),
    omitted: (r.omitted ?? []).join(", "),
  };
  const key = r.rule === "relation-total" ? (r.below ? "relation.total-below" : "relation.total") : "relation.failed";
  const incompleteKey = r.omitted ? "relation.verdict-omitted" : "relation.verdict-incomplete";
  const verdictKey = verdict === "rounding" ? "relation.verdict-rounding" : r.incomplete ? incompleteKey : "relation.verdict-wrong";
  c.out.push(
    makeFinding(
      r.rule,
      r.incomplete ? "info" : severityOf(verdict),
      { sheet: table.sheet, area: table.area, table: table.kind, row: params.row, column, cell: r.cell.cell },
      cellRanges(cells),
      { actual, expected },
      [ctx.t(key, params), ctx.t(verdictKey, params)],
    ),
  );
}

/**
 * A shown ratio's formula, `numerator × k / denominator` (or `/ constant`), saying what it
 * computes: its inputs' rounding is then bounded from `k` and the inputs, without working out
 * the corners of their intervals.
 */
export interface QuotientFormula extends ShownFormula {
  readonly quotient: { readonly k: Decimal; readonly constant?: Decimal };
}

/**
 * Shown = numerator × k / denominator: inputs are [numerator, denominator], or [numerator] alone
 * when the denominator is a constant (a population from the options).
 */
export function quotientFormula(relation: string, k: Decimal, constant?: Decimal): QuotientFormula {
  return constant
    ? { relation, quotient: { k, constant }, exact: ([a]) => a.mul(k).div(constant), solveInput: (_j, v) => (k.isZero() ? null : v.mul(constant).div(k)) }
    : {
        relation,
        quotient: { k },
        exact: ([a, b]) => (b.isZero() ? null : a.mul(k).div(b)),
        solveInput: (j, v, [a, b]) => (j === 0 ? (k.isZero() ? null : v.mul(b).div(k)) : v.isZero() ? null : a.mul(k).div(v)),
      };
}

export interface ShownRatio {
  target: StatementRow;
  cell: ValueCell;
  shown: Decimal;
  column: string | undefined;
  name: MessageParam;
  inputs: { ref: { sheet: string; cell: string }; value: Decimal }[];
  /** The inputs as printed, whose rounding widens what still counts as rounding. */
  slackInputs: { value: Decimal; cell: ValueCell }[];
  formula: QuotientFormula;
  related: ValueCell[];
  /** A figure judged against another that may be the wrong one: told, never more than this. */
  atMost?: "warning" | "info";
}

/**
 * `shownExtra` of a ratio from its rounded inputs: bounded first from its quotient over them (the
 * numerator, then the denominator unless it is a constant); inputs of another shape than the
 * formula's are bounded by their corners alone.
 */
function ratioExtra(c: Checking, decimals: number, r: ShownRatio): Decimal {
  const formula = (v: Decimal[]) => r.formula.exact(v);
  const q = r.formula.quotient;
  const [num, den] = r.slackInputs;
  if (!num || (q.constant === undefined) !== (den !== undefined)) return shownExtra(c, decimals, inputSlack(formula, r.slackInputs));
  return boundedExtra(c, decimals, quotientSlackBound(q.k.toNumber(), num, q.constant?.toNumber() ?? den), formula, r.slackInputs);
}

/**
 * A printed ratio (a key figure, a €/asukas figure) against the figures it is computed from:
 * recorded as an equation, and reported when the shown value is not the exact one rounded.
 */
export function checkShownRatio(c: Checking, r: ShownRatio): void {
  const { ctx, table } = c;
  const decimals = shownDecimals(r.cell);
  const eq = shownEquation({
    rule: "relation-ratio",
    column: r.column,
    target: { ref: { sheet: table.sheet, cell: r.cell.cell }, stored: r.shown },
    scale: 1,
    decimals,
    extra: ratioExtra(c, decimals, r),
    inputs: r.inputs,
    formula: r.formula,
  });
  const verdict = recordJudged(ctx.equations, eq);
  if (verdict === "ok") return;
  const expected = eq.solveFor(eq.target);
  const params = {
    row: r.target.label,
    column: r.column ?? "",
    relation: r.name,
    actual: figure(r.shown, decimals),
    expected: expected ? figure(expected, decimals) : "–",
  };
  c.out.push(
    makeFinding(
      "relation-ratio",
      // A rounding gap is info already: `atMost` caps only a wrong figure.
      r.atMost && verdict === "wrong" ? r.atMost : severityOf(verdict),
      { sheet: table.sheet, area: table.area, table: table.kind, row: r.target.label, column: r.column, cell: r.cell.cell },
      cellRanges(r.related),
      expected ? { actual: r.shown, expected } : { actual: r.shown },
      ctx.t(verdict === "rounding" ? "relation.ratio-rounding" : "relation.ratio-wrong", params),
    ),
  );
}
