import Decimal from "decimal.js";
import { CorpusTable, Holds, RelationSpec, Verification } from "./types";
import { Figure, columnIndex, parseFigure, printFigure } from "./figures";

/**
 * Works every relation of a fixture through in every column, from the transcribed cells. The
 * fixture keeps the result (`verified`) as its hand verification; the corpus test recomputes it
 * so the notes can never drift from the cells they describe.
 */

function cellText(table: CorpusTable, row: number, col: string): string {
  return table.rows[row - 1]?.[columnIndex(col)] ?? "";
}

function figureAt(table: CorpusTable, row: number, col: string): Figure | null {
  if (table.textRows.includes(row)) return null;
  return parseFigure(cellText(table, row, col));
}

/** The column's header as printed: the nearest header row above `row` with text in that column. */
export function columnLabel(table: CorpusTable, col: string, row: number): string {
  const above = table.textRows.filter((r) => r < row).sort((a, b) => b - a);
  for (const r of above) {
    const t = cellText(table, r, col).replace(/-\s*\n\s*/g, "").replace(/\s*\n\s*/g, " ").trim();
    if (t) return t;
  }
  return col;
}

function verdictLinear(diff: Decimal, decimals: number): Holds {
  if (diff.isZero()) return "exactly";
  return diff.abs().lte(new Decimal(10).pow(-decimals)) ? "rounding" : "mismatch";
}

function verdictShown(raw: Decimal, printed: Figure): Holds {
  const shown = raw.toDecimalPlaces(printed.decimals, Decimal.ROUND_HALF_UP);
  if (shown.eq(printed.value)) return "exactly";
  const unit = new Decimal(10).pow(-printed.decimals);
  return raw.minus(printed.value).abs().lte(unit.mul(1.5)) ? "rounding" : "mismatch";
}

function columnsOf(spec: RelationSpec): string[] {
  return spec.kind === "change" ? Object.keys(spec.base) : spec.columns;
}

export function verifyRelation(table: CorpusTable, spec: RelationSpec): Verification[] {
  const out: Verification[] = [];
  for (const col of columnsOf(spec)) {
    const target = figureAt(table, spec.target, col);
    if (!target) continue;
    const cell = `${col}${spec.target}`;
    const column = columnLabel(table, col, spec.target);
    const printed = printFigure(target.value, target.decimals);
    if (spec.kind === "sum") {
      let sum = new Decimal(0);
      let decimals = target.decimals;
      const parts: string[] = [];
      for (const [row, sign] of spec.terms) {
        const f = figureAt(table, row, col);
        if (!f) continue;
        decimals = Math.max(decimals, f.decimals);
        sum = sum.plus(f.value.mul(sign));
        const shown = printFigure(f.value, f.decimals);
        parts.push(parts.length === 0 ? (sign < 0 ? `−(${shown})` : shown) : `${sign < 0 ? "−" : "+"} ${f.value.isNegative() ? `(${shown})` : shown}`);
      }
      if (parts.length === 0) continue;
      out.push({
        relation: spec.name,
        cell,
        column,
        figures: parts.join(" "),
        computed: printFigure(sum, decimals),
        printed,
        holds: verdictLinear(target.value.minus(sum), target.decimals),
      });
    } else if (spec.kind === "change") {
      const now = figureAt(table, spec.of, col);
      const base = figureAt(table, spec.of, spec.base[col]);
      if (!now || !base || base.value.isZero()) continue;
      const raw = now.value.div(base.value).minus(1).mul(100);
      out.push({
        relation: spec.name,
        cell,
        column,
        figures: `(${printFigure(now.value, now.decimals)} / ${printFigure(base.value, base.decimals)} − 1) × 100 [${spec.base[col]}${spec.of}]`,
        computed: printFigure(raw, target.decimals),
        printed,
        holds: verdictShown(raw, target),
      });
    } else {
      const num = figureAt(table, spec.numerator, col);
      const den = figureAt(table, spec.denominator, col);
      if (!num || !den || den.value.isZero()) continue;
      const raw = num.value.div(den.value).mul(spec.factor);
      out.push({
        relation: spec.name,
        cell,
        column,
        figures: `${printFigure(num.value, num.decimals)} / ${printFigure(den.value, den.decimals)} × ${spec.factor}`,
        computed: printFigure(raw, target.decimals),
        printed,
        holds: verdictShown(raw, target),
      });
    }
  }
  return out;
}

export function verifyTable(table: CorpusTable): Verification[] {
  return table.relations.flatMap((spec) => verifyRelation(table, spec));
}

/** The cells every relation reads, target first, for one verified cell. */
export function relationCells(table: CorpusTable, v: Verification): string[] {
  const spec = table.relations.find((r) => r.name === v.relation && cellRow(v.cell) === r.target);
  if (!spec) return [v.cell];
  const col = v.cell.replace(/\d+$/, "");
  if (spec.kind === "sum") {
    return [v.cell, ...spec.terms.filter(([row]) => figureAt(table, row, col)).map(([row]) => `${col}${row}`)];
  }
  if (spec.kind === "change") return [v.cell, `${col}${spec.of}`, `${spec.base[col]}${spec.of}`];
  return [v.cell, `${col}${spec.numerator}`, `${col}${spec.denominator}`];
}

function cellRow(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0]);
}
