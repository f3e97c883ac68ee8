import Decimal from "decimal.js";
import { BudgetModel, LabeledRow, TunnusluvutTable, ValueCell } from "../model";
import { Finding } from "../findings";
import { AS_READ } from "../format";
import { Say as Translate, figure } from "../message";
import { formatShape } from "../compare/numberFormat";
import { excelRound } from "../arithmetic/rounding";
import { figureSign } from "../numbers";
import { figureEquals, figureNumber } from "../relations/exactValues";
import { FindingsAt } from "./findingsAt";

// Findings about a shown Muutos % whose figure may be explained by how it was computed.
const PERCENT_RULES = new Set(["change-percent", "change-base-missing"]);

/**
 * A Muutos % computed the wrong way shows its own fingerprint: an index (new / old × 100, 575,1
 * for 110 600 / 19 229), the exact change cut off instead of rounded (10,6 for 10,698), or the
 * change against another column than the base. Each is checked against the figures of the row
 * and written onto the finding as `pattern`, at the decimals the cell shows.
 */
export function explainPercentages(model: BudgetModel, findings: Finding[], t: Translate): void {
  // The first such finding at each cell, looked up once per change cell (a large workbook has
  // thousands of both).
  const wanted = new FindingsAt(findings, (f) => PERCENT_RULES.has(f.rule) && !f.pattern);
  if (wanted.empty) return;
  for (const sheet of model.sheets) {
    for (const table of sheet.tables) {
      if (table.kind !== "tunnusluvut" || !wanted.onSheet(table.sheet)) continue;
      for (const item of table.items) {
        if (!item.change) continue;
        item.change.cells.forEach((cell, i) => {
          const f = cell && wanted.at(table.sheet, cell.cell)[0];
          if (!f || !cell) return;
          const p = percentSlip(table, item.amount, cell, i, f, t);
          if (p) f.pattern = p;
        });
      }
    }
  }
}

function shownOf(cell: ValueCell): { shown: Decimal; decimals: number } | null {
  if (cell.parsed.kind !== "number") return null;
  const shape = formatShape(cell.numberFormat);
  const shown = shape?.percent ? cell.parsed.value.mul(100) : cell.parsed.value;
  return { shown, decimals: shape ? shape.decimals : cell.parsed.decimals };
}

/**
 * Whether `x` may be shown as `shown` at `d` decimals, measured in doubles: false only when the
 * two are surely `units` of the last decimal or more apart (rounded, they are within half a unit;
 * cut off, within one), far beyond a double's error.
 */
function mayShowAs(shown: number, x: number, d: number, units: number): boolean {
  if (!Number.isFinite(shown) || !Number.isFinite(x) || d < 0) return true;
  // The percentages are hundreds times a ratio less 100: their error scales with 100 too.
  return Math.abs(x - shown) <= units * Math.pow(10, -d) * (1 + 1e-9) + 1e-9 * (Math.abs(x) + Math.abs(shown) + 100);
}

/** Shown as `x` either rounded or cut off at `d` decimals: which, or null. */
function shownAs(shown: Decimal, x: Decimal, d: number): "rounded" | "truncated" | null {
  if (excelRound(x, d).eq(shown)) return "rounded";
  if (x.toDecimalPlaces(d, Decimal.ROUND_DOWN).eq(shown)) return "truncated";
  return null;
}

function percentSlip(table: TunnusluvutTable, amount: LabeledRow, cell: ValueCell, i: number, f: Finding, t: Translate): Finding["pattern"] | null {
  const s = shownOf(cell);
  const newV = amount.cells[i]?.parsed.kind === "number" ? amount.cells[i].value : null;
  // A 0 % or a 0 amount is an index and a change of many things at once: no fingerprint.
  if (!s || !newV || s.shown.isZero() || newV.isZero()) return null;
  const fig = (v: Decimal, d: number | typeof AS_READ = AS_READ) => figure(v, d);
  const exactChange = f.rule === "change-percent" && f.expected !== undefined ? baseChange(f, newV, amount, table) : null;
  // Truncated: the base's own change, cut off instead of rounded.
  if (exactChange && shownAs(s.shown, exactChange.exact, s.decimals) === "truncated") {
    return {
      id: "percent-truncated",
      parts: [t("why.pattern.percent-truncated", { actual: fig(s.shown, s.decimals), exact: fig(exactChange.exact, s.decimals + 3), expected: fig(excelRound(exactChange.exact, s.decimals), s.decimals) })],
    };
  }
  const baseColumn = exactChange?.column;
  const shownNumber = s.shown.toNumber();
  const newNumber = newV.toNumber();
  for (let j = 0; j < table.columns.length; j++) {
    const oldCell = amount.cells[j];
    const oldP = oldCell?.parsed;
    if (j === i || !oldP || oldP.kind !== "number" || figureSign(oldP) === 0) continue;
    // Most columns give neither figure: told in doubles (from the figure's units) before the exact division.
    const indexNumber = (newNumber / figureNumber(oldP)) * 100;
    if (!mayShowAs(shownNumber, indexNumber, s.decimals, 1) && !mayShowAs(shownNumber, indexNumber - 100, s.decimals, 1)) continue;
    const oldV = oldP.value;
    const index = newV.div(oldV).mul(100);
    const change = index.minus(100);
    const params = {
      actual: fig(s.shown, s.decimals),
      new: fig(newV),
      old: fig(oldV),
      newColumn: table.columns[i].label,
      oldColumn: table.columns[j].label,
      base: baseColumn ?? "",
    };
    if (shownAs(s.shown, index, s.decimals)) {
      return { id: "percent-index", parts: [t("why.pattern.percent-index", { ...params, exact: fig(index, s.decimals + 2), change: fig(excelRound(change, s.decimals), s.decimals) })] };
    }
    if (table.columns[j].label !== baseColumn && shownAs(s.shown, change, s.decimals)) {
      const key = baseColumn ? "why.pattern.percent-other-column" : "why.pattern.percent-against-column";
      return { id: "percent-other-column", parts: [t(key, { ...params, exact: fig(change, s.decimals + 2) })] };
    }
  }
  return null;
}

/** The change against the finding's base: the column whose amount gives the finding's expected figure. */
function baseChange(f: Finding, newV: Decimal, amount: LabeledRow, table: TunnusluvutTable): { exact: Decimal; column: string } | null {
  const expected = new Decimal(f.expected as string);
  for (let j = 0; j < table.columns.length; j++) {
    const p = amount.cells[j]?.parsed;
    if (!p || p.kind !== "number" || figureSign(p) === 0 || figureEquals(p, newV)) continue;
    const decimals = Math.max(expected.decimalPlaces(), 1);
    if (!mayShowAs(expected.toNumber(), (newV.toNumber() / figureNumber(p) - 1) * 100, decimals, 0.5)) continue;
    const exact = newV.div(p.value).minus(1).mul(100);
    if (excelRound(exact, decimals).eq(expected)) return { exact, column: table.columns[j].label };
  }
  return null;
}
