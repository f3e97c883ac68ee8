/**
 * What sums over cells share, kept once for them all (`CellsEquation` points to it): a large book
 * records tens of thousands, each living to the end of the check and copied by the scavenges on
 * the way, and an equation carrying these fields itself was twice the size.
 */

/** What a rule's equations of one column share on every sheet (a book has a few dozen). */
export interface ColumnKind {
  readonly rule: string;
  readonly relation: string | undefined;
  readonly column: string | undefined;
  /** Integer coefficient of each part; every part counts +1 when absent (the rules share one list). */
  readonly signs: readonly number[] | undefined;
  /** Euro gap still counted as rounding, in the table's own unit. */
  readonly tolerance: number;
}

/** A column's kind on one sheet: the checked cells' sheet and the parts'. */
export interface CellsKind {
  readonly of: ColumnKind;
  readonly sheet: string;
  readonly partsSheet: string;
}

// The kinds made last: a rule records a column's (or a row's) equations one after another, and a
// table's few columns take turns; a sheet's tables have a few dozen columns of the rules in all.
const RECENT_KINDS = 8;
const RECENT_COLUMNS = 64;
const recentKinds: CellsKind[] = [];
const recentColumns: ColumnKind[] = [];
let nextKind = 0;
let nextColumn = 0;

export function kindOf(
  rule: string,
  relation: string | undefined,
  column: string | undefined,
  sheet: string,
  partsSheet: string,
  signs: readonly number[] | undefined,
  tolerance: number,
): CellsKind {
  for (let i = 0; i < recentKinds.length; i++) {
    const k = recentKinds[i];
    if (k.sheet === sheet && k.partsSheet === partsSheet && isColumn(k.of, rule, relation, column, signs, tolerance)) return k;
  }
  const made: CellsKind = { of: columnKindOf(rule, relation, column, signs, tolerance), sheet, partsSheet };
  recentKinds[nextKind] = made;
  nextKind = (nextKind + 1) % RECENT_KINDS;
  return made;
}

function columnKindOf(rule: string, relation: string | undefined, column: string | undefined, signs: readonly number[] | undefined, tolerance: number): ColumnKind {
  for (let i = 0; i < recentColumns.length; i++) {
    const c = recentColumns[i];
    if (isColumn(c, rule, relation, column, signs, tolerance)) return c;
  }
  const made: ColumnKind = { rule, relation, column, signs, tolerance };
  recentColumns[nextColumn] = made;
  nextColumn = (nextColumn + 1) % RECENT_COLUMNS;
  return made;
}

function isColumn(c: ColumnKind, rule: string, relation: string | undefined, column: string | undefined, signs: readonly number[] | undefined, tolerance: number): boolean {
  return c.column === column && c.rule === rule && c.signs === signs && c.relation === relation && c.tolerance === tolerance;
}
