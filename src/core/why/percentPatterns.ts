import Decimal from "decimal.js";
import { BudgetModel, LabeledRow, TunnusluvutTable, ValueCell } from "../model";
import { Finding } from "../findings";
import { AS_READ } from "../format";
import { Say as Translate, figure } from "../message";
import { formatShape } from "../compare/numberFormat";
import { excelRound } from "../arithmetic/rounding";
import { ParsedNumber, decimalOfUnits, figureSign } from "../numbers";
import { figureEquals, figureNumber } from "../relations/exactValues";
import { FindingPositions } from "./findingPositions";

// Findings about a shown Muutos % whose figure may be explained by how it was computed.
const PERCENT_RULES = new Set(["change-percent", "change-base-missing"]);

/**
 * A Muutos % computed the wrong way shows its own fingerprint: an index (new / old × 100, 575,1
 * for 110 600 / 19 229), the exact change cut off instead of rounded (10,6 for 10,698), or the
 * change against another column than the base. Each is checked against the figures of the row
 * and written onto the finding as `pattern`, at the decimals the cell shows.
 */
export function explainPercentages(model: BudgetModel, findings: Finding[], t: Translate, positions?: () => FindingPositions): void {
  // The findings wanted, as they were before any pattern below is written; each change cell finds
  // the first at it through the positions (a large workbook has thousands of both).
  const wanted = new Uint8Array(findings.length);
  let any = false;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!PERCENT_RULES.has(f.rule) || f.pattern) continue;
    wanted[i] = 1;
    any = true;
  }
  if (!any) return;
  const at = positions ? positions() : new FindingPositions(findings);
  for (const sheet of model.sheets) {
    for (const table of sheet.tables) {
      if (table.kind !== "tunnusluvut" || !at.onSheet(table.sheet)) continue;
      for (const item of table.items) {
        if (!item.change) continue;
        const cells = item.change.cells;
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i];
          if (!cell) continue;
          let k = at.first(table.sheet, cell.cell);
          while (k >= 0 && !wanted[k]) k = at.next(k);
          if (k < 0) continue;
          const f = findings[k];
          const p = percentSlip(table, item.amount, cell, i, f, t);
          if (p) f.pattern = p;
        }
      }
    }
  }
}

/**
 * A shown percentage as read: what its figure shows (× 100 under a percent format), at how many
 * decimals, and that figure as a double. The Decimal is made only for a fingerprint worth checking.
 */
class Shown {
  readonly decimals: number;
  readonly number: number;
  private exact: Decimal | undefined;

  constructor(
    readonly figure: ParsedNumber,
    private readonly percent: boolean,
    decimals: number,
  ) {
    this.decimals = decimals;
    this.number = percent ? figureNumber(figure) * 100 : figureNumber(figure);
  }

  get value(): Decimal {
    return (this.exact ??= this.percent ? passingValue(this.figure).mul(100) : passingValue(this.figure));
  }
}

function shownOf(cell: ValueCell): Shown | null {
  const p = cell.parsed;
  if (p.kind !== "number") return null;
  const shape = formatShape(cell.numberFormat);
  return new Shown(p, shape?.percent === true, shape ? shape.decimals : p.decimals);
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

// Every column's figure is first told in doubles (from its exact units): most give no fingerprint,
// and for those no Decimal is made, divided or written out.
function percentSlip(table: TunnusluvutTable, amount: LabeledRow, cell: ValueCell, i: number, f: Finding, t: Translate): Finding["pattern"] | null {
  const s = shownOf(cell);
  const newP = amount.cells[i]?.parsed;
  // A 0 % or a 0 amount is an index and a change of many things at once: no fingerprint.
  if (!s || !newP || newP.kind !== "number" || figureSign(s.figure) === 0 || figureSign(newP) === 0) return null;
  const newNumber = figureNumber(newP);
  const exactChange = f.rule === "change-percent" && f.expected !== undefined ? baseChange(f.expected, newP, newNumber, amount, table) : null;
  // Truncated: the base's own change, cut off instead of rounded.
  if (exactChange && cutOff(s, exactChange)) {
    const exact = exactChange.exact();
    return {
      id: "percent-truncated",
      parts: [t("why.pattern.percent-truncated", { actual: figure(s.value, s.decimals), exact: figure(exact, s.decimals + 3), expected: figure(excelRound(exact, s.decimals), s.decimals) })],
    };
  }
  const baseColumn = exactChange?.column;
  for (let j = 0; j < table.columns.length; j++) {
    const oldP = amount.cells[j]?.parsed;
    if (j === i || !oldP || oldP.kind !== "number" || figureSign(oldP) === 0) continue;
    const indexNumber = (newNumber / figureNumber(oldP)) * 100;
    if (!mayShowAs(s.number, indexNumber, s.decimals, 1) && !mayShowAs(s.number, indexNumber - 100, s.decimals, 1)) continue;
    const newV = passingValue(newP);
    const oldV = passingValue(oldP);
    const index = newV.div(oldV).mul(100);
    const change = index.minus(100);
    // Written out only for the fingerprint found.
    const params = () => ({
      actual: figure(s.value, s.decimals),
      new: figure(newV, AS_READ),
      old: figure(oldV, AS_READ),
      newColumn: table.columns[i].label,
      oldColumn: table.columns[j].label,
      base: baseColumn ?? "",
    });
    if (shownAs(s.value, index, s.decimals)) {
      return { id: "percent-index", parts: [t("why.pattern.percent-index", { ...params(), exact: figure(index, s.decimals + 2), change: figure(excelRound(change, s.decimals), s.decimals) })] };
    }
    if (table.columns[j].label !== baseColumn && shownAs(s.value, change, s.decimals)) {
      const key = baseColumn ? "why.pattern.percent-other-column" : "why.pattern.percent-against-column";
      return { id: "percent-other-column", parts: [t(key, { ...params(), exact: figure(change, s.decimals + 2) })] };
    }
  }
  return null;
}

/**
 * A figure's Decimal made for one fingerprint's arithmetic, not kept with its cell: a cell keeps
 * the Decimal its `value` makes for as long as the model lives, which every later scavenge copies.
 */
function passingValue(p: ParsedNumber): Decimal {
  return p.units === undefined ? p.value : decimalOfUnits(p.units, p.decimals);
}

/** The change against the finding's base, as a double and, when asked, exactly. */
class BaseChange {
  private made: Decimal | undefined;

  constructor(
    readonly column: string,
    /** The change as a double: within a double's error of the exact one. */
    readonly change: number,
    private readonly newV: Decimal,
    private readonly oldV: Decimal,
  ) {}

  exact(): Decimal {
    return (this.made ??= this.newV.div(this.oldV).minus(1).mul(100));
  }
}

/**
 * The change against the finding's base: the column whose amount gives the finding's expected
 * figure. A change surely within the rounding of the expected figure (further inside than a
 * double's error) is taken without working it out exactly; one near the edge is judged exactly.
 */
function baseChange(expectedText: string, newP: ParsedNumber, newNumber: number, amount: LabeledRow, table: TunnusluvutTable): BaseChange | null {
  const read = plainDecimals(expectedText);
  // Its Decimal only where the text is not plainly written, or a change is judged exactly.
  let expected = read < 0 ? new Decimal(expectedText) : undefined;
  const expectedNumber = expected ? expected.toNumber() : Number(expectedText);
  const decimals = Math.max(expected ? expected.decimalPlaces() : read, 1);
  for (let j = 0; j < table.columns.length; j++) {
    const p = amount.cells[j]?.parsed;
    if (!p || p.kind !== "number" || figureSign(p) === 0) continue;
    const change = (newNumber / figureNumber(p) - 1) * 100;
    if (!mayShowAs(expectedNumber, change, decimals, 0.5)) continue;
    const newV = passingValue(newP);
    // The amount's own column (or one equal to it) is no base.
    if (figureEquals(p, newV)) continue;
    const base = new BaseChange(table.columns[j].label, change, newV, passingValue(p));
    if (surelyRoundsTo(expectedNumber, change, decimals) || excelRound(base.exact(), decimals).eq((expected ??= new Decimal(expectedText)))) return base;
  }
  return null;
}

/**
 * The decimals of a figure written plainly (`-12.340`: an optional minus, digits, and a point
 * with digits), as its Decimal counts them (trailing zeros not counting); −1 for any other text.
 * The expected figure of every Muutos % finding is such a text, read here without a Decimal.
 */
function plainDecimals(text: string): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === start) return -1;
  if (i === n) return 0;
  if (text.charCodeAt(i) !== 46 || i + 1 === n) return -1;
  const point = i++;
  let last = point;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    if (c !== 48) last = i;
  }
  return last - point;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether `x` rounded at `d` decimals is surely `shown`: closer to it than half a unit of the
 * last decimal by more than mayShowAs's allowance for a double's error, so the exact figure,
 * within that error of `x`, rounds to it too.
 */
function surelyRoundsTo(shown: number, x: number, d: number): boolean {
  if (!Number.isFinite(shown) || !Number.isFinite(x) || d < 0) return false;
  return Math.abs(x - shown) < 0.5 * Math.pow(10, -d) - 1e-9 * (Math.abs(x) + Math.abs(shown) + 100);
}

/**
 * Whether the shown figure is the base's change cut off instead of rounded (shownAs), worked out
 * exactly only when doubles cannot tell: a change that surely rounds to the shown figure, or is
 * surely a whole unit or more from it, is not one cut off.
 */
function cutOff(s: Shown, base: BaseChange): boolean {
  if (surelyRoundsTo(s.number, base.change, s.decimals) || !mayShowAs(s.number, base.change, s.decimals, 1)) return false;
  return shownAs(s.value, base.exact(), s.decimals) === "truncated";
}
