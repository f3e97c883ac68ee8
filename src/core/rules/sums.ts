import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, ValueCell } from "../model";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, column, rangesText } from "./support/tables";
import { AS_READ } from "../format";
import { figure } from "../message";
import { holdsNumber, sumCells } from "./support/cells";
import { checkCombination, checkSum } from "./support/euro";

/**
 * Käyttötalous sums: the line items add up to TOIMINTATUOTOT and TOIMINTAKULUT, and
 * TOIMINTAKATE/JÄÄMÄ = TOIMINTATUOTOT (+ valmistus omaan käyttöön) + TOIMINTAKULUT where costs are
 * negative (a plain sum), or TOIMINTATUOTOT − TOIMINTAKULUT where the table prints them positive.
 */
export const sumsRule: Rule = {
  ids: ["sum", "toimintakate"],
  run(ctx) {
    const out: Finding[] = [];
    for (const { table } of allTables(ctx.model, "kayttotalous")) {
      const sections = [
        [table.tuotot, table.tuototTotal, "sum.tuotot"],
        [table.kulut, table.kulutTotal, "sum.kulut"],
      ] as const;
      table.columns.forEach((col, i) => {
        const place = { sheet: table.sheet, area: table.area, table: table.kind, column: col.label };
        for (const [lines, total, key] of sections) {
          if (!total || lines.length === 0 || !holdsNumber(total.cells[i])) continue;
          const f = checkLines(ctx, table, lines, total, i, key, place);
          if (f) out.push(f);
        }
        const kate = checkToimintakate(ctx, table, i, place);
        if (kate) out.push(kate);
      });
    }
    return out;
  },
};

function checkLines(
  ctx: RuleContext,
  table: KayttotalousTable,
  lines: readonly LabeledRow[],
  total: LabeledRow,
  i: number,
  messageKey: string,
  place: { sheet: string; area: string; table: "kayttotalous"; column: string },
): Finding | null {
  const cells = column(lines, i);
  return checkSum(ctx, {
    rule: "sum",
    place: { ...place, row: total.label },
    checked: total.cells[i],
    parts: cells,
    messageKey,
    params: () => ({ row: total.label, column: place.column, lines: String(lines.length), ranges: rangesText(cells), table: table.range }),
  });
}

/** Tuotot and kulut from their total rows, or from their lines when a total row is missing. */
function sectionCells(total: LabeledRow | undefined, lines: readonly LabeledRow[], i: number): (ValueCell | undefined)[] {
  if (total) return [total.cells[i]];
  return column(lines, i);
}

function checkToimintakate(
  ctx: RuleContext,
  table: KayttotalousTable,
  i: number,
  place: { sheet: string; area: string; table: "kayttotalous"; column: string },
): Finding | null {
  const kate = table.toimintakate;
  // The cells are gathered for a figure to check only.
  if (!kate || !holdsNumber(kate.cells[i])) return null;
  const tuotot = sectionCells(table.tuototTotal, table.tuotot, i);
  const kulut = sectionCells(table.kulutTotal, table.kulut, i);
  const valmistus = table.valmistus ? [table.valmistus.cells[i]] : [];
  const cells = [...tuotot, ...valmistus, ...kulut];
  if (table.convention === "costs-positive") return checkKatePositive(ctx, table, i, place, [...tuotot, ...valmistus], kulut);
  return checkSum(ctx, {
    rule: "toimintakate",
    place: { ...place, row: kate.label },
    checked: kate.cells[i],
    parts: cells,
    messageKey: "toimintakate",
    params: () => {
      const tuototSum = sumCells(tuotot)?.total ?? new Decimal(0);
      const kulutSum = sumCells(kulut)?.total ?? new Decimal(0);
      return {
        row: kate.label,
        column: place.column,
        ranges: rangesText(cells),
        tuotot: figure(tuototSum, AS_READ),
        kulut: figure(kulutSum, AS_READ),
      };
    },
  });
}


/**
 * Where a table prints costs as positive figures, TOIMINTAKATE = tuotot (+ valmistus omaan
 * käyttöön) − kulut: the same identity in the table's own convention.
 */
function checkKatePositive(
  ctx: RuleContext,
  table: KayttotalousTable,
  i: number,
  place: { sheet: string; area: string; table: "kayttotalous"; column: string },
  plus: readonly (ValueCell | undefined)[],
  minus: readonly (ValueCell | undefined)[],
): Finding | null {
  const kate = table.toimintakate;
  if (!kate) return null;
  const parts = [...plus, ...minus];
  const signs = [...plus.map(() => 1), ...minus.map(() => -1)];
  const tuototSum = () => sumCells(plus)?.total ?? new Decimal(0);
  const kulutSum = () => sumCells(minus)?.total ?? new Decimal(0);
  return checkCombination(ctx, {
    rule: "toimintakate",
    place: { ...place, row: kate.label },
    checked: kate.cells[i],
    parts,
    signs,
    expected: () => tuototSum().minus(kulutSum()),
    related: () => cellRanges(parts),
    messageKey: "toimintakate.costs-positive",
    params: () => ({
      row: kate.label,
      column: place.column,
      ranges: rangesText([...plus, ...minus]),
      tuotot: figure(tuototSum(), AS_READ),
      kulut: figure(kulutSum(), AS_READ),
    }),
  });
}
