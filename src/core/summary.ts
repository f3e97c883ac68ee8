import Decimal from "decimal.js";
import { BudgetModel, KayttotalousTable, LabeledRow, YearColumn, tablesOf } from "./model";
import { ColumnRef, findFirstColumn, matchColumn, withBudgetAlias } from "./compare/columns";
import { ChartSpec, SheetCell, SheetData } from "./sheetData";
import { a1, qualified } from "./address";
import { changeEuro, changePercent } from "./arithmetic/change";
import { SheetWords } from "./message";

/** What the add-in writes with its summary sheet, so building it again finds the same sheet. */
export const SUMMARY_MARKER = "maararahat-summary";

/** The two budget years the summary compares, e.g. TA+MUUTOS 2023 → TA 2024. */
export interface SummaryYears {
  base: ColumnRef;
  budget: ColumnRef;
}

const MONEY_FORMAT = "#,##0;-#,##0;0";
const PERCENT_FORMAT = "0.0;-0.0;0.0";
const ROWS = [
  { key: "menot", label: "MENOT", pick: (t: KayttotalousTable) => t.kulutTotal },
  { key: "tulot", label: "TULOT", pick: (t: KayttotalousTable) => t.tuototTotal },
  { key: "nettomeno", label: "NETTOMENO", pick: (t: KayttotalousTable) => t.toimintakate },
] as const;

/**
 * The years come from the workbook's määrärahat tables when it has them (they say which years
 * the council compares); otherwise the latest TA column against the previous year's budget.
 */
export function summaryYears(model: BudgetModel): SummaryYears | null {
  for (const sheet of model.sheets) {
    for (const m of tablesOf(sheet, "maararahat")) {
      if (m.columns.length >= 2) {
        return {
          base: { kind: m.columns[0].kind, year: m.columns[0].year },
          budget: { kind: m.columns[1].kind, year: m.columns[1].year },
        };
      }
    }
  }
  const columns = model.sheets.flatMap((s) => tablesOf(s, "kayttotalous").flatMap((t) => t.columns));
  const budget = columns.filter((c) => c.kind === "TA").sort((a, b) => b.year - a.year)[0];
  if (!budget) return null;
  const base = columns[findFirstColumn(withBudgetAlias({ kind: "TA+MUUTOS", year: budget.year - 1 }), columns)];
  if (!base) return null;
  return { base: { kind: base.kind, year: base.year }, budget: { kind: budget.kind, year: budget.year } };
}

/** Same kind and year; TA and TA+MUUTOS of one year stand in for each other when one is missing. */
function findColumn(columns: readonly YearColumn[], ref: ColumnRef): number {
  return matchColumn(ref, columns)?.index ?? -1;
}

interface Source {
  ref: string;
  value: Decimal | null;
}

function sourceOf(sheet: string, row: LabeledRow | undefined, index: number): Source | null {
  if (!row || index < 0) return null;
  const cell = row.cells[index];
  return { ref: qualified(sheet, cell.cell), value: cell.value };
}

/**
 * The määrärahat summary as a sheet: per vastuualue MENOT / TULOT / NETTOMENO of the two years
 * as live formulas on the käyttötalous totals, change € and %, and a total across areas.
 * `expected` holds what the engine computed, so a host or a test can compare the formulas.
 */
export function buildMaararahatSummary(model: BudgetModel, words: SheetWords): SheetData {
  const { t } = words;
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, cell: Omit<SheetCell, "address">) => cells.push({ address: a1(row, col), ...cell });
  put(0, 0, { value: t("summary.title"), bold: true });
  put(1, 0, { value: t("summary.subtitle") });

  const years = summaryYears(model);
  const areas = model.sheets.flatMap((s) => tablesOf(s, "kayttotalous").map((k) => ({ sheet: s.sheet, table: k })));
  if (!years || areas.length === 0) {
    put(3, 0, { value: t("summary.empty") });
    return { name: t("summary.sheetName"), marker: SUMMARY_MARKER, cells, columnWidths: { A: 36 } };
  }
  const header = 3;
  put(header, 0, { value: t("summary.area"), bold: true });
  put(header, 2, { value: `${years.base.kind} ${years.base.year}`, bold: true });
  put(header, 3, { value: `${years.budget.kind} ${years.budget.year}`, bold: true });
  put(header, 4, { value: t("summary.changeEur"), bold: true });
  put(header, 5, { value: t("summary.changePct"), bold: true });

  let row = header + 1;
  const first = row;
  const areaRows: { area: string; row: number }[] = [];
  const totals = new Map<string, { base: Decimal | null; budget: Decimal | null }>();
  for (const { sheet, table } of areas) {
    const baseIndex = findColumn(table.columns, years.base);
    const budgetIndex = findColumn(table.columns, years.budget);
    ROWS.forEach((spec, i) => {
      if (i === 0) {
        put(row, 0, { value: table.area, bold: true });
        areaRows.push({ area: table.area, row });
      }
      put(row, 1, { value: spec.label });
      const base = sourceOf(sheet, spec.pick(table), baseIndex);
      const budget = sourceOf(sheet, spec.pick(table), budgetIndex);
      writeFigures(put, row, base, budget, false, t("summary.noSource"));
      const sum = totals.get(spec.label) ?? { base: new Decimal(0), budget: new Decimal(0) };
      totals.set(spec.label, {
        base: sum.base && base?.value ? sum.base.plus(base.value) : null,
        budget: sum.budget && budget?.value ? sum.budget.plus(budget.value) : null,
      });
      row++;
    });
  }
  const last = row - 1;
  ROWS.forEach((spec, i) => {
    if (i === 0) put(row, 0, { value: t("summary.total"), bold: true });
    put(row, 1, { value: spec.label, bold: true });
    const sum = totals.get(spec.label);
    // SUMIF on the row labels keeps the total right when a user inserts areas into the list.
    const sumif = (col: number) => `=SUMIF($B$${first + 1}:$B$${last + 1},"${spec.label}",${a1(first, col)}:${a1(last, col)})`;
    writeFigures(
      put,
      row,
      { ref: "", value: sum?.base ?? null },
      { ref: "", value: sum?.budget ?? null },
      true,
      "",
      [sumif(2), sumif(3)],
    );
    row++;
  });
  const chart = chartBlock(put, cells, areaRows, years, header, row + 1, t("summary.area"), t("summary.title"));
  return {
    name: t("summary.sheetName"),
    marker: SUMMARY_MARKER,
    cells,
    columnWidths: { A: 34, B: 12, C: 14, D: 14, E: 14, F: 11, H: 28, I: 14, J: 14, K: 14, L: 14, M: 14, N: 14 },
    charts: chart ? [chart] : [],
  };
}

const CHART_COL = 7; // H: the chart's data block sits to the right of the summary table

/**
 * The chart's source: one row per vastuualue, MENOT / TULOT / NETTOMENO of both years side by
 * side as formulas on the table to the left (a chart reads series from columns, the table has
 * the figures in rows). The chart sits under the block.
 */
function chartBlock(
  put: (row: number, col: number, cell: Omit<SheetCell, "address">) => void,
  cells: readonly SheetCell[],
  areaRows: readonly { area: string; row: number }[],
  years: SummaryYears,
  header: number,
  below: number,
  areaLabel: string,
  title: string,
): ChartSpec | null {
  if (areaRows.length === 0) return null;
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  const yearLabels = [`${years.base.kind} ${years.base.year}`, `${years.budget.kind} ${years.budget.year}`];
  put(header, CHART_COL, { value: areaLabel, bold: true });
  ROWS.forEach((spec, i) =>
    yearLabels.forEach((label, y) => put(header, CHART_COL + 1 + i * 2 + y, { value: `${spec.label} ${label}`, bold: true })),
  );
  areaRows.forEach(({ area, row: first }, n) => {
    const row = header + 1 + n;
    put(row, CHART_COL, { value: area });
    ROWS.forEach((_, i) =>
      [2, 3].forEach((col, y) => {
        const source = byAddress.get(a1(first + i, col));
        const target = CHART_COL + 1 + i * 2 + y;
        // A figure missing from the table stays empty here: the chart shows a gap, not a zero.
        if (source?.formula) put(row, target, { formula: `=${a1(first + i, col)}`, numberFormat: MONEY_FORMAT, ...(source.expected !== undefined ? { expected: source.expected } : {}) });
      }),
    );
  });
  const lastRow = header + areaRows.length;
  const lastCol = CHART_COL + ROWS.length * 2;
  const top = Math.max(below, lastRow + 2);
  return {
    title,
    source: `${a1(header, CHART_COL)}:${a1(lastRow, lastCol)}`,
    placement: `${a1(top, CHART_COL)}:${a1(top + 18, lastCol)}`,
  };
}

function writeFigures(
  put: (row: number, col: number, cell: Omit<SheetCell, "address">) => void,
  row: number,
  base: Source | null,
  budget: Source | null,
  bold: boolean,
  missing: string,
  formulas?: [string, string],
): void {
  const c = a1(row, 2);
  const d = a1(row, 3);
  const figure = (col: number, source: Source | null, formula: string | undefined) => {
    if (!source) {
      put(row, col, { value: missing });
      return;
    }
    put(row, col, {
      formula: formula ?? `=${source.ref}`,
      numberFormat: MONEY_FORMAT,
      bold,
      ...(source.value ? { expected: source.value.toFixed() } : {}),
    });
  };
  figure(2, base, formulas?.[0]);
  figure(3, budget, formulas?.[1]);
  // Without both source cells a change formula would only show #VALUE!; leave the cells empty.
  if (!base || !budget) return;
  const both = base.value && budget.value ? { base: base.value, budget: budget.value } : null;
  put(row, 4, {
    formula: `=${d}-${c}`,
    numberFormat: MONEY_FORMAT,
    bold,
    ...(both ? { expected: changeEuro(both.budget, both.base).toFixed() } : {}),
  });
  const pct = both ? changePercent(both.budget, both.base) : null;
  put(row, 5, {
    formula: `=IF(${c}=0,"",(${d}/${c}-1)*100)`,
    numberFormat: PERCENT_FORMAT,
    bold,
    expected: pct ? pct.toDecimalPlaces(10).toFixed() : "",
  });
}
