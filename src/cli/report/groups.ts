import { TableInfo } from "../../core/check";
import { WordedResult } from "../../i18n/render";
import { WordedFinding } from "../../core/findings";
import { CellRange } from "../../core/range";
import { reportOrder } from "./order";

/** Findings of one table (or of no table) on one sheet. */
export interface TableSection {
  table?: TableInfo;
  /** In reading order (see order.ts): errors first. */
  findings: WordedFinding[];
  /** A fragment id for links from the overview, e.g. `s2-t1`. */
  anchor: string;
}

export interface SheetSection {
  sheet: string;
  tables: TableInfo[];
  /** Every table of the sheet (with or without findings), then the findings of no table. */
  sections: TableSection[];
  findingCount: number;
  anchor: string;
}

/**
 * The report's shape, shared by the text and HTML writers: sheets in workbook order, within a
 * sheet the tables top to bottom, findings of no table last. A table without findings is kept
 * (the overview shows it clean); the listings skip it.
 */
export function groupFindings(result: Pick<WordedResult, "model" | "tables" | "findings">): SheetSection[] {
  const order: string[] = result.model.sheets.map((s) => s.sheet);
  for (const f of result.findings) if (!order.includes(f.sheet)) order.push(f.sheet);
  return order.map((sheet, i) => {
    const anchor = `s${i + 1}`;
    const tables = result.tables.filter((t) => t.sheet === sheet);
    const byTable = new Map<TableInfo, WordedFinding[]>();
    const other: WordedFinding[] = [];
    const findings = result.findings.filter((f) => f.sheet === sheet);
    for (const f of findings) {
      const table = tableOf(f, tables);
      if (!table) other.push(f);
      else byTable.set(table, [...(byTable.get(table) ?? []), f]);
    }
    const sections: TableSection[] = tables.map((t, j) => ({ table: t, findings: reportOrder(byTable.get(t) ?? []), anchor: `${anchor}-t${j + 1}` }));
    if (other.length > 0) sections.push({ findings: reportOrder(other), anchor: `${anchor}-other` });
    return { sheet, tables, sections, findingCount: findings.length, anchor };
  });
}

function tableOf(f: WordedFinding, tables: readonly TableInfo[]): TableInfo | undefined {
  if (!f.table) return undefined;
  const same = tables.filter((t) => t.kind === f.table);
  if (same.length <= 1) return same[0];
  const cell = CellRange.tryParse(f.cell);
  return (cell && same.find((t) => CellRange.tryParse(t.range)?.contains(cell))) || same[0];
}
