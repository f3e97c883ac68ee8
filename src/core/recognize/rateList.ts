import { SheetView } from "./sheetView";

/**
 * A block of rates under a year row (Leppävirta's `Vero %`, `Kiinteistövero %` over its lines,
 * Närpes' `Inkomstskatteprocent`): every row with figures names a percentage, or sits under a
 * heading that does. It is no budget table, and nothing in it adds up to anything.
 */
const RATE = /%|prosentti|procent/i;

/** The rate names of such a block (the rows and headings that say they are rates), or null when it is not one. */
export function rateNames(rows: readonly { label: string; hasValues: boolean }[]): string[] | null {
  const names: string[] = [];
  let heading = false;
  let rates = 0;
  for (const r of rows) {
    const named = RATE.test(r.label);
    if (!r.hasValues) {
      heading = named;
      if (named) names.push(r.label.trim());
      continue;
    }
    if (!named && !heading) return null;
    if (named) names.push(r.label.trim());
    rates++;
  }
  return rates > 0 ? names : null;
}

/**
 * More rates under the same year row after a blank line (Närpes: `Inkomstskatteprocent`, a blank
 * line, then `Fastighetsskatteprocent` over its lines): their names and the last row they reach,
 * so the block is said once as a whole. Stops at two blank lines, at text under the year columns
 * (another header) and at the first row that names no rate and stands under no rate heading.
 */
export function ratesBelow(view: SheetView, labelCol: number, columns: readonly number[], from: number): { names: string[]; bottom: number } {
  const names: string[] = [];
  let bottom = from;
  let heading: string | undefined;
  let blanks = 0;
  for (let r = from + 1; r <= view.bottom; r++) {
    const label = labelCol >= view.left ? view.text(r, labelCol) : "";
    const cells = columns.map((c) => view.parsed(r, c).kind);
    if (label === "" && cells.every((k) => k === "empty")) {
      if (++blanks > 1) break;
      heading = undefined;
      continue;
    }
    blanks = 0;
    if (cells.includes("text")) break;
    const named = RATE.test(label);
    if (!cells.includes("number")) {
      if (!named) break;
      heading = label;
      continue;
    }
    if (!named && heading === undefined) break;
    if (heading !== undefined && !names.includes(heading)) names.push(heading);
    if (named) names.push(label);
    bottom = r;
  }
  return { names, bottom };
}
