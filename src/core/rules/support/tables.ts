import { mergeCells } from "../../compare/ranges";
import { BudgetModel, BudgetTable, KayttotalousTable, LabeledRow, StatementTable, UnitBlock, ValueCell } from "../../model";
import { SIGNED_KINDS } from "../../recognize/vocabulary/columns";

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
    for (const sheet of model.sheets) {
      for (const table of sheet.tables) {
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
 * equation's parts, kept to the end of the check: a list of up to twelve is made by a literal, which
 * V8 allocates straight into the old generation once it sees the lists of that literal live (a list
 * made by `map` or at a length is always made young, and the young generation's collector copied
 * each of thousands once or twice a check). Longer lists are made at their length.
 */
export function column(rows: readonly (LabeledRow | undefined)[], index: number): (ValueCell | undefined)[] {
  const r = rows;
  const i = index;
  switch (r.length) {
    case 0:
      return [];
    case 1:
      return [r[0]?.cells[i]];
    case 2:
      return [r[0]?.cells[i], r[1]?.cells[i]];
    case 3:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i]];
    case 4:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i]];
    case 5:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i]];
    case 6:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i]];
    case 7:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i]];
    case 8:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i], r[7]?.cells[i]];
    case 9:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i], r[7]?.cells[i], r[8]?.cells[i]];
    case 10:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i], r[7]?.cells[i], r[8]?.cells[i], r[9]?.cells[i]];
    case 11:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i], r[7]?.cells[i], r[8]?.cells[i], r[9]?.cells[i], r[10]?.cells[i]];
    case 12:
      return [r[0]?.cells[i], r[1]?.cells[i], r[2]?.cells[i], r[3]?.cells[i], r[4]?.cells[i], r[5]?.cells[i], r[6]?.cells[i], r[7]?.cells[i], r[8]?.cells[i], r[9]?.cells[i], r[10]?.cells[i], r[11]?.cells[i]];
    default: {
      const cells = new Array<ValueCell | undefined>(r.length);
      for (let k = 0; k < r.length; k++) cells[k] = r[k]?.cells[i];
      return cells;
    }
  }
}

/** Row label for a unit block's row: the unit's name and the row as written (`Kadut: MENOT`). */
export function unitRowLabel(unit: UnitBlock, row: LabeledRow): string {
  return unit.name ? `${unit.name}: ${row.label}` : row.label;
}

/** The cells' addresses merged into ranges (`B9:B13`); missing cells are left out. */
export function cellRanges(cells: readonly (ValueCell | undefined)[]): string[] {
  return mergeCells(cells);
}
