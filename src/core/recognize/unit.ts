import { TableUnit } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { TableRegion } from "./region";
import { unitIn } from "./vocabulary/units";

/**
 * The money unit of a table as its title, header or a note under it says (`1 000 €`, `t€`,
 * `milj. €`): the header's own first, then the lines just above it, then the notes. A table that
 * names no unit is in euros. A scale (thousands, millions) wins over a bare `€` found nearer.
 */
export function tableUnit(view: SheetView, region: TableRegion): TableUnit | undefined {
  const { header } = region;
  const left = Math.max(view.left, Math.min(region.labelCol, header.left));
  // The first unit found, and the first scale: nearly every table names none, and nothing is made.
  let first: TableUnit | undefined;
  const take = (u: TableUnit): TableUnit | undefined => {
    first ??= u;
    return u.factor > 1 ? u : undefined;
  };
  if (header.unit) {
    const scaled = take({ factor: header.unit.unit.factor, text: header.unit.unit.text, cell: header.unit.cell });
    if (scaled) return scaled;
  }
  for (let r = header.top; r <= header.bottom; r++) {
    for (let c = left; c <= header.right; c++) {
      const u = unitAt(view, r, c);
      if (u && take(u)) return u;
    }
  }
  for (let r = header.top - 1; r >= Math.max(view.top, header.top - 3); r--) {
    for (let c = left; c <= header.right; c++) {
      const u = unitAt(view, r, c);
      if (u && take(u)) return u;
    }
  }
  for (const n of region.notes) {
    const u = unitAt(view, n.row, n.col);
    if (u && take(u)) return u;
  }
  return first;
}

/** The unit a text cell names, if any. */
function unitAt(view: SheetView, r: number, c: number): TableUnit | undefined {
  // Only texts name a unit: a figure (a year stored as a number) is passed over without a parse.
  const t = view.cellText(r, c);
  if (!t) return undefined;
  // The cell's text as the view reads it depends on its raw text alone: its unit is kept on its record.
  if (t.moneyUnit === undefined) {
    const text = t.parsed.kind === "text" ? t.parsed.text : view.text(r, c);
    t.moneyUnit = text === "" ? null : unitIn(text);
  }
  const u = t.moneyUnit;
  return u ? { factor: u.factor, text: u.text, cell: a1(r, c) } : undefined;
}
