import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, ValueCell } from "../model";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, column } from "./support/tables";
import { AS_READ } from "../format";
import { figure } from "../message";
import { holdsNumber, sumCells } from "./support/cells";
import { euroFinding, judgeCells, sumFinding } from "./support/euro";
import { Place } from "./support/finding";

/**
 * Käyttötalous sums: the line items add up to TOIMINTATUOTOT and TOIMINTAKULUT, and
 * TOIMINTAKATE/JÄÄMÄ = TOIMINTATUOTOT (+ valmistus omaan käyttöön) + TOIMINTAKULUT where costs are
 * negative (a plain sum), or TOIMINTATUOTOT − TOIMINTAKULUT where the table prints them positive.
 */
export const sumsRule: Rule = {
  ids: ["sum", "toimintakate"],
  run(ctx) {
    const out: Finding[] = [];
    const tables = allTables(ctx.model, "kayttotalous");
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      for (let i = 0; i < table.columns.length; i++) {
        checkLines(ctx, table, table.tuotot, table.tuototTotal, i, "sum.tuotot", out);
        checkLines(ctx, table, table.kulut, table.kulutTotal, i, "sum.kulut", out);
        checkToimintakate(ctx, table, i, out);
      }
    }
    return out;
  },
};

/** Where a finding of the table's column `i` points, made for a finding only. */
function placeOf(table: KayttotalousTable, row: string, i: number): Omit<Place, "cell"> {
  return { sheet: table.sheet, area: table.area, table: table.kind, row, column: table.columns[i].label };
}

function checkLines(
  ctx: RuleContext,
  table: KayttotalousTable,
  lines: readonly LabeledRow[],
  total: LabeledRow | undefined,
  i: number,
  messageKey: string,
  out: Finding[],
): void {
  const checked = total?.cells[i];
  if (!total || lines.length === 0 || !holdsNumber(checked)) return;
  const cells = column(lines, i);
  const label = table.columns[i].label;
  const verdict = judgeCells(ctx, "sum", label, table.sheet, checked, cells);
  if (!verdict) return;
  const related = cellRanges(cells);
  const params = { row: total.label, column: label, lines: String(lines.length), ranges: related.join(", "), table: table.range };
  out.push(sumFinding(ctx, { rule: "sum", place: placeOf(table, total.label, i), checked, verdict, messageKey, params }, cells, related));
}

/** Tuotot and kulut from their total rows, or from their lines when a total row is missing. */
function sectionCells(total: LabeledRow | undefined, lines: readonly LabeledRow[], i: number): (ValueCell | undefined)[] {
  if (total) return [total.cells[i]];
  return column(lines, i);
}

/** `sectionCells` of tuotot, the valmistus cell when the table has the row, then `sectionCells` of kulut. */
function kateCells(table: KayttotalousTable, i: number): (ValueCell | undefined)[] {
  const { tuototTotal, kulutTotal, valmistus } = table;
  if (tuototTotal && kulutTotal) return valmistus ? [tuototTotal.cells[i], valmistus.cells[i], kulutTotal.cells[i]] : [tuototTotal.cells[i], kulutTotal.cells[i]];
  const cells = sectionCells(tuototTotal, table.tuotot, i);
  if (valmistus) cells.push(valmistus.cells[i]);
  const kulut = sectionCells(kulutTotal, table.kulut, i);
  for (let k = 0; k < kulut.length; k++) cells.push(kulut[k]);
  return cells;
}

function checkToimintakate(ctx: RuleContext, table: KayttotalousTable, i: number, out: Finding[]): void {
  const kate = table.toimintakate;
  const checked = kate?.cells[i];
  // The cells are gathered for a figure to check only.
  if (!kate || !holdsNumber(checked)) return;
  if (table.convention === "costs-positive") {
    const tuotot = sectionCells(table.tuototTotal, table.tuotot, i);
    if (table.valmistus) tuotot.push(table.valmistus.cells[i]);
    return checkKatePositive(ctx, table, i, tuotot, sectionCells(table.kulutTotal, table.kulut, i), out);
  }
  // The equation's cells made in one list (every column of every käyttötalous has one): tuotot,
  // valmistus, kulut; the sections' own lists are made for a finding only.
  const cells = kateCells(table, i);
  const label = table.columns[i].label;
  const verdict = judgeCells(ctx, "toimintakate", label, table.sheet, checked, cells);
  if (!verdict) return;
  const tuotot = sectionCells(table.tuototTotal, table.tuotot, i);
  const kulut = sectionCells(table.kulutTotal, table.kulut, i);
  const related = cellRanges(cells);
  const params = {
    row: kate.label,
    column: label,
    ranges: related.join(", "),
    tuotot: figure(sumCells(tuotot)?.total ?? new Decimal(0), AS_READ),
    kulut: figure(sumCells(kulut)?.total ?? new Decimal(0), AS_READ),
  };
  out.push(sumFinding(ctx, { rule: "toimintakate", place: placeOf(table, kate.label, i), checked, verdict, messageKey: "toimintakate", params }, cells, related));
}

/**
 * Where a table prints costs as positive figures, TOIMINTAKATE = tuotot (+ valmistus omaan
 * käyttöön) − kulut: the same identity in the table's own convention.
 */
function checkKatePositive(
  ctx: RuleContext,
  table: KayttotalousTable,
  i: number,
  plus: readonly (ValueCell | undefined)[],
  minus: readonly (ValueCell | undefined)[],
  out: Finding[],
): void {
  const kate = table.toimintakate!;
  const checked = kate.cells[i];
  const parts = [...plus, ...minus];
  const signs = [...plus.map(() => 1), ...minus.map(() => -1)];
  const label = table.columns[i].label;
  const verdict = judgeCells(ctx, "toimintakate", label, table.sheet, checked, parts, signs);
  if (!verdict) return;
  const tuotot = sumCells(plus)?.total ?? new Decimal(0);
  const kulut = sumCells(minus)?.total ?? new Decimal(0);
  const related = cellRanges(parts);
  const params = { row: kate.label, column: label, ranges: related.join(", "), tuotot: figure(tuotot, AS_READ), kulut: figure(kulut, AS_READ) };
  const failure = { rule: "toimintakate", place: placeOf(table, kate.label, i), checked, verdict, messageKey: "toimintakate.costs-positive", params };
  out.push(euroFinding(ctx, failure, tuotot.minus(kulut), related));
}
