import Decimal from "decimal.js";
import { StatementRow, StatementTable, ValueCell, YearColumn } from "../model";
import { normaliseSpaces } from "../numbers";
import { unitIn, withoutUnit } from "../recognize/vocabulary/units";
import { numberIn, shownDecimals } from "./support/cells";
import { halfUnit } from "../arithmetic/rounding";
import { findConsensus } from "../compare/consensus";
import { MessageParam, figure, relationLabel } from "../message";
import { ShownFormula } from "../relations/shown";
import { Checking, checkShownRatio, nearest, quotientFormula, sameColumns } from "./relationChecking";

const PER_RESIDENT = /(€|euroa?|euro|eur)\s*\/\s*(asukas|invånare|resident)/i;
// Words that name the same figure in its amount row and its per-resident row.
const SAME_FIGURE: Record<string, string> = { lainat: "lainakanta", lån: "lånestock" };
// Whose figure it is, said on one row of a pair only (`Konsernin lainasaamiset €/asukas` beside
// `Lainasaamiset milj. €` printed under the group's columns).
const ENTITY = /^(konsernin|kaupungin|kunnan|koncernens|stadens|kommunens|group's|group|city's|city|municipality's)\s+/;

/** A label's figure name: the unit, a per-resident tail, the date and punctuation taken out. */
export function figureBase(label: string): string {
  let t = normaliseSpaces(label).toLowerCase().replace(PER_RESIDENT, " ");
  t = withoutUnit(t).replace(/milj\.?|tuhatta/g, " ").replace(/\b\d{1,2}\.\d{1,2}\.?/g, " ");
  t = t.replace(/[,:;.]/g, " ").replace(/\s+/g, " ").trim();
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
 * without that word, provided no other per-resident row of the pool bears that plain name.
 */
function amountFor(target: Pooled, pool: readonly Pooled[]): Pooled | undefined {
  const amounts = pool.filter((p) => p !== target && !p.perResident);
  const exact = amounts.find((p) => p.base === target.base);
  if (exact) return exact;
  const plain = target.base.replace(ENTITY, "");
  if (plain === target.base || plain === "") return undefined;
  if (pool.some((p) => p !== target && p.perResident && p.base === plain)) return undefined;
  return amounts.find((p) => p.base === plain);
}

/** A per-resident figure whose column prints no population: judged by the population the others imply. */
interface Unpopulated {
  target: StatementRow;
  cell: ValueCell;
  shown: Decimal;
  amountCell: ValueCell;
  amount: Decimal;
  factor: Decimal;
  column: YearColumn;
}

/**
 * `X, euroa/asukas` beside `X, milj. euroa` (or `X` in the table's unit): the per-resident figure
 * is the amount in euros over the population of its year. The population is the table's own
 * population row, else one on the sheet under a column of the same year (a population table above
 * key figures headed differently), else the user's. A column with none is judged by the
 * population its other pairs imply (`checkImpliedPopulation`). Returns the rows so checked.
 */
export function checkPerResidentPairs(c: Checking, statements: readonly StatementTable[]): Set<StatementRow> {
  const { ctx, table } = c;
  const own = table.rows.filter((r) => PER_RESIDENT.test(r.label));
  if (own.length === 0) return new Set();
  const pool: Pooled[] = statements
    .filter((o) => sameColumns(o, table))
    .flatMap((t) => t.rows.map((row) => ({ row, table: t, base: figureBase(row.label), perResident: PER_RESIDENT.test(row.label) })));
  const unpopulated: Unpopulated[] = [];
  for (const target of own) {
    const pooled = pool.find((p) => p.row === target);
    const amount = pooled ? amountFor(pooled, pool) : undefined;
    if (!amount) continue;
    const population = nearest(c, "asukasmäärä", target);
    const factor = new Decimal(unitIn(amount.row.label)?.factor ?? amount.table.unit?.factor ?? 1);
    target.cells.forEach((cell, i) => {
      const shown = numberIn(cell);
      const a = numberIn(amount.row.cells[i]);
      const column = table.columns[i];
      if (!shown || !a || !column) return;
      // The population of the column's year, wherever that year's column gives it (a group and
      // its city share one population).
      const popIndex = population ? populationIndex(population, table, i) : -1;
      const popCell = popIndex >= 0 ? population?.cells[popIndex] : population ? undefined : populationOnSheet(statements, column.year);
      const given = ctx.options.population[column.year];
      const pop = numberIn(popCell) ?? (given ? new Decimal(given) : null);
      if (!pop || pop.isZero()) {
        unpopulated.push({ target, cell, shown, amountCell: amount.row.cells[i], amount: a, factor, column });
        return;
      }
      // A row of the catalogue (vuosikate €/asukas) is checked by its ratio when a population is there.
      if (target.role) return;
      const name = ctx.t("relation.per-resident-name", { row: target.label });
      const inputs = [{ ref: { sheet: amount.table.sheet, cell: amount.row.cells[i].cell }, value: a }];
      const slackInputs = [{ value: a, cell: amount.row.cells[i] }];
      let formula: ShownFormula;
      if (popCell && numberIn(popCell)) {
        inputs.push({ ref: { sheet: table.sheet, cell: popCell.cell }, value: pop });
        slackInputs.push({ value: pop, cell: popCell });
        formula = quotientFormula(relationLabel(name), factor);
      } else {
        formula = quotientFormula(relationLabel(name), factor, pop);
      }
      checkShownRatio(c, { target, cell, shown, column: column.label, name, inputs, slackInputs, formula, related: [amount.row.cells[i], ...(popCell ? [popCell] : [])] });
    });
  }
  return checkImpliedPopulation(c, unpopulated);
}

function populationIndex(population: StatementRow, table: StatementTable, i: number): number {
  if (numberIn(population.cells[i])) return i;
  const year = table.columns[i]?.year;
  return table.columns.findIndex((c, j) => c.year === year && numberIn(population.cells[j]) !== null);
}

/** The population of `year` in any statement table of the sheet: a population row's cell under that year. */
function populationOnSheet(statements: readonly StatementTable[], year: number): ValueCell | undefined {
  for (const t of statements) {
    for (const row of t.rows) {
      if (row.role !== "asukasmäärä") continue;
      const j = t.columns.findIndex((col, k) => col.year === year && numberIn(row.cells[k]) !== null);
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
 * a single other pair, which of the two is wrong is unknown: a warning at most.
 */
function checkImpliedPopulation(c: Checking, entries: readonly Unpopulated[]): Set<StatementRow> {
  const checked = new Set<StatementRow>();
  const byColumn = new Map<YearColumn, Unpopulated[]>();
  for (const e of entries) byColumn.set(e.column, [...(byColumn.get(e.column) ?? []), e]);
  for (const [column, list] of byColumn) {
    const ranged = list.flatMap((e) => {
      const range = populationInterval(e.amount, shownDecimals(e.amountCell), e.shown, shownDecimals(e.cell), e.factor);
      return range ? [{ e, range }] : [];
    });
    if (ranged.length < 2) continue;
    ranged.forEach(({ e, range }, k) => {
      const others = ranged.filter((_, j) => j !== k);
      const consensus = findConsensus(others.map((o) => o.range));
      // Others that do not agree among themselves name no population to judge by.
      if (!consensus || (others.length > 1 && consensus.members.length < 2)) return;
      const population = Decimal.min(Decimal.max(range.point, consensus.low), consensus.high);
      if (!population.isFinite() || population.isZero()) return;
      const rows = consensus.members.map((m) => others[m].e.target.label);
      const name: MessageParam = c.ctx.t("relation.implied-population-name", { row: e.target.label, population: figure(population, 0), rows: rows.join(", ") });
      const formula = quotientFormula(relationLabel(name), e.factor, population);
      const sheet = c.table.sheet;
      const related = [e.amountCell, ...consensus.members.flatMap((m) => [others[m].e.amountCell, others[m].e.cell])];
      checkShownRatio(c, {
        target: e.target,
        cell: e.cell,
        shown: e.shown,
        column: column.label,
        name,
        inputs: [{ ref: { sheet, cell: e.amountCell.cell }, value: e.amount }],
        slackInputs: [{ value: e.amount, cell: e.amountCell }],
        formula,
        related,
        ...(others.length === 1 ? { atMost: "warning" as const } : {}),
      });
      checked.add(e.target);
    });
  }
  return checked;
}
