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
  const found: TableUnit[] = [];
  if (header.unit) found.push({ factor: header.unit.unit.factor, text: header.unit.unit.text, cell: header.unit.cell });
  const look = (r: number, c: number) => {
    // Only texts name a unit: a figure (a year stored as a number) is passed over without a parse.
    const t = view.cellText(r, c);
    if (!t) return;
    const text = t.parsed.kind === "text" ? t.parsed.text : view.text(r, c);
    if (text === "") return;
    const u = unitIn(text);
    if (u) found.push({ factor: u.factor, text: u.text, cell: a1(r, c) });
  };
  for (let r = header.top; r <= header.bottom; r++) for (let c = left; c <= header.right; c++) look(r, c);
  for (let r = header.top - 1; r >= Math.max(view.top, header.top - 3); r--) for (let c = left; c <= header.right; c++) look(r, c);
  for (const n of region.notes) look(n.row, n.col);
  return found.find((u) => u.factor > 1) ?? found[0];
}
