import { mergeCells } from "../../compare/ranges";
import { BudgetModel, BudgetTable, KayttotalousTable, LabeledRow, StatementTable, UnitBlock, ValueCell } from "../../model";
import { SIGNED_KINDS } from "../../recognize/vocabulary/columns";
import { modelSlots } from "../../recognize/modelSlots";

/** The rows a unit block or a määrärahat table may have: MENOT, TULOT, NETTOMENO, in that order. */
export type Role = "menot" | "tulot" | "nettomeno";
export const ROLES: readonly Role[] = ["menot", "tulot", "nettomeno"];

/**
 * The table's column `i` prints figures of either sign whatever the row (an overrun right): they
 * are taken as printed, never checked for their sign nor weighed by their magnitude.
 */
export function isSignedColumn(table: Pick<BudgetTable, "columns">, i: number): boolean {
  const kind = table.columns[i]?.kind;
  return kind !== undefined && SIGNED_KINDS.has(kind);
}

/**
 * Every table of a kind across the workbook, in sheet order. The rules ask for their kinds a dozen
 * times a check: the model's tables are sorted by kind once, not filtered sheet by sheet each time.
 */
export function allTables<K extends BudgetTable["kind"]>(model: BudgetModel, kind: K): readonly Extract<BudgetTable, { kind: K }>[] {
  let byKind = BY_KIND.get(model);
  if (!byKind) {
    byKind = new Map();
    const sheets = model.sheets;
    for (let s = 0; s < sheets.length; s++) {
      const tables = sheets[s].tables;
      for (let t = 0; t < tables.length; t++) {
        const table = tables[t];
        const list = byKind.get(table.kind);
        if (list) list.push(table);
        else byKind.set(table.kind, [table]);
      }
    }
    BY_KIND.set(model, byKind);
  }
  return (byKind.get(kind) ?? NONE) as readonly Extract<BudgetTable, { kind: K }>[];
}

// A model's tables by kind (a model is not changed once recognised).
const BY_KIND = new WeakMap<BudgetModel, Map<BudgetTable["kind"], BudgetTable[]>>();
const NONE: readonly BudgetTable[] = [];

const STATEMENT_KINDS: ReadonlySet<string> = new Set<StatementTable["kind"]>(["tuloslaskelma", "rahoituslaskelma", "investoinnit", "erittely"]);

/** A table read by row roles: a tuloslaskelma, a rahoituslaskelma, an investment part or a breakdown. */
export function isStatement(t: BudgetTable): t is StatementTable {
  return STATEMENT_KINDS.has(t.kind);
}

/**
 * The käyttötalous a table of the same vastuualue is checked against: on the same sheet and area
 * first (nearest by row when a sheet holds several), else the same area on another sheet.
 */
export function kayttotalousFor(model: BudgetModel, table: BudgetTable): KayttotalousTable | null {
  const byArea = kayttotalousIndex(model).get(table.area);
  if (!byArea) return null;
  // Every rule asks for every table's: the nearest on the same sheet found in one pass, no list made.
  let nearest: KayttotalousTable | null = null;
  for (let i = 0; i < byArea.length; i++) {
    const k = byArea[i];
    if (k.sheet === table.sheet && (!nearest || Math.abs(k.top - table.top) < Math.abs(nearest.top - table.top))) nearest = k;
  }
  return nearest ?? byArea[0] ?? null;
}

// Every rule asks for the käyttötalous of many tables; index a model's once (workbooks of hundreds
// of sheets would otherwise be searched once per table).
const INDEX = new WeakMap<BudgetModel, Map<string, KayttotalousTable[]>>();

function kayttotalousIndex(model: BudgetModel): Map<string, KayttotalousTable[]> {
  let index = INDEX.get(model);
  if (!index) {
    index = new Map();
    for (const table of allTables(model, "kayttotalous")) index.set(table.area, [...(index.get(table.area) ?? []), table]);
    INDEX.set(model, index);
  }
  return index;
}

/**
 * The cells of several rows in one column (rows of a table share its columns). Most are an
 * equation's parts, kept to the end of the check: made in `modelSlots`, where no scavenge copies
 * them (a list made by `map` was copied once or twice a check, thousands of them).
 */
export function column(rows: readonly (LabeledRow | undefined)[], index: number): (ValueCell | undefined)[] {
  const cells = modelSlots<ValueCell | undefined>(rows.length);
  for (let k = 0; k < rows.length; k++) cells[k] = rows[k]?.cells[index];
  return cells;
}

/** Row label for a unit block's row: the unit's name and the row as written (`Kadut: MENOT`). */
export function unitRowLabel(unit: UnitBlock, row: LabeledRow): string {
  return unit.name ? `${unit.name}: ${row.label}` : row.label;
}

/** The cells' addresses merged into ranges (`B9:B13`); missing cells are left out. */
export function cellRanges(cells: readonly (ValueCell | undefined)[]): string[] {
  return mergeCells(cells);
}
