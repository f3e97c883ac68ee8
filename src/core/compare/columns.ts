import { ColumnKind } from "../model";

/**
 * A year column named by its kind and year (`TA 2024`): how options, notes under a table, the
 * CLI's `--base` and the pane's settings name a column. The one declaration of that shape.
 */
export interface ColumnRef {
  kind: ColumnKind;
  year: number;
}

/** The kinds a user may name in `--base` or the settings, longest spelling first for the parser. */
export const NAMEABLE_KINDS: readonly ColumnKind[] = ["TA+MUUTOS", "TPE", "TP", "TA", "KS", "TS", "EHDOTUS", "KEHYS"];

const COLUMN_NAME = new RegExp(`^\\s*(${NAMEABLE_KINDS.map((k) => k.replace("+", "\\s*\\+\\s*")).join("|")})\\s*((?:19|20)\\d{2})\\s*$`, "i");

/** `TA 2024`, `ta+muutos 2023`, `TA + muutos 2023` → kind and year; null when not a column name. */
export function parseColumnRef(text: string): ColumnRef | null {
  const m = COLUMN_NAME.exec(text);
  if (!m) return null;
  return { kind: m[1].toUpperCase().replace(/\s+/g, "") as ColumnKind, year: Number(m[2]) };
}

/** `TA 2024` */
export function columnRefName(c: ColumnRef): string {
  return `${c.kind} ${c.year}`;
}

/**
 * TA of a year and TA+MUUTOS of the same year name the same budget in different books (the
 * seed's tunnusluvut `TA 2023` is käyttötalous `TA+MUUTOS 2023`): the one place that says so.
 */
const BUDGET_ALIAS: Partial<Record<ColumnKind, ColumnKind>> = { TA: "TA+MUUTOS", "TA+MUUTOS": "TA" };

/** `ref`, then its TA ↔ TA+MUUTOS alias when it has one: candidates in order of preference. */
export function withBudgetAlias(ref: ColumnRef): ColumnRef[] {
  const alias = BUDGET_ALIAS[ref.kind];
  return alias ? [ref, { kind: alias, year: ref.year }] : [ref];
}

export interface ColumnMatch {
  index: number;
  /** False when matched through the TA ↔ TA+MUUTOS fallback. */
  exact: boolean;
}

/**
 * Finds the column of `columns` that holds the same figures as `target`. Exact kind and year
 * first; else TA of a year stands for TA+MUUTOS of the same year and back, because budget books
 * label the amended budget either way (the seed's tunnusluvut `TA 2023` is käyttötalous
 * `TA+MUUTOS 2023`).
 */
export function matchColumn(target: ColumnRef, columns: readonly ColumnRef[]): ColumnMatch | null {
  // `withBudgetAlias`'s order, tried without its list: every column of every table asks.
  const index = columnOf(target.kind, target.year, columns);
  if (index >= 0) return { index, exact: true };
  const alias = BUDGET_ALIAS[target.kind];
  const aliased = alias ? columnOf(alias, target.year, columns) : -1;
  return aliased < 0 ? null : { index: aliased, exact: false };
}

function columnOf(kind: ColumnKind, year: number, columns: readonly ColumnRef[]): number {
  for (let i = 0; i < columns.length; i++) if (columns[i].kind === kind && columns[i].year === year) return i;
  return -1;
}

/** First column of `columns` that is one of `refs`, tried in the order of `refs`. */
export function findFirstColumn(refs: readonly ColumnRef[], columns: readonly ColumnRef[]): number {
  // Indexed loops, no closure per ref: every management key, €/asukas cell and table asks.
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k];
    for (let i = 0; i < columns.length; i++) if (columns[i].kind === r.kind && columns[i].year === r.year) return i;
  }
  return -1;
}
