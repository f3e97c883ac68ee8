import Decimal from "decimal.js";
import { BudgetModel, LabeledRow, UnitBlock, ValueCell } from "./model";
import { CheckOptions } from "./options";
import { allocate, impliedTotal, shareOf, sumOf } from "./arithmetic/allocation";
import { excelRound } from "./arithmetic/rounding";
import { decimalsOfNumber } from "./numbers";
import { managementSharesByYear, shareCell } from "./managementShares";

/**
 * The auditor's view of shared management costs (johtamisen kustannukset): per year, each
 * vastuualue's key (written in its management unit's heading, `65,7 % v. 2024`), the amount
 * allocated to it, the total that amount implies, the amount expected at the agreed total and
 * the difference.
 *
 * The allocated amount is the management unit's MENOT (the cost being shared; a unit's own
 * revenues are not allocated by key), or its NETTOMENO when the unit has no MENOT row, in the
 * budget column `managementSharesByYear` picks for the key's year (the one the rules check too).
 */

export type AllocationSource = "menot" | "nettomeno";

export interface AllocationRow {
  sheet: string;
  /** Vastuualue (responsibility area). */
  area: string;
  /** The management unit's heading as written. */
  unit: string;
  keyPercent: Decimal;
  /** The words the key was read from, e.g. `65,7 % v. 2024`. */
  keyText: string;
  /** The heading cell holding the key (A1 on `sheet`). */
  keyCell: string;
  /** `TA 2024`, or null when the table has no budget column for the year. */
  column: string | null;
  source: AllocationSource | null;
  /** The allocated amount as written (costs negative), null when the cell holds no figure. */
  amount: Decimal | null;
  /** The cell the amount is read from, also when it holds a marker instead of a figure. */
  amountCell: string | null;
  impliedTotal: Decimal | null;
  expected: Decimal | null;
  /** amount − expected. */
  difference: Decimal | null;
}

export interface AllocationYear {
  year: number;
  rows: AllocationRow[];
  keySum: Decimal;
  /** The keys add up to exactly 100 %; only then are the expected amounts a largest-remainder split. */
  keysComplete: boolean;
  /** The total being allocated, in the sheets' sign (costs negative). */
  total: Decimal;
  totalSource: "agreed" | "sum";
  /** Sum of the amounts that are figures. */
  amountSum: Decimal;
  /** total − amountSum: what the areas' amounts leave unallocated (negative: over-allocated). */
  unallocated: Decimal;
  /** Decimals the expected amounts are rounded to (those of the figures, whole euros usually). */
  decimals: number;
}

export interface AllocationView {
  years: AllocationYear[];
}

function sourceRow(unit: UnitBlock): { row: LabeledRow; source: AllocationSource } | null {
  if (unit.menot) return { row: unit.menot, source: "menot" };
  if (unit.nettomeno) return { row: unit.nettomeno, source: "nettomeno" };
  return null;
}

function decimalsOf(cell: ValueCell | undefined): number {
  return cell && cell.parsed.kind === "number" ? cell.parsed.decimals : 0;
}

interface Draft {
  row: AllocationRow;
  decimals: number;
}

function collect(model: BudgetModel): Map<number, Draft[]> {
  const byYear = new Map<number, Draft[]>();
  for (const [year, shares] of managementSharesByYear(model)) {
    byYear.set(
      year,
      shares.map((share) => {
        const { table, unit, key, columnIndex } = share;
        const src = sourceRow(unit);
        const cell = src ? shareCell(share, src.source) : undefined;
        const row: AllocationRow = {
          sheet: table.sheet,
          area: table.area,
          unit: unit.name,
          keyPercent: key.percent,
          keyText: key.text,
          keyCell: key.cell,
          column: columnIndex >= 0 ? table.columns[columnIndex].label : null,
          source: cell && src ? src.source : null,
          amount: cell?.value ?? null,
          amountCell: cell?.cell ?? null,
          impliedTotal: null,
          expected: null,
          difference: null,
        };
        return { row, decimals: decimalsOf(cell) };
      }),
    );
  }
  return byYear;
}

/**
 * The agreed total is a magnitude the user knows (143 000 €); in the sheets the shared cost is
 * negative, so it takes the sign of the areas' amounts (negative unless they are revenues).
 */
function signedTotal(agreed: number, amountSum: Decimal): Decimal {
  const magnitude = new Decimal(agreed).abs();
  return amountSum.isPositive() && !amountSum.isZero() ? magnitude : magnitude.neg();
}

export function buildAllocationView(model: BudgetModel, options: Pick<CheckOptions, "managementTotals">): AllocationView {
  const years: AllocationYear[] = [];
  const byYear = collect(model);
  for (const [year, drafts] of byYear) {
    const rows = drafts.map((d) => d.row);
    const keySum = sumOf(rows.map((r) => r.keyPercent));
    const amountSum = sumOf(rows.flatMap((r) => (r.amount ? [r.amount] : [])));
    const agreed = options.managementTotals[year];
    const hasAgreed = agreed !== undefined && Number.isFinite(agreed);
    const total = hasAgreed ? signedTotal(agreed, amountSum) : amountSum;
    const decimals = Math.max(0, ...drafts.map((d) => d.decimals), hasAgreed ? decimalsOfNumber(agreed) : 0);
    const keysComplete = keySum.eq(100);
    // With keys that do not add up to 100 % no split can match the total; each area's share is
    // still what its own key gives, so the auditor sees which key is off.
    const expected = keysComplete
      ? allocate(total, rows.map((r) => r.keyPercent), decimals)
      : rows.map((r) => excelRound(shareOf(total, r.keyPercent), decimals));
    rows.forEach((r, i) => {
      r.expected = expected[i];
      if (r.amount) {
        r.impliedTotal = impliedTotal(r.amount, r.keyPercent);
        r.difference = r.amount.minus(expected[i]);
      }
    });
    years.push({
      year,
      rows,
      keySum,
      keysComplete,
      total,
      totalSource: hasAgreed ? "agreed" : "sum",
      amountSum,
      unallocated: total.minus(amountSum),
      decimals,
    });
  }
  return { years };
}
