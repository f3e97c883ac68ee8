import { normaliseSpaces } from "../numbers";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { perText } from "../perText";

export interface AreaTitle {
  row: number;
  col: number;
  name: string;
  cell: string;
}

/**
 * `ASUMINEN JA YMPÄRISTÖ VASTUUALUE` → `Asuminen ja ympäristö`; mixed case is kept as written.
 * Other words municipalities use for the same level (palvelualue, tulosalue, toimialue,
 * tehtäväalue) are read the same way.
 */
export function areaNameFromTitle(text: string): string | null {
  const m = /^(.+?)\s*[-–]?\s*(?:vastuu?alue|palvelualue|tulosalue|toimialue|tehtäväalue)$/i.exec(normaliseSpaces(text));
  if (!m) return null;
  const name = m[1].trim().replace(/[,:-]$/, "").trim();
  if (name.length < 2 || /\d\./.test(name)) return null;
  if (name === name.toUpperCase()) return name.charAt(0) + name.slice(1).toLowerCase();
  return name;
}

/**
 * Title cells naming an area, top to bottom, anywhere on the sheet (areas may sit side by side).
 * A cell with figures right of it is a row of a table, not a title.
 */
export function findAreaTitles(view: SheetView): AreaTitle[] {
  const titles: AreaTitle[] = [];
  // A title is text: figures and markers are passed without reading them.
  view.eachText((r, c, t) => {
    if (t.parsed.kind !== "text") return;
    const name = t.areaTitle === undefined ? (t.areaTitle = titleName(t.raw)) : t.areaTitle;
    if (!name || hasFiguresRightOf(view, r, c)) return;
    titles.push({ row: r, col: c, name, cell: a1(r, c) });
  });
  return titles;
}

// Asked of every text cell; budget books repeat their texts on every sheet. A title ends with
// "alue": most labels fail that test before the full reading.
const titleName = perText((raw: string): string | null => (/alue\s*$/i.test(raw) ? areaNameFromTitle(raw) : null));

function hasFiguresRightOf(view: SheetView, row: number, col: number): boolean {
  for (let c = col + 1; c <= Math.min(view.right, col + 4); c++) if (view.isFigure(row, c)) return true;
  return false;
}

function later(a: AreaTitle, b: AreaTitle): boolean {
  return a.row > b.row || (a.row === b.row && a.col > b.col);
}

/** Where a table sits: its first row and its leftmost and rightmost columns. */
export interface Span {
  top: number;
  left: number;
  right: number;
}

/**
 * The area of a table: the title that governs it — the nearest one above it over its own columns;
 * else the nearest one above or beside it to its left — never simply the sheet's first title.
 * With no such title, the sheet's name.
 */
export function areaAt(titles: readonly AreaTitle[], at: number | Span, sheetName: string): string {
  const span: Span = typeof at === "number" ? { top: at, left: Number.NEGATIVE_INFINITY, right: Number.POSITIVE_INFINITY } : at;
  // The last of the titles above (in reading order) over the table's columns, else the last of all above.
  let over: AreaTitle | undefined;
  let above: AreaTitle | undefined;
  for (const t of titles) {
    if (t.row > span.top || t.col > span.right) continue;
    if (!above || later(t, above)) above = t;
    if (t.col >= span.left && (!over || later(t, over))) over = t;
  }
  const best = over ?? above;
  if (!best) return sheetName;
  // Prefer the sheet's own spelling when it names the same area.
  return best.name.toLowerCase() === sheetName.toLowerCase() ? sheetName : best.name;
}
