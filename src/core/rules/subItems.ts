import { StatementRow, StatementTable, ValueCell } from "../model";
import { normaliseSpaces } from "../numbers";
import { numberIn } from "./support/cells";

/**
 * A budget item's revenue or expenditure and its sub-items, printed in a block of their own below
 * the item ("Talousarviokohtaan sisältyvät seuraavat määrärahat ja tuloarviot alakohdittain"):
 * the block has its own header and a `Tulot` / `Menot` heading over the sub-items, and no total.
 * `parts` are the sub-item rows with their cells laid under the item's columns.
 */
export interface SubItemSum {
  /** The item's row (its `Tulot` or `Menot`), cells of columns the block does not print emptied. */
  target: StatementRow;
  parts: StatementRow[];
  /** The item's number as printed (`7 01 01`). */
  chapter: string;
}

const CHAPTER = /^(\d{1,2}(?: \d{2})+)\s+\S/;
// A sub-item's number is its item's digits run together and its own after them (`7010101`).
const SUB_ITEM = /^(\d{4,})\s+\S/;
const HEADINGS = new Set(["tulot", "menot"]);

function chapterOf(table: StatementTable): string | undefined {
  return CHAPTER.exec(normaliseSpaces(table.title))?.[1];
}

function subItemCode(row: StatementRow): string | undefined {
  return SUB_ITEM.exec(normaliseSpaces(row.label).trim())?.[1];
}

function top(table: StatementTable): number {
  return Math.min(...table.rows.map((r) => r.row), Number.MAX_SAFE_INTEGER);
}

/**
 * The sub-item sums of `item` (a statement table titled with its number, `7 01 01 Verotulot`):
 * every block below it on the sheet whose heading rows (`Tulot`, `Menot`, no figures) stand over
 * rows numbered with the item's digits. A sub-item belongs to the item with the longest number
 * that begins its own, so the sub-items of `7 01 01` are not summed into `7 01` as well. Columns
 * are matched by kind and year, as the block may print other columns than the item.
 */
export function subItemSums(item: StatementTable, statements: readonly StatementTable[]): SubItemSum[] {
  const chapter = chapterOf(item);
  if (!chapter) return [];
  const digits = chapter.replace(/ /g, "");
  const owners = statements.map((t) => chapterOf(t)?.replace(/ /g, "")).filter((d): d is string => d !== undefined);
  const belongs = (code: string) => code.length > digits.length && code.startsWith(digits) && !owners.some((d) => d.length > digits.length && code.startsWith(d));
  const out: SubItemSum[] = [];
  const itemTop = top(item);
  for (const block of statements) {
    if (block === item || top(block) <= itemTop || chapterOf(block)) continue;
    const rows = block.rows;
    for (let k = 0; k < rows.length; k++) {
      const heading = rows[k];
      if (!heading.role || !HEADINGS.has(heading.role) || heading.cells.some((c) => numberIn(c) !== null)) continue;
      const parts: StatementRow[] = [];
      for (let j = k + 1; j < rows.length && !rows[j].role; j++) {
        const code = subItemCode(rows[j]);
        if (!code || !belongs(code)) break;
        parts.push(rows[j]);
      }
      const target = item.rows.find((r) => r.role === heading.role);
      if (!target || parts.length === 0) continue;
      // A column the block does not print, or prints no sub-item figure in, says nothing of the item.
      const index = item.columns.map((col) => {
        const j = block.columns.findIndex((b) => b.kind === col.kind && b.year === col.year);
        return j >= 0 && parts.some((p) => numberIn(p.cells[j]) !== null) ? j : -1;
      });
      out.push({
        chapter,
        target: withCells(target, target.cells.map((cell, i) => (index[i] >= 0 ? cell : emptied(cell)))),
        parts: parts.map((p) => withCells(p, index.map((j, i) => (j >= 0 ? p.cells[j] : emptied(target.cells[i]))))),
      });
    }
  }
  return out;
}

// Copies by Object.assign, not by spreading (V8's slow path), keeping the keys in the same order.
function withCells(row: StatementRow, cells: ValueCell[]): StatementRow {
  const copy = Object.assign({}, row);
  copy.cells = cells;
  return copy;
}

/** A cell read as empty: a column of the item the block does not print is not checked. */
function emptied(cell: ValueCell): ValueCell {
  const copy = Object.assign({}, cell);
  // Recognition's cells give their address by a getter, which Object.assign does not copy.
  copy.cell = cell.cell;
  copy.parsed = { kind: "empty" };
  copy.value = null;
  return copy;
}
