import { normaliseSpaces } from "../numbers";
import { a1 } from "../address";
import { SheetView } from "./sheetView";

export interface AreaTitle {
  row: number;
  name: string;
  cell: string;
}

/** `ASUMINEN JA YMPÄRISTÖ VASTUUALUE` → `Asuminen ja ympäristö`; mixed case is kept as written. */
export function areaNameFromTitle(text: string): string | null {
  const m = /^(.+?)\s*[-–]?\s*vastuu?alue$/i.exec(normaliseSpaces(text));
  if (!m) return null;
  const name = m[1].trim().replace(/[,:-]$/, "").trim();
  if (name.length < 2 || /\d\./.test(name)) return null;
  if (name === name.toUpperCase()) return name.charAt(0) + name.slice(1).toLowerCase();
  return name;
}

/** Title cells naming a vastuualue, top to bottom; tables below a title belong to that area. */
export function findAreaTitles(view: SheetView): AreaTitle[] {
  const titles: AreaTitle[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    for (let c = view.left; c <= Math.min(view.right, view.left + 3); c++) {
      const raw = view.raw(r, c);
      // Cheap test first: a title ends with "alue"; figures and most labels do not.
      if (typeof raw !== "string" || !/alue\s*$/i.test(raw)) continue;
      const name = areaNameFromTitle(view.text(r, c));
      if (name) {
        titles.push({ row: r, name, cell: a1(r, c) });
        break;
      }
    }
  }
  return titles;
}

/** The area of a table starting at `row`: the last title above it, else the sheet's name. */
export function areaAt(titles: readonly AreaTitle[], row: number, sheetName: string): string {
  let name: string | undefined;
  for (const t of titles) if (t.row <= row) name = t.name;
  if (!name) return sheetName;
  // Prefer the sheet's own spelling when it names the same area.
  return name.toLowerCase() === sheetName.toLowerCase() ? sheetName : name;
}
