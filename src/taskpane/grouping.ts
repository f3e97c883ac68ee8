import { unquoteSheetName } from "../core/address";
import { Finding, SEVERITIES, SeverityCounts, TableKind, compareSeverity, countBySeverity, findingKey } from "../core/findings";

const keys = new WeakMap<Finding, string>();

/**
 * findingKey, made once per finding: the pane asks for the keys of thousands of findings on every
 * filter change and every step, and a check's findings stay the same objects until the next check.
 */
export function keyOf(f: Finding): string {
  let key = keys.get(f);
  if (key === undefined) keys.set(f, (key = findingKey(f)));
  return key;
}

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
  const nested = consequences.size > 0 ? new Set([...consequences.values()].flat()) : undefined;
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (nested?.has(f)) continue;
    let tables = sheets.get(f.sheet);
    if (!tables) sheets.set(f.sheet, (tables = new Map()));
    const key = `${f.sheet}|${f.table ?? ""}|${f.area}`;
    let list = tables.get(key);
    if (!list) tables.set(key, (list = []));
    list.push(f);
  }
  return [...sheets].map(([sheet, tables]) => {
    const all: Finding[] = [];
    const groups = [...tables].map(([key, list]): TableGroup => {
      // Causes first, then by severity; Array.prototype.sort is stable, so the engine's order survives.
      list.sort((a, b) => Number(!isCause(a)) - Number(!isCause(b)) || compareSeverity(a.severity, b.severity));
      const group: TableGroup = { key, table: list[0].table, area: list[0].area, findings: [], notes: [] };
      for (const f of list) (f.severity === "info" ? group.notes : group.findings).push(f);
      all.push(...list);
      return group;
    });
    return { sheet, tables: groups, counts: countBySeverity(all) };
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
    const key = keyOf(root);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
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
  const order: Finding[] = [];
  const add = (f: Finding) => {
    order.push(f);
    const nested = consequences.size > 0 ? consequences.get(keyOf(f)) : undefined;
    if (nested) order.push(...nested);
  };
  for (const sheet of groups) {
    for (const table of sheet.tables) {
      table.findings.forEach(add);
      table.notes.forEach(add);
    }
  }
  return order;
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
  const key = keyOf(f);
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return `finding-${(h >>> 0).toString(36)}-${key.length}`;
}
