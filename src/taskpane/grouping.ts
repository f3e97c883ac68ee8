import { Finding, TableKind } from "../core/findings";

export interface TableGroup {
  key: string;
  table?: TableKind;
  area: string;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  tables: TableGroup[];
}

/** Findings by sheet, then by table (kind and vastuualue), keeping the engine's order. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, TableGroup>>();
  for (const f of findings) {
    let tables = sheets.get(f.sheet);
    if (!tables) {
      tables = new Map();
      sheets.set(f.sheet, tables);
    }
    const key = `${f.table ?? ""}|${f.area}`;
    let group = tables.get(key);
    if (!group) {
      group = { key, table: f.table, area: f.area, findings: [] };
      tables.set(key, group);
    }
    group.findings.push(f);
  }
  return [...sheets].map(([sheet, tables]) => ({ sheet, tables: [...tables.values()] }));
}
