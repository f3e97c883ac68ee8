import { StatementRow } from "../model";
import { isOfWhich } from "./vocabulary/rows";

/** A total printed above its parts, and the parts. */
export interface LeadingTotal {
  total: StatementRow;
  lines: StatementRow[];
}


/**
 * A total printed before its parts: `Verotulot yhteensä`, then `tulovero`, `yhteisövero`,
 * `kiinteistövero` on the rows right below it, written in lower case as the continuation of the
 * total. The parts are the unbroken run of such rows (no empty row between, no role of their own,
 * figures in them); two at least, or a single line would only repeat the total.
 */
export function leadingTotals(table: { rows: readonly StatementRow[]; totals: readonly { total: StatementRow }[] }): LeadingTotal[] {
  const out: LeadingTotal[] = [];
  const summed = new Set(table.totals.map((t) => t.total.row));
  const rows = table.rows;
  for (let k = 0; k < rows.length; k++) {
    const total = rows[k];
    if (!total.total || summed.has(total.row) || !isPart(rows[k + 1], total.row)) continue;
    const lines: StatementRow[] = [];
    for (let j = k + 1; j < rows.length && isPart(rows[j], rows[j - 1].row); j++) lines.push(rows[j]);
    if (lines.length >= 2) out.push({ total, lines });
  }
  return out;
}

function isPart(row: StatementRow | undefined, above: number): boolean {
  if (!row || row.row !== above + 1 || row.role || row.total) return false;
  const label = row.label.trim();
  const first = label.charAt(0);
  if (first === "" || first === first.toUpperCase() || isOfWhich(label)) return false;
  return row.cells.some((c) => c.parsed.kind === "number");
}
