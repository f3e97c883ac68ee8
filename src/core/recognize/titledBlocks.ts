import { ColumnKind } from "../model";
import { normaliseSpaces } from "../numbers";
import { rangeA1 } from "../address";
import { NUMBER, SheetView, TEXT } from "./sheetView";
import { HeaderBlock, keptColumnLabel, parseHeaderToken } from "./headers";
import { readRow } from "./vocabulary/rows";
import { isPerResidentLabel } from "./labels";

/**
 * Key figures printed as a list (a municipality's web page): small blocks, each a title naming
 * its year (`Bokslut 2022`, `Skuldsättning 2022`) over label / value pairs in one column, with no
 * header row at all. Each block is read as a one-column table under its title; a title that names
 * only a year is read as that year's actuals (TP), and the reading is said.
 */

const YEAR = /(?<![\d.])(?:19|20)\d{2}(?!\d)/g;
/** The same, tested once per line before its years are listed: most lines alone on their row are labels without one. */
const HAS_YEAR = /(?<![\d.])(?:19|20)\d{2}(?!\d)/;
/** A title is a short line, not a sentence. */
const MAX_TITLE = 60;

export function findTitledBlocks(view: SheetView, headers: readonly HeaderBlock[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (const r of view.occupiedRows()) {
    // A title stands alone on its line.
    if (view.occupiedCount(r) !== 1) continue;
    const c = view.nextOccupied(r, view.left);
    if (view.kind(r, c) !== TEXT) continue;
    const title = view.parsed(r, c);
    if (title.kind !== "text" || title.text.length > MAX_TITLE || !HAS_YEAR.test(title.text)) continue;
    const years = [...new Set(normaliseSpaces(title.text).match(YEAR) ?? [])];
    if (years.length !== 1) continue;
    if (insideTable(view, headers, r, c + 1)) continue;
    const rows = pairsBelow(view, r, c);
    if (rows.length === 0 || !rows.some((x) => knownFigure(view.text(x, c)))) continue;
    blocks.push(blockAt(r, c, Number(years[0]), title.text));
  }
  return blocks;
}

/** The rows right under the title holding a label and one figure beside it, and nothing else. */
function pairsBelow(view: SheetView, title: number, c: number): number[] {
  const rows: number[] = [];
  for (let r = title + 1; r <= view.bottom; r++) {
    if (view.occupiedCount(r) !== 2 || view.nextOccupied(r, view.left) !== c || view.nextOccupied(r, c + 1) !== c + 1) break;
    if (view.kind(r, c) !== TEXT || view.kind(r, c + 1) !== NUMBER) break;
    rows.push(r);
  }
  return rows;
}

/** A label the engine can check something by: a row it knows, or a per-resident figure (`X, euro/inv.`). */
function knownFigure(label: string): boolean {
  return isPerResidentLabel(label) || readRow(label).role !== undefined;
}



/** Under a header found on the sheet, with no blank line between: a line of that table, not a title. */
function insideTable(view: SheetView, headers: readonly HeaderBlock[], r: number, col: number): boolean {
  return headers.some((h) => {
    if (h.top >= r || col < h.left - 1 || col > h.right) return false;
    for (let x = h.bottom + 1; x < r; x++) if (view.isBlankRow(x)) return false;
    return true;
  });
}

function blockAt(r: number, c: number, year: number, title: string): HeaderBlock {
  const token = parseHeaderToken(title);
  const named = token?.kind !== undefined && token.year === year;
  const kind: ColumnKind = named ? token.kind! : "TP";
  const cell = rangeA1(r, c, r, c);
  return {
    top: r,
    bottom: r,
    columns: [{ kind, year, label: keptColumnLabel(kind, year), col: c + 1, headerRange: cell, starred: false }],
    ratios: [],
    unread: [],
    // A year with no kind is read as actuals, as bare years over columns are; the reading is said.
    ambiguous: named ? [] : [{ cell, text: title, taken: "TP", other: "TP", bareYears: true }],
    left: c + 1,
    right: c + 1,
    titled: true,
  };
}
