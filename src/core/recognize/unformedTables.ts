import { Observation } from "../model";
import { rangeA1, tryParseRange } from "../address";
import { SheetView, TEXT } from "./sheetView";
import { UnformedHeader } from "./headers";

/** Cells a header and the rows read under it take up: figures there are some table's, or told already. */
export interface Taken {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The figures under a header row that forms no table (`Talousarvio | Toteutunut` over labelled
 * rows) are checked by nothing: each such block is a note on its sheet, with its cells and why,
 * also when the sheet has tables. A header with no labelled figures under it (a title, a line of
 * text), or one inside cells a table or another header already takes, is no table left unread.
 */
export function observeUnformedTables(view: SheetView, unformed: readonly UnformedHeader[], taken: readonly Taken[], observations: Observation[]): void {
  const told: Taken[] = [];
  for (const u of unformed) {
    const left = Math.min(...u.cols);
    const right = Math.max(...u.cols.map((c) => mergeEnd(view, u.top, c)));
    const at = { top: u.top, bottom: u.top, left, right };
    if (taken.some((t) => overlaps(t, at)) || told.some((t) => overlaps(t, at))) continue;
    const block = figuresUnder(view, u, left, right, taken);
    if (!block) continue;
    block.right = headlessFiguresTo(view, u, block);
    told.push(block);
    observations.push({ kind: "unread-table", sheet: view.sheet, cell: rangeA1(block.top, block.left, block.bottom, block.right), parts: [{ text: u.text, why: u.why }] });
  }
}

function overlaps(a: Taken, b: Taken): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The header's rows of figures, up to a blank line or the next header, with the labels left of them; null when no row has a label. */
function figuresUnder(view: SheetView, u: UnformedHeader, left: number, right: number, taken: readonly Taken[]): Taken | null {
  // Figures may start a few lines under the header (a unit line between), as when a header forms.
  const end = Math.min(view.bottom, ...taken.filter((t) => t.top > u.bottom && t.left <= right && t.right >= left).map((t) => t.top - 1));
  let last = -1;
  let labelCol = Number.POSITIVE_INFINITY;
  for (let r = u.bottom + 1; r <= end; r++) {
    if (u.cols.some((c) => view.isFigure(r, c))) {
      last = r;
      for (let c = view.nextOccupied(r, view.left); c >= 0 && c < left; c = view.nextOccupied(r, c + 1)) {
        if (view.kind(r, c) === TEXT && view.text(r, c).trim().length > 1) {
          labelCol = Math.min(labelCol, c);
          break;
        }
      }
    } else if (view.isBlankRow(r, Math.max(view.left, left - 4), right) && (last >= 0 || r > u.bottom + 3)) break;
  }
  if (last < 0 || labelCol === Number.POSITIVE_INFINITY) return null;
  return { top: u.top, bottom: last, left: labelCol, right };
}

/** The last column of the merge a header cell starts (`Talousarvio` over D5:E5), else its own. */
function mergeEnd(view: SheetView, row: number, col: number): number {
  let end = col;
  for (const ref of view.grid.merged ?? []) {
    const range = tryParseRange(ref)?.range;
    if (range && range.top === row && range.left === col) end = Math.max(end, range.right);
  }
  return end;
}

/**
 * The block's right edge taken over the columns of figures right after it whose header cells are
 * empty: a host that does not tell merges leaves a merged header's second column blank.
 */
function headlessFiguresTo(view: SheetView, u: UnformedHeader, block: Taken): number {
  let right = block.right;
  for (let c = right + 1; c <= view.right; c++) {
    let headless = true;
    for (let r = u.top; r <= u.bottom && headless; r++) headless = view.isBlankRow(r, c, c);
    let figures = false;
    for (let r = u.bottom + 1; r <= block.bottom && !figures; r++) figures = view.isFigure(r, c);
    if (!headless || !figures) break;
    right = c;
  }
  return right;
}
