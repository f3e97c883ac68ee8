import Decimal from "decimal.js";
import { StatementRow, StatementTable, ValueCell, YearColumn } from "../model";
import { normaliseSpaces } from "../numbers";
import { unitIn, withoutUnit } from "../recognize/vocabulary/units";
import { holdsNumber, numberIn, shownDecimals } from "./support/cells";
import { isSignedColumn } from "./support/tables";
import { halfUnit } from "../arithmetic/rounding";
import { findConsensus } from "../compare/consensus";
import { MessageParam, figure, relationLabel } from "../message";
import { Checking, QuotientFormula, checkShownRatio, quotientFormula, sameColumns } from "./relationChecking";

// `€/asukas`, `euroa / asukas`, `euro/inv.`, and `Lainaa/asukas €` with the currency after.
const PER_RESIDENT = /(€|euroa?|euro|eur)\.?\s*\/\s*(asukas|invånare|inv\.|resident)|\/\s*(asukas|invånare|inv\.)\s*,?\s*(€|euroa?\b|euro\b|eur\b)/i;
// Words that name the same figure in its amount row and its per-resident row.
const SAME_FIGURE: Record<string, string> = { lainat: "lainakanta", lainaa: "lainakanta", lån: "lånestock" };
// Whose figure it is, said on one row of a pair only (`Konsernin lainasaamiset €/asukas` beside
// `Lainasaamiset milj. €` printed under the group's columns).
const ENTITY = /^(konsernin|kaupungin|kunnan|koncernens|stadens|kommunens|group's|group|city's|city|municipality's)\s+/;

/** A label's figure name: the unit, a per-resident tail, the date and punctuation taken out. */
export function figureBase(label: string): string {
  let t = normaliseSpaces(label).toLowerCase().replace(PER_RESIDENT, " ");
  t = withoutUnit(t).replace(/milj\.?|tuhatta/g, " ").replace(/\b\d{1,2}\.\d{1,2}\.?/g, " ");
  t = t.replace(/[,:;.]/g, " ").replace(/\s(yhteensä|totalt|sammanlagt|total)(?=\s|$)/g, " ").replace(/\s+/g, " ").trim();
  const first = t.split(" ")[0];
  return SAME_FIGURE[first] ? t.replace(first, SAME_FIGURE[first]) : t;
}

interface Pooled {
  row: StatementRow;
  table: StatementTable;
  /** `figureBase` of the label, read once per check. */
  base: string;
  perResident: boolean;
}

/**
 * The amount row a per-resident row divides: the row of the same figure name, else (when the
 * per-resident label names whose figure it is and the amount label does not) the row of the name
 * without that word, provided no other per-resident row of the pool bears that plain name. A bare
 * `euro/inv.` names its figure by the row right above it.
 */
function amountFor(target: Pooled, pool: readonly Pooled[]): Pooled | undefined {
  const amounts = pool.filter((p) => p !== target && !p.perResident);
  if (target.base === "") return amounts.find((p) => p.table === target.table && p.row.row === target.row.row - 1);
  const exact = amounts.find((p) => p.base === target.base);
  if (exact) return exact;
  const plain = target.base.replace(ENTITY, "");
  if (plain === target.base || plain === "") return undefined;
  if (pool.some((p) => p !== target && p.perResident && p.base === plain)) return undefined;
  return amounts.find((p) => p.base === plain);
}

/** Euros in one printed unit of an amount: its label's unit, its cell's number format (`0,0 "milj."`), its table's. */
function unitFactor(amount: Pooled, cell: ValueCell): Decimal {
  const quoted = cell.numberFormat ? [...cell.numberFormat.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(" ") : "";
  return new Decimal(unitIn(amount.row.label)?.factor ?? (quoted ? unitIn(quoted)?.factor : undefined) ?? amount.table.unit?.factor ?? 1);
}

/** A per-resident cell with its amount, and the population of its column when one is printed or given. */
interface Pair {
  table: StatementTable;
  target: StatementRow;
  cell: ValueCell;
  shown: Decimal;
  amount: Pooled;
  amountCell: ValueCell;
  value: Decimal;
  factor: Decimal;
  column: YearColumn;
  popCell?: ValueCell;
  pop?: Decimal;
}

/**
 * The per-resident pairs of `table`. The population is the table's own population row, else one
 * of the tables printed under the same columns, else one on the sheet under a column of the same
 * year (a population table above key figures headed differently), else the user's.
 */
function pairsOf(c: Checking, table: StatementTable, pool: readonly Pooled[], statements: readonly StatementTable[]): Pair[] {
  const out: Pair[] = [];
  const populations = pool.filter((p) => p.row.role === "asukasmäärä");
  for (const target of pool.filter((p) => p.table === table && p.perResident)) {
    const amount = amountFor(target, pool);
    if (!amount) continue;
    const mine = populations.filter((p) => p.table === table);
    const population = nearestRow((mine.length > 0 ? mine : populations).map((p) => p.row), target.row);
    target.row.cells.forEach((cell, i) => {
      const shown = numberIn(cell);
      const amountCell = amount.row.cells[i];
      const value = numberIn(amountCell);
      const column = table.columns[i];
      // An overrun right is no year's amount: nothing divided by a population.
      if (!shown || !value || !column || isSignedColumn(table, i)) return;
      // The population of the column's year, wherever that year's column gives it (a group and
      // its city share one population).
      const popIndex = population ? populationIndex(population, table, i) : -1;
      const popCell = popIndex >= 0 ? population?.cells[popIndex] : population ? undefined : populationOnSheet(statements, column.year);
      const given = c.ctx.options.population[column.year];
      const pop = numberIn(popCell) ?? (given ? new Decimal(given) : null);
      const pair: Pair = { table, target: target.row, cell, shown, amount, amountCell, value, factor: unitFactor(amount, amountCell), column };
      if (pop && !pop.isZero()) {
        pair.pop = pop;
        if (holdsNumber(popCell)) pair.popCell = popCell;
      }
      out.push(pair);
    });
  }
  return out;
}

function nearestRow(rows: readonly StatementRow[], near: StatementRow): StatementRow | undefined {
  let best: StatementRow | undefined;
  for (const r of rows) if (r !== near && (!best || Math.abs(r.row - near.row) < Math.abs(best.row - near.row))) best = r;
  return best;
}

/**
 * `X, euroa/asukas` beside `X, milj. euroa` (or `X` in the table's unit): the per-resident figure
 * is the amount in euros over the population of its year. A column with no population is judged
 * by the population its other pairs imply, in this table and in those printed under the same
 * columns (`checkImpliedPopulation`). Returns the rows so checked.
 */
export function checkPerResidentPairs(c: Checking, statements: readonly StatementTable[]): Set<StatementRow> {
  const { ctx, table } = c;
  if (!table.rows.some((r) => PER_RESIDENT.test(r.label))) return new Set();
  const tables = statements.filter((o) => sameColumns(o, table));
  const pool: Pooled[] = tables.flatMap((t) => t.rows.map((row) => ({ row, table: t, base: figureBase(row.label), perResident: PER_RESIDENT.test(row.label) })));
  const unpopulated: Pair[] = [];
  for (const p of pairsOf(c, table, pool, statements)) {
    if (!p.pop) {
      unpopulated.push(p);
      continue;
    }
    // A row of the catalogue (vuosikate €/asukas) is checked by its ratio when a population is there.
    if (p.target.role) continue;
    const name = ctx.t("relation.per-resident-name", { row: p.target.label });
    const inputs = [{ ref: { sheet: p.amount.table.sheet, cell: p.amountCell.cell }, value: p.value }];
    const slackInputs = [{ value: p.value, cell: p.amountCell }];
    let formula: QuotientFormula;
    if (p.popCell) {
      inputs.push({ ref: { sheet: table.sheet, cell: p.popCell.cell }, value: p.pop });
      slackInputs.push({ value: p.pop, cell: p.popCell });
      formula = quotientFormula(relationLabel(name), p.factor);
    } else {
      formula = quotientFormula(relationLabel(name), p.factor, p.pop);
    }
    checkShownRatio(c, { target: p.target, cell: p.cell, shown: p.shown, column: p.column.label, name, inputs, slackInputs, formula, related: [p.amountCell, ...(p.popCell ? [p.popCell] : [])] });
  }
  // Pairs of the tables beside this one imply the population too (a key figure per titled block).
  const beside = tables.filter((t) => t !== table && t.rows.some((r) => PER_RESIDENT.test(r.label))).flatMap((t) => pairsOf(c, t, pool, statements).filter((p) => !p.pop));
  return checkImpliedPopulation(c, unpopulated, beside);
}

function populationIndex(population: StatementRow, table: StatementTable, i: number): number {
  if (holdsNumber(population.cells[i])) return i;
  const year = table.columns[i]?.year;
  return table.columns.findIndex((c, j) => c.year === year && holdsNumber(population.cells[j]));
}

/** The population of `year` in any statement table of the sheet: a population row's cell under that year. */
function populationOnSheet(statements: readonly StatementTable[], year: number): ValueCell | undefined {
  for (const t of statements) {
    for (const row of t.rows) {
      if (row.role !== "asukasmäärä") continue;
      const j = t.columns.findIndex((col, k) => col.year === year && holdsNumber(row.cells[k]));
      if (j >= 0) return row.cells[j];
    }
  }
  return undefined;
}

/**
 * The populations a pair allows: amount × factor / shown, each figure anywhere within half a unit
 * of its last printed digit. Null when either is zero (nothing implied).
 */
export function populationInterval(amount: Decimal, amountDecimals: number, shown: Decimal, shownDecimals: number, factor: Decimal): { low: Decimal; high: Decimal; point: Decimal } | null {
  const a = amount.abs();
  const s = shown.abs();
  if (a.isZero() || s.isZero()) return null;
  const ha = halfUnit(amountDecimals);
  const hs = halfUnit(shownDecimals);
  const point = a.mul(factor).div(s);
  const low = a.minus(ha).mul(factor).div(s.plus(hs));
  const high = s.lte(hs) ? new Decimal(Infinity) : a.plus(ha).mul(factor).div(s.minus(hs));
  return { low: Decimal.max(low, 0), high, point };
}

/**
 * Per-resident figures printed without the population: every pair of a column implies one, and
 * one population holds for the whole column (31.12 of its year). Each figure is judged against
 * the population the column's other pairs agree on, so the odd one out is the one reported. With
 * a single other pair, which of the two is wrong is unknown: a difference is only told (info). `beside` are the
 * pairs of the tables printed under the same columns: they imply, but are judged by their own table.
 */
function checkImpliedPopulation(c: Checking, own: readonly Pair[], beside: readonly Pair[]): Set<StatementRow> {
  const checked = new Set<StatementRow>();
  const key = (p: Pair) => `${p.column.col}|${p.column.label}`;
  const byColumn = new Map<string, Pair[]>();
  for (const p of [...own, ...beside]) {
    const list = byColumn.get(key(p));
    if (list) list.push(p);
    else byColumn.set(key(p), [p]);
  }
  for (const list of byColumn.values()) {
    const ranged = list.flatMap((e) => {
      const range = populationInterval(e.value, shownDecimals(e.amountCell), e.shown, shownDecimals(e.cell), e.factor);
      return range ? [{ e, range }] : [];
    });
    if (ranged.length < 2) continue;
    ranged.forEach(({ e, range }, k) => {
      if (e.table !== c.table) return;
      const others = ranged.filter((_, j) => j !== k);
      const consensus = findConsensus(others.map((o) => o.range));
      // Others that do not agree among themselves name no population to judge by.
      if (!consensus || (others.length > 1 && consensus.members.length < 2)) return;
      const population = Decimal.min(Decimal.max(range.point, consensus.low), consensus.high);
      if (!population.isFinite() || population.isZero()) return;
      const rows = consensus.members.map((m) => others[m].e.target.label);
      const name: MessageParam = c.ctx.t("relation.implied-population-name", { row: e.target.label, population: figure(population, 0), rows: rows.join(", ") });
      const formula = quotientFormula(relationLabel(name), e.factor, population);
      const related = [e.amountCell, ...consensus.members.flatMap((m) => [others[m].e.amountCell, others[m].e.cell])];
      checkShownRatio(c, {
        target: e.target,
        cell: e.cell,
        shown: e.shown,
        column: e.column.label,
        name,
        inputs: [{ ref: { sheet: e.amount.table.sheet, cell: e.amountCell.cell }, value: e.value }],
        slackInputs: [{ value: e.value, cell: e.amountCell }],
        formula,
        related,
        ...(others.length === 1 ? { atMost: "info" as const } : {}),
      });
      checked.add(e.target);
    });
  }
  return checked;
}
