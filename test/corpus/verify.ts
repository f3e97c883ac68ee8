import Decimal from "decimal.js";
import { CorpusTable, Holds, RelationSpec, Verification } from "./types";
import { Figure, columnIndex, parseFigure, printFigure } from "./figures";

/**
 * Works every relation of a fixture through in every column, from the transcribed cells. The
 * fixture keeps the result (`verified`) as its hand verification; the corpus test recomputes it
 * so the notes can never drift from the cells they describe.
 *
 * Rounding is judged from what is printed: every figure stands for an interval of half a unit of
 * its last printed digit, so a relation holds within rounding when the printed target can be
 * reached from figures inside their intervals (and always within one unit of the target's last
 * digit for a sum). Anything further off is a mismatch.
 */

/** One relation in one cell, with the cells it reads. */
export type Instance =
  | { name: string; cell: string; kind: "linear"; terms: Array<{ cell: string; sign: 1 | -1 }> }
  | { name: string; cell: string; kind: "ratio"; numerator: string; denominator: string; factor: number; minus: number }
  | { name: string; cell: string; kind: "population"; amount: string; factor: number; others: Array<{ amount: string; perResident: string; factor: number }> };

function cellText(table: CorpusTable, cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return "";
  return table.rows[Number(m[2]) - 1]?.[columnIndex(m[1])] ?? "";
}

function figureAt(table: CorpusTable, cell: string): Figure | null {
  const row = Number(/\d+$/.exec(cell)?.[0]);
  if (table.textRows.includes(row)) return null;
  return parseFigure(cellText(table, cell));
}

/** The column's header as printed: the nearest header row above `row` with text in that column. */
export function columnLabel(table: CorpusTable, cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return cell;
  const above = table.textRows.filter((r) => r < Number(m[2])).sort((a, b) => b - a);
  for (const r of above) {
    const t = cellText(table, `${m[1]}${r}`).replace(/-\s*\n\s*/g, "").replace(/\s*\n\s*/g, " ").trim();
    if (t) return t;
  }
  return m[1];
}

/** Every relation of the fixture in every cell it applies to. */
export function instances(table: CorpusTable): Instance[] {
  return table.relations.flatMap((spec) => expand(spec));
}

function expand(spec: RelationSpec): Instance[] {
  const name = spec.name;
  switch (spec.kind) {
    case "sum":
      return spec.columns.map((c) => ({
        name,
        cell: `${c}${spec.target}`,
        kind: "linear" as const,
        terms: spec.terms.map(([row, sign]) => ({ cell: `${c}${row}`, sign })),
      }));
    case "across":
      return spec.rows.map((r) => ({
        name,
        cell: `${spec.column}${r}`,
        kind: "linear" as const,
        terms: spec.terms.map(([col, sign]) => ({ cell: `${col}${r}`, sign })),
      }));
    case "change":
      return Object.entries(spec.base).map(([c, b]) => ({
        name,
        cell: `${c}${spec.target}`,
        kind: "ratio" as const,
        numerator: `${c}${spec.of}`,
        denominator: `${b}${spec.of}`,
        factor: 100,
        minus: 100,
      }));
    case "changeAcross":
      return spec.rows.map((r) => ({
        name,
        cell: `${spec.column}${r}`,
        kind: "ratio" as const,
        numerator: `${spec.now}${r}`,
        denominator: `${spec.base}${r}`,
        factor: 100,
        minus: 100,
      }));
    case "ratioAcross":
      return spec.rows.map((r) => ({
        name,
        cell: `${spec.column}${r}`,
        kind: "ratio" as const,
        numerator: `${spec.numerator}${r}`,
        denominator: `${spec.denominator}${r}`,
        factor: spec.factor,
        minus: 0,
      }));
    case "ratioCells":
      return spec.cells.map(([cell, numerator, denominator]) => ({
        name,
        cell,
        kind: "ratio" as const,
        numerator,
        denominator,
        factor: spec.factor,
        minus: 0,
      }));
    case "samePopulation":
      return spec.columns.flatMap((c) =>
        spec.pairs.map(([amount, perResident, factor], i) => ({
          name,
          cell: `${c}${perResident}`,
          kind: "population" as const,
          amount: `${c}${amount}`,
          factor,
          others: spec.pairs.filter((_, j) => j !== i).map(([a, p, f]) => ({ amount: `${c}${a}`, perResident: `${c}${p}`, factor: f })),
        })),
      );
    case "ratio":
      return spec.columns.map((c) => ({
        name,
        cell: `${c}${spec.target}`,
        kind: "ratio" as const,
        numerator: `${c}${spec.numerator}`,
        denominator: `${c}${spec.denominator}`,
        factor: spec.factor,
        minus: 0,
      }));
  }
}

const half = (f: Figure) => new Decimal(10).pow(-f.decimals).div(2);
const shownOf = (f: Figure) => (f.value.isNegative() ? `(${printFigure(f.value, f.decimals)})` : printFigure(f.value, f.decimals));

function verifyInstance(table: CorpusTable, inst: Instance): Verification | null {
  const target = figureAt(table, inst.cell);
  if (!target) return null;
  const base = { relation: inst.name, cell: inst.cell, column: columnLabel(table, inst.cell), printed: cellText(table, inst.cell).trim() };
  if (inst.kind === "linear") {
    let sum = new Decimal(0);
    let slack = half(target);
    let decimals = target.decimals;
    const parts: string[] = [];
    for (const t of inst.terms) {
      const f = figureAt(table, t.cell);
      if (!f) continue;
      sum = sum.plus(f.value.mul(t.sign));
      slack = slack.plus(half(f));
      decimals = Math.max(decimals, f.decimals);
      parts.push(parts.length === 0 ? (t.sign < 0 ? `−${shownOf(f)}` : shownOf(f)) : `${t.sign < 0 ? "−" : "+"} ${shownOf(f)}`);
    }
    if (parts.length === 0) return null;
    const diff = target.value.minus(sum).abs();
    const unit = new Decimal(10).pow(-target.decimals);
    const holds: Holds = diff.isZero() ? "exactly" : diff.lte(Decimal.max(unit, slack)) ? "rounding" : "mismatch";
    return { ...base, figures: parts.join(" "), computed: printFigure(sum, decimals), holds };
  }
  if (inst.kind === "population") return verifyPopulation(table, inst, target, base);
  const num = figureAt(table, inst.numerator);
  const den = figureAt(table, inst.denominator);
  if (!num || !den || den.value.isZero()) return null;
  const f = (n: Decimal, d: Decimal) => n.div(d).mul(inst.factor).minus(inst.minus);
  const raw = f(num.value, den.value);
  const figures =
    inst.minus !== 0
      ? `(${printFigure(num.value, num.decimals)} / ${printFigure(den.value, den.decimals)} − 1) × 100`
      : `${printFigure(num.value, num.decimals)} / ${printFigure(den.value, den.decimals)} × ${inst.factor}`;
  let holds: Holds;
  if (raw.toDecimalPlaces(target.decimals, Decimal.ROUND_HALF_UP).eq(target.value)) holds = "exactly";
  else {
    // The printed figure may come from unrounded inputs: every corner of the inputs' intervals.
    const corners: Decimal[] = [];
    const dn = half(num);
    const dd = half(den);
    const denCrossesZero = den.value.abs().lte(dd);
    if (!denCrossesZero)
      for (const a of [num.value.minus(dn), num.value.plus(dn)])
        for (const b of [den.value.minus(dd), den.value.plus(dd)]) corners.push(f(a, b));
    const lo = Decimal.min(raw, ...corners);
    const hi = Decimal.max(raw, ...corners);
    const t = half(target);
    // Within one unit of the last printed digit, or reachable from the inputs' intervals.
    const unit = new Decimal(10).pow(-target.decimals);
    const near = raw.minus(target.value).abs().lte(unit);
    holds = near || denCrossesZero || (target.value.plus(t).gte(lo) && target.value.minus(t).lte(hi)) ? "rounding" : "mismatch";
  }
  return { ...base, figures, computed: printFigure(raw, target.decimals), holds };
}

/** The population an amount and its per-resident figure imply, as the interval their rounding allows. */
function impliedPopulation(amount: Figure, perResident: Figure, factor: number): [Decimal, Decimal] | null {
  const da = half(amount);
  const dp = half(perResident);
  if (perResident.value.abs().lte(dp)) return null;
  const ends = [
    amount.value.minus(da).mul(factor).div(perResident.value.plus(dp)),
    amount.value.plus(da).mul(factor).div(perResident.value.minus(dp)),
    amount.value.minus(da).mul(factor).div(perResident.value.minus(dp)),
    amount.value.plus(da).mul(factor).div(perResident.value.plus(dp)),
  ];
  return [Decimal.min(...ends), Decimal.max(...ends)];
}

function verifyPopulation(
  table: CorpusTable,
  inst: Extract<Instance, { kind: "population" }>,
  target: Figure,
  base: Pick<Verification, "relation" | "cell" | "column" | "printed">,
): Verification | null {
  const amount = figureAt(table, inst.amount);
  if (!amount) return null;
  let lo: Decimal | null = null;
  let hi: Decimal | null = null;
  for (const o of inst.others) {
    const a = figureAt(table, o.amount);
    const p = figureAt(table, o.perResident);
    if (!a || !p) continue;
    const iv = impliedPopulation(a, p, o.factor);
    if (!iv) continue;
    lo = lo === null ? iv[0] : Decimal.max(lo, iv[0]);
    hi = hi === null ? iv[1] : Decimal.min(hi, iv[1]);
  }
  if (lo === null || hi === null || lo.gt(hi)) return null;
  const population = lo.plus(hi).div(2);
  const raw = amount.value.mul(inst.factor).div(population);
  const own = impliedPopulation(amount, target, inst.factor);
  const unit = new Decimal(10).pow(-target.decimals);
  let holds: Holds;
  if (raw.toDecimalPlaces(target.decimals, Decimal.ROUND_HALF_UP).eq(target.value)) holds = "exactly";
  else holds = (own && own[0].lte(hi) && own[1].gte(lo)) || raw.minus(target.value).abs().lte(unit) ? "rounding" : "mismatch";
  return {
    ...base,
    figures: `${printFigure(amount.value, amount.decimals)} × ${inst.factor} / ${printFigure(population, 0)} (population the other figures of the column imply)`,
    computed: printFigure(raw, target.decimals),
    holds,
  };
}

export function verifyTable(table: CorpusTable): Verification[] {
  return instances(table)
    .map((inst) => verifyInstance(table, inst))
    .filter((v): v is Verification => v !== null);
}

/** The cells a verified relation reads, target first: what an equation must cover to check it. */
export function relationCells(table: CorpusTable, v: Verification): string[] {
  const inst = instances(table).find((i) => i.cell === v.cell && i.name === v.relation);
  if (!inst) return [v.cell];
  if (inst.kind === "linear") return [v.cell, ...inst.terms.filter((t) => figureAt(table, t.cell)).map((t) => t.cell)];
  if (inst.kind === "population") return [v.cell, inst.amount];
  return [v.cell, inst.numerator, inst.denominator];
}
