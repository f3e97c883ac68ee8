import { unquoteSheetName } from "../core/address";
import { Finding, SEVERITIES, SeverityCounts, TableKind, compareSeverity, countBySeverity, findingKey } from "../core/findings";

/** Findings that follow from another finding's cause, by the cause finding's key. */
export type Consequences = ReadonlyMap<string, Finding[]>;

export interface TableGroup {
  key: string;
  table?: TableKind;
  area: string;
  /** Errors, then warnings, in the engine's order within each severity. */
  findings: Finding[];
  /** Notes (info), folded in the pane by default. */
  notes: Finding[];
}

export interface SheetGroup {
  sheet: string;
  tables: TableGroup[];
  counts: SeverityCounts;
}

/**
 * Findings by sheet, then by table (kind and vastuualue); within a table errors first, then
 * warnings, with the notes apart. Sheets and tables keep the order the engine reported them in.
 */
export function groupFindings(findings: readonly Finding[], consequences: Consequences = new Map()): SheetGroup[] {
  const nested = new Set([...consequences.values()].flat());
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (nested.has(f)) continue;
    let tables = sheets.get(f.sheet);
    if (!tables) {
      tables = new Map();
      sheets.set(f.sheet, tables);
    }
    const key = `${f.sheet}|${f.table ?? ""}|${f.area}`;
    const list = tables.get(key) ?? [];
    list.push(f);
    tables.set(key, list);
  }
  return [...sheets].map(([sheet, tables]) => {
    const groups = [...tables].map(([key, list]): TableGroup => {
      // Causes first, then by severity; Array.prototype.sort is stable, so the engine's order survives.
      const sorted = [...list].sort((a, b) => Number(!isCause(a)) - Number(!isCause(b)) || compareSeverity(a.severity, b.severity));
      return {
        key,
        table: list[0].table,
        area: list[0].area,
        findings: sorted.filter((f) => f.severity !== "info"),
        notes: sorted.filter((f) => f.severity === "info"),
      };
    });
    return { sheet, tables: groups, counts: countBySeverity(groups.flatMap((g) => [...g.findings, ...g.notes])) };
  });
}

function isCause(f: Finding): boolean {
  return f.cause !== undefined;
}

/**
 * Which findings are consequences of another finding's cause: a finding whose `consequenceOf`
 * names the cell of a finding that carries a `cause` is listed under that finding. A
 * consequence whose cause is not among `findings` (explained, filtered out) stays where it is.
 */
export function findConsequences(findings: readonly Finding[]): Consequences {
  const roots = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.cause) continue;
    const key = cellKey(f.cause.sheet || f.sheet, f.cause.cell);
    if (!roots.has(key)) roots.set(key, f);
  }
  const out = new Map<string, Finding[]>();
  if (roots.size === 0) return out;
  for (const f of findings) {
    if (!f.consequenceOf) continue;
    const root = roots.get(cellKey(f.sheet, f.consequenceOf));
    if (!root || root === f) continue;
    const key = findingKey(root);
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

function cellKey(sheet: string, cell: string): string {
  const bang = cell.lastIndexOf("!");
  const own = bang < 0 ? sheet : unquoteSheetName(cell.slice(0, bang));
  return `${own.toLowerCase()}!${cell.slice(bang + 1).toUpperCase()}`;
}

/** The order Previous / Next steps in: as listed, each cause's consequences after it, notes last in their table. */
export function steppingOrder(groups: readonly SheetGroup[], consequences: Consequences = new Map()): Finding[] {
  const withNested = (f: Finding) => [f, ...(consequences.get(findingKey(f)) ?? [])];
  return groups.flatMap((s) => s.tables.flatMap((g) => [...g.findings, ...g.notes].flatMap(withNested)));
}

/** The sheets that hold errors, in order, for the summary line. */
export function sheetsWithErrors(groups: readonly SheetGroup[]): string[] {
  return groups.filter((g) => g.counts.error > 0).map((g) => g.sheet);
}

/** The worst severity among counts, or undefined when there is nothing. */
export function worstOf(counts: SeverityCounts): (typeof SEVERITIES)[number] | undefined {
  return SEVERITIES.find((s) => counts[s] > 0);
}

/** A DOM id for a finding's item, stable across renders (keys hold characters ids may not). */
export function findingDomId(f: Finding): string {
  let h = 0;
  const key = findingKey(f);
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return `finding-${(h >>> 0).toString(36)}-${key.length}`;
}
