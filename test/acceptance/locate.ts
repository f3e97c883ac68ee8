import { CellValue, Grid } from "../../src/core/grid";
import { ExpectedInconsistency } from "./seed-expected";

/**
 * Finds the cell of a hand-audited place (area, table, row label, column) in a grid the way a
 * reader would: by the table's own labels and the nearest year header above the row. Written
 * apart from the engine's recognition on purpose, so the acceptance test does not take the
 * engine's word for where a figure sits.
 */

export interface Place {
  sheet: string;
  /** A1 address of the value cell. */
  cell: string;
  row: number;
  col: number;
}

export type PlaceQuery = Pick<ExpectedInconsistency, "area" | "table" | "row" | "column" | "unit" | "after">;

function norm(v: CellValue): string {
  if (v === null || typeof v === "object") return "";
  return String(v).replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
}

function at(g: Grid, row: number, col: number): CellValue {
  const r = g.values[row - g.originRow];
  const v = r?.[col - g.originCol];
  return v === undefined ? null : v;
}

function rows(g: Grid): number[] {
  return g.values.map((_, i) => i + g.originRow);
}

function width(g: Grid): number {
  return g.originCol + Math.max(0, ...g.values.map((r) => r.length));
}

/** The row's label: its leftmost non-empty cell. */
function labelOf(g: Grid, row: number): { text: string; col: number } | null {
  for (let c = g.originCol; c < width(g); c++) {
    const t = norm(at(g, row, c));
    if (t !== "") return { text: t, col: c };
  }
  return null;
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function sheetOfArea(grids: readonly Grid[], area: string): Grid {
  const want = norm(area);
  const g =
    grids.find((x) => norm(x.sheet) === want) ??
    grids.find((x) => x.values.slice(0, 3).some((r) => r.some((v) => norm(v).startsWith(want))));
  if (!g) throw new Error(`no sheet for area ${area}`);
  return g;
}

/** Nearest header above `row` naming `column` in one cell (`TP 2022`) or over two (`TP` / `2022`). */
function columnAbove(g: Grid, row: number, column: string): number | null {
  const want = norm(column);
  const [kind, year] = want.split(" ");
  for (let h = row - 1; h >= g.originRow; h--) {
    for (let c = g.originCol; c < width(g); c++) {
      const t = norm(at(g, h, c)).replace(/\*$/, "").trim();
      if (t === want) return c;
      if (t === kind && norm(at(g, h + 1, c)) === year) return c;
    }
  }
  return null;
}

function firstRowBelow(g: Grid, from: number, test: (label: string, row: number) => boolean): number | null {
  for (const r of rows(g)) {
    if (r <= from) continue;
    const l = labelOf(g, r);
    if (l && test(l.text, r)) return r;
  }
  return null;
}

function anchorRow(g: Grid, test: (label: string) => boolean): number | null {
  for (const r of rows(g)) {
    const l = labelOf(g, r);
    if (l && test(l.text)) return r;
  }
  return null;
}

function cellIfColumn(g: Grid, row: number, column: string): Place | null {
  const col = columnAbove(g, row, column);
  if (col === null) return null;
  return { sheet: g.sheet, cell: a1(row, col), row, col };
}

export function locate(grids: readonly Grid[], q: PlaceQuery): Place {
  const g = sheetOfArea(grids, q.area);
  const rowLabel = norm(q.row);
  const place = find(g, q, rowLabel);
  if (!place) throw new Error(`cannot locate ${q.area} / ${q.table} / ${q.unit ?? q.after ?? ""} / ${q.row} / ${q.column}`);
  return place;
}

function find(g: Grid, q: PlaceQuery, rowLabel: string): Place | null {
  const kt = anchorRow(g, (l) => l === "käyttötalous");
  switch (q.table) {
    case "kayttotalous": {
      if (kt === null) return null;
      // The section headings TOIMINTATUOTOT / TOIMINTAKULUT carry no figures; the totals do.
      const r = firstRowBelow(g, kt, (l, row) => {
        if (l !== rowLabel) return false;
        const col = columnAbove(g, row, q.column);
        return col !== null && norm(at(g, row, col)) !== "";
      });
      return r === null ? null : cellIfColumn(g, r, q.column);
    }
    case "yksikot": {
      if (kt === null || !q.unit) return null;
      const unit = norm(q.unit);
      const heading = firstRowBelow(g, kt, (l) => l.startsWith(unit));
      if (heading === null) return null;
      const r = firstRowBelow(g, heading, (l) => l === rowLabel);
      return r === null ? null : cellIfColumn(g, r, q.column);
    }
    case "tunnusluvut": {
      const head = anchorRow(g, (l) => l === "tunnusluvut");
      if (head === null) return null;
      const amount = q.after ? firstRowBelow(g, head, (l) => l === norm(q.after ?? "")) : head;
      if (amount === null) return null;
      const r = firstRowBelow(g, amount, (l) => l === rowLabel);
      return r === null ? null : cellIfColumn(g, r, q.column);
    }
    case "maararahat": {
      // The määrärahat header is the row that names `TA+muutos` beside a `MUUTOS` column.
      const head = rows(g).find((r) => {
        const cells = g.values[r - g.originRow].map(norm);
        return cells.includes("ta+muutos") && cells.includes("muutos");
      });
      if (head === undefined) return null;
      const r = firstRowBelow(g, head, (l) => l === rowLabel);
      return r === null ? null : cellIfColumn(g, r, q.column);
    }
    default:
      // The founding document has only the four tables above (other kinds come from the corpus).
      return null;
  }
}
