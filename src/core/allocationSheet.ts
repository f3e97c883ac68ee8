import Decimal from "decimal.js";
import { a1, columnLetters, qualified } from "./address";
import { AllocationRow, AllocationYear, ManagementAllocation, totalMessageId, totalMessageParams } from "./managementAllocation";
import { Lang } from "./options";
import { SheetCell, SheetData } from "./sheetData";
import { formatFigure } from "./format";
import { SheetWords } from "./message";

type Translate = SheetWords["t"];

/**
 * The allocation view as a new sheet with live formulas: each allocated amount refers to its
 * source cell, the implied total and the expected amounts are computed by the add-in's own
 * functions (BUDJETTI.IMPLIEDTOTAL, BUDJETTI.ALLOCATE spilled down the keys, BUDJETTI.SUMDIFF), so
 * the sheet follows the workbook when figures change. Keys are written as constants: in the
 * workbook they sit inside heading text, which a formula cannot read as a number.
 */

const MONEY_FORMAT = "#,##0;-#,##0;0";
const KEY_FORMAT = "0.0";

// Columns of a year block.
const COL = { area: 0, unit: 1, column: 2, key: 3, amount: 4, implied: 5, expected: 6, difference: 7, source: 8 } as const;

/** `$E$5`: the total and the key range stay put when a user copies a row. */
function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

function figure(value: Decimal | null): string | undefined {
  return value ? value.toFixed() : undefined;
}

/** The sheet in the words the edge hands in (i18n/sheetWords.ts: `allocationWords(lang)`). */
export function buildAllocationSheet(view: ManagementAllocation, words: SheetWords): SheetData {
  const { t, lang } = words;
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, cell: Omit<SheetCell, "address">) => cells.push({ address: a1(row, col), ...cell });
  put(0, 0, { value: t("alloc.title"), bold: true });
  put(1, 0, { value: t("alloc.subtitle") });
  if (view.years.length === 0) {
    put(3, 0, { value: t("alloc.empty") });
  }
  let row = 3;
  for (const year of view.years) row = writeYear(put, t, lang, year, row) + 2;
  return {
    name: t("alloc.sheetName"),
    cells,
    columnWidths: { A: 30, B: 34, C: 16, D: 9, E: 14, F: 16, G: 14, H: 11, I: 44 },
  };
}

const TOTAL_LABEL: Record<NonNullable<AllocationYear["totalSource"]>, string> = {
  agreed: "alloc.agreedTotal",
  agreeing: "alloc.agreeingTotal",
  sum: "alloc.sumTotal",
};

type Put = (row: number, col: number, cell: Omit<SheetCell, "address">) => void;

/** Writes one year's block from `top`; returns the last row used. */
function writeYear(put: Put, t: Translate, lang: Lang, year: AllocationYear, top: number): number {
  const fmt = (d: Decimal, decimals = 0) => formatFigure(lang, d, decimals);
  put(top, 0, { value: t("alloc.year", { year: year.year }), bold: true });

  const totalRow = top + 1;
  const header = top + 2;
  const first = header + 1;
  const last = first + year.rows.length - 1;
  const totalRef = absolute(totalRow, COL.amount);
  const range = (col: number) => `${a1(first, col)}:${a1(last, col)}`;
  const absRange = (col: number) => `${absolute(first, col)}:${absolute(last, col)}`;

  put(totalRow, 0, { value: t(year.totalSource ? TOTAL_LABEL[year.totalSource] : "alloc.total"), bold: true });
  if (year.total) {
    put(
      totalRow,
      COL.amount,
      year.totalSource === "sum"
        ? { formula: `=SUM(${range(COL.amount)})`, numberFormat: MONEY_FORMAT, bold: true, expected: year.total.toFixed() }
        : // An agreed total, or the one the agreeing areas imply: a constant the user can overwrite.
          { value: year.total.toNumber(), numberFormat: MONEY_FORMAT, bold: true },
    );
  } else {
    // An area's amount is missing and no total was agreed: a SUM would pass a part for the whole.
    put(totalRow, COL.amount, { value: "–", bold: true });
  }

  const headings: [number, string][] = [
    [COL.area, "alloc.area"],
    [COL.unit, "alloc.unit"],
    [COL.column, "alloc.column"],
    [COL.key, "alloc.key"],
    [COL.amount, "alloc.amount"],
    [COL.implied, "alloc.implied"],
    [COL.expected, "alloc.expected"],
    [COL.difference, "alloc.difference"],
    [COL.source, "alloc.source"],
  ];
  for (const [col, key] of headings) put(header, col, { value: t(key), bold: true });

  year.rows.forEach((r, i) => writeRow(put, t, year, r, first + i, { totalRef, keys: absRange(COL.key), first, last }));
  const gapRow = last + 2;
  const sum = fmt(year.keySum, 1);
  const totalNote = t(totalMessageId(year), totalMessageParams(year, year.total ? fmt(year.total, year.decimals) : ""));

  const sumRow = last + 1;
  put(sumRow, 0, { value: t("alloc.total"), bold: true });
  put(sumRow, COL.key, { formula: `=SUM(${range(COL.key)})`, numberFormat: KEY_FORMAT, bold: true, expected: year.keySum.toFixed() });
  put(sumRow, COL.amount, { formula: `=SUM(${range(COL.amount)})`, numberFormat: MONEY_FORMAT, bold: true, expected: year.amountSum.toFixed() });
  if (year.expectedSum && year.differenceSum && year.unallocated) {
    put(sumRow, COL.expected, { formula: `=SUM(${range(COL.expected)})`, numberFormat: MONEY_FORMAT, bold: true, expected: year.expectedSum.toFixed() });
    put(sumRow, COL.difference, { formula: `=SUM(${range(COL.difference)})`, numberFormat: MONEY_FORMAT, bold: true, expected: year.differenceSum.toFixed() });
    put(gapRow, 0, { value: t("alloc.unallocated") });
    put(gapRow, COL.amount, {
      formula: `=BUDJETTI.SUMDIFF(${totalRef},${range(COL.amount)})`,
      numberFormat: MONEY_FORMAT,
      expected: year.unallocated.toFixed(),
    });
  }

  put(gapRow + 1, 0, { value: t(year.keysComplete ? "alloc.keysOk" : "alloc.keysBad", { sum }) });
  put(gapRow + 2, 0, { value: totalNote });
  return gapRow + 2;
}

function writeRow(
  put: Put,
  t: Translate,
  year: AllocationYear,
  r: AllocationRow,
  row: number,
  refs: { totalRef: string; keys: string; first: number; last: number },
): void {
  const here = (col: number) => a1(row, col);
  put(row, COL.area, { value: r.area });
  put(row, COL.unit, { value: r.unit });
  put(row, COL.column, { value: r.column ?? "" });
  put(row, COL.key, { value: r.keyPercent.toNumber(), numberFormat: KEY_FORMAT });
  if (r.amountCell) {
    put(row, COL.amount, { formula: `=${qualified(r.sheet, r.amountCell)}`, numberFormat: MONEY_FORMAT, expected: figure(r.amount) ?? "" });
    put(row, COL.implied, {
      formula: `=BUDJETTI.IMPLIEDTOTAL(${here(COL.amount)},${here(COL.key)})`,
      numberFormat: MONEY_FORMAT,
      expected: figure(r.impliedTotal) ?? "#VALUE!",
    });
  } else {
    put(row, COL.amount, { value: t("alloc.noAmount") });
  }
  if (!year.total) {
    // No total to split (see the note under the block): no expected amounts to compare with.
  } else if (year.keysComplete) {
    // One spilled ALLOCATE for the whole key column, written in its first row.
    if (row === refs.first) {
      put(row, COL.expected, {
        formula: `=BUDJETTI.ALLOCATE(${refs.totalRef},${refs.keys},${year.decimals})`,
        numberFormat: MONEY_FORMAT,
        expected: figure(r.expected),
        spill: {
          range: `${a1(refs.first, COL.expected)}:${a1(refs.last, COL.expected)}`,
          expected: year.rows.map((x) => figure(x.expected) ?? ""),
        },
      });
    }
  } else {
    // ALLOCATE would only say #VALUE! (keys ≠ 100 %); each key's own share shows which one is off.
    put(row, COL.expected, {
      formula: `=BUDJETTI.SHARE(${refs.totalRef},${here(COL.key)},${year.decimals})`,
      numberFormat: MONEY_FORMAT,
      expected: figure(r.expected),
    });
  }
  if (r.amountCell && year.total) {
    put(row, COL.difference, {
      formula: `=${here(COL.amount)}-${here(COL.expected)}`,
      numberFormat: MONEY_FORMAT,
      expected: figure(r.difference) ?? "#VALUE!",
    });
  }
  const key = qualified(r.sheet, r.keyCell);
  put(row, COL.source, {
    value: r.amountCell ? t("alloc.sourceRef", { amount: qualified(r.sheet, r.amountCell), key }) : t("alloc.sourceKeyOnly", { key }),
  });
}
