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
  // Each list is split by sheet once: a large book has hundreds of sheets and thousands of findings.
  const findingsOf = bySheet(result.findings);
  const tablesOf = bySheet(result.tables);
  const order: string[] = result.model.sheets.map((s) => s.sheet);
  const listed = new Set(order);
  for (const sheet of findingsOf.keys()) if (!listed.has(sheet)) order.push(sheet);
  const ranges = new TableRanges();
  return order.map((sheet, i) => {
    const anchor = `s${i + 1}`;
    const tables = tablesOf.get(sheet) ?? [];
    const byTable = new Map<TableInfo, WordedFinding[]>();
    const other: WordedFinding[] = [];
    const findings = findingsOf.get(sheet) ?? [];
    for (const f of findings) {
      const table = tableOf(f, tables, ranges);
      const list = table && byTable.get(table);
      if (!table) other.push(f);
      else if (list) list.push(f);
      else byTable.set(table, [f]);
    }
    const sections: TableSection[] = tables.map((t, j) => ({ table: t, findings: reportOrder(byTable.get(t) ?? []), anchor: `${anchor}-t${j + 1}` }));
    if (other.length > 0) sections.push({ findings: reportOrder(other), anchor: `${anchor}-other` });
    return { sheet, tables, sections, findingCount: findings.length, anchor };
  });
}

/** Items by their sheet, each sheet's in the order given; sheets in the order first met. */
function bySheet<T extends { sheet: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const list = out.get(x.sheet);
    if (list) list.push(x);
    else out.set(x.sheet, [x]);
  }
  return out;
}

/** Each table's range parsed once, for findings that must be placed among tables of one kind. */
class TableRanges {
  private readonly parsed = new Map<TableInfo, CellRange | null>();

  of(t: TableInfo): CellRange | null {
    let r = this.parsed.get(t);
    if (r === undefined) this.parsed.set(t, (r = CellRange.tryParse(t.range)));
    return r;
  }
}

function tableOf(f: WordedFinding, tables: readonly TableInfo[], ranges: TableRanges): TableInfo | undefined {
  if (!f.table) return undefined;
  const same = tables.filter((t) => t.kind === f.table);
  if (same.length <= 1) return same[0];
  const cell = CellRange.tryParse(f.cell);
  return (cell && same.find((t) => ranges.of(t)?.contains(cell))) || same[0];
}
