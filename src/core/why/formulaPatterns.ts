import { Finding } from "../findings";
import { Equation, cellKey } from "../relations/equation";
import { columnIndex, columnLetters } from "../address";
import { Say as Translate } from "../message";
import { Figure, FigureIndex, siblingCells } from "./figures";
import { ValueCell } from "../model";
import { Pattern } from "./patterns";
import { RelationGraph } from "./graph";
import { FindingPositions } from "./findingPositions";

// Identities whose checked cell is a sum a sheet computes with SUM or +.
const SUM_RULES = new Set(["sum", "unit-total", "unit-nettomeno", "toimintakate"]);

const REF = /(?<![A-Za-z0-9_!'])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(!])/g;

/** The cells a formula reads on its own sheet (`B36:B41`, `B36`, `$B$36`); other sheets' refs are left out. */
export function formulaCells(formula: string): Set<string> {
  const out = new Set<string>();
  const text = formula.replace(/'[^']*'![$A-Z0-9:]+|\b[A-Za-z0-9_.]+![$A-Z0-9:]+/g, " ").replace(/"[^"]*"/g, " ");
  for (const m of text.matchAll(REF)) {
    const c1 = columnIndex(m[1]);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    // A whole-sheet range is no slip of a row; leave such formulas alone.
    if ((Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1) > 10_000) return new Set();
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.add(`${columnLetters(c)}${r}`);
    }
  }
  return out;
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}

/**
 * Where the workbook has formulas: a total whose SUM leaves out a part the identity expects (the
 * range stops a row short, or skips a row), and a figure typed as a constant where the rest of its
 * row is formulas. Written onto the failing finding at the cell as `pattern`.
 */
export function explainFormulas(findings: Finding[], graph: RelationGraph, figures: FigureIndex, t: Translate, positions?: FindingPositions): void {
  const at = positions ?? new FindingPositions(findings);
  // The findings looked at, as they were before any pattern below is written: those at a cell are
  // walked by their positions, with no list made for each cell.
  const open = new Uint8Array(findings.length);
  for (let i = 0; i < findings.length; i++) open[i] = !findings[i].pattern && findings[i].severity !== "info" ? 1 : 0;
  // The sums checked at each failing cell, from the graph's index of cells: the tens of thousands
  // of other equations are not looked at. A cell's equations come in recording order, and each
  // writes only onto its own cell's findings, so the patterns are those a pass over all gives.
  // Only a sum's own finding takes its pattern: a cell without one asks nothing of the graph,
  // whose index of every equation's cells costs a mostly consistent book more than the rest of
  // its analysis (its few errors are of other rules, and no repair has built the index).
  for (let k = 0; k < at.cells; k++) {
    const first = firstOpen(at, open, at.head(k));
    let sums = false;
    for (let i = first; i >= 0 && !sums; i = at.next(i)) sums = open[i] === 1 && SUM_RULES.has(findings[i].rule);
    if (!sums) continue;
    const ref = findings[first];
    for (const e of graph.at(ref)) {
      if (!SUM_RULES.has(e.rule) || e.target.cell !== ref.cell || e.target.sheet !== ref.sheet) continue;
      let f: Finding | undefined;
      for (let i = first; i >= 0 && !f; i = at.next(i)) if (open[i] && findings[i].rule === e.rule && !findings[i].pattern) f = findings[i];
      const target = figures.at(e.target);
      if (!f || !target) continue;
      const p = sumSlip(e, target, t) ?? constantAmongFormulas(target, t);
      if (p) f.pattern = p;
    }
  }
  for (let k = 0; k < at.cells; k++) {
    const first = firstOpen(at, open, at.head(k));
    if (first < 0) continue;
    const figure = figures.at(findings[first]);
    if (!figure) continue;
    const p = constantAmongFormulas(figure, t);
    if (p) for (let i = first; i >= 0; i = at.next(i)) if (open[i] && !findings[i].pattern) findings[i].pattern = p;
  }
}

/**
 * The first finding from position `i` on at its cell that is still open. A function of the module,
 * not a closure made by each call (docs/engine-speed.md: closures).
 */
function firstOpen(at: FindingPositions, open: Uint8Array, i: number): number {
  while (i >= 0 && !open[i]) i = at.next(i);
  return i;
}

function sumSlip(e: Equation, target: Figure, t: Translate): Finding["pattern"] | null {
  const formula = target.cell.formula;
  if (!formula) return null;
  const read = formulaCells(formula);
  if (read.size === 0) return null;
  const parts = e.cells.filter((c) => c.sheet === target.ref.sheet && cellKey(c) !== target.key).map((c) => c.cell);
  if (parts.length !== e.cells.length - 1) return null;
  const missing = parts.filter((c) => !read.has(c));
  const extra = [...read].filter((c) => !parts.includes(c));
  if (missing.length !== 1 || extra.length > 0) return null;
  const rows = parts.map(rowOf);
  const gap = rowOf(missing[0]);
  const atEnd = gap === Math.max(...rows) || gap === Math.min(...rows);
  return {
    id: atEnd ? "sum-short" : "sum-skip",
    parts: [t(atEnd ? "why.pattern.sum-short" : "why.pattern.sum-skip", { formula: formula.startsWith("=") ? formula : `=${formula}`, missing: missing[0] })],
  };
}

/** A constant in a row whose other columns are formulas: typed over the formula, likely wrong. */
export function typedOverFormula(figure: Figure): Pattern | null {
  if (figure.cell.formula) return null;
  // Counted from the row's cells: the labelled siblings (and a list of those with formulas) were
  // made for every repair asked, and most rows hold no formula at all.
  const n = siblingCells(figure, SIBLING_CELLS);
  let withFormula = 0;
  for (let k = 0; k < n; k++) if (SIBLING_CELLS[k].formula) withFormula++;
  if (withFormula < 2) return null;
  const first = figure.siblings.find((s) => s.cell.formula) as Figure["siblings"][number];
  const f = first.cell.formula as string;
  return { id: "constant-over-formula", params: { column: first.column, formula: f.startsWith("=") ? f : `=${f}` } };
}

// A figure's siblings' cells, read into this list by the one test running.
const SIBLING_CELLS: ValueCell[] = [];

/** A constant where at least two other columns of the row hold formulas. */
function constantAmongFormulas(figure: Figure, t: Translate): Finding["pattern"] | null {
  // The row's formulas first: its figure's Decimal, made when read, is asked only of the few such.
  const p = typedOverFormula(figure);
  return p && figure.value !== null ? { id: p.id, parts: [t("why.pattern.constant-over-formula", { formula: p.params.formula, column: p.params.column })] } : null;
}
