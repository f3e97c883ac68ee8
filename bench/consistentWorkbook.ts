/**
 * The bench book repaired toward consistency, for the cost of a check that has little to report:
 * the generated book (./workbook.ts) with every figure the check disputes set to the value it
 * expects (a probable cause's suggested repair first, since one repair settles the findings folded
 * under it; else the finding's own expected value), checked again, for a few rounds. It does not
 * reach zero findings: the source document's figures are rounded differently in two tables (unit
 * blocks against käyttötalous), so a repair of one table undoes the other, and the notes on what
 * cannot be compared (a change with no base year, a per-resident figure without a population)
 * depend on the book's shape, not its figures. The bench prints what remains.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../src/core/findings";
import type { CheckOptions } from "../src/core/options";
import type { Grid } from "../src/core/grid";
import { benchWorkbook } from "./workbook";

interface Checker {
  checkWorkbook: (grids: Grid[], options?: Partial<CheckOptions>) => { findings: Finding[] };
  gridsFromWorkbook: (wb: ExcelJS.Workbook) => Grid[];
}

// Repairs settle within a few rounds; after that, figures rounded differently in two tables only
// trade their findings back and forth.
const MAX_ROUNDS = 6;

/** Repairs to make: `Sheet!A1` → value, one per cell. */
function repairs(findings: readonly Finding[]): Map<string, { sheet: string; cell: string; value: string }> {
  const out = new Map<string, { sheet: string; cell: string; value: string }>();
  for (const f of findings) {
    if (f.cause) out.set(`${f.cause.sheet}!${f.cause.cell}`, { sheet: f.cause.sheet, cell: f.cause.cell, value: f.cause.suggested });
  }
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    if (f.cause || f.consequenceOf || f.expected === undefined || out.has(key)) continue;
    out.set(key, { sheet: f.sheet, cell: f.cell, value: f.expected });
  }
  return out;
}

/** The consistent book and the findings its check still gives. */
export function consistentWorkbook(sheets: number, engine: Checker, options: Partial<CheckOptions>): { workbook: ExcelJS.Workbook; findings: Finding[]; rounds: number } {
  const wb = benchWorkbook(sheets);
  let findings = engine.checkWorkbook(engine.gridsFromWorkbook(wb), options).findings;
  let rounds = 0;
  const tried = new Set<string>();
  while (rounds < MAX_ROUNDS) {
    // A repair that came back with the same value did not hold: not tried again, so the rounds end.
    const todo = [...repairs(findings)].filter(([key, r]) => !tried.has(`${key}=${r.value}`));
    if (todo.length === 0) break;
    for (const [key, r] of todo) {
      tried.add(`${key}=${r.value}`);
      const cell = wb.getWorksheet(r.sheet)?.getCell(r.cell);
      if (cell) cell.value = Number(r.value);
    }
    rounds++;
    findings = engine.checkWorkbook(engine.gridsFromWorkbook(wb), options).findings;
  }
  return { workbook: wb, findings, rounds };
}
