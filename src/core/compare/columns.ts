import { ColumnKind } from "../model";

/** A year column as far as matching goes: its kind and year. */
export interface ColumnRef {
  kind: ColumnKind;
  year: number;
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
  const exact = columns.findIndex((c) => c.kind === target.kind && c.year === target.year);
  if (exact >= 0) return { index: exact, exact: true };
  const alias = TA_ALIASES[target.kind];
  if (alias) {
    const i = columns.findIndex((c) => c.kind === alias && c.year === target.year);
    if (i >= 0) return { index: i, exact: false };
  }
  return null;
}

const TA_ALIASES: Partial<Record<ColumnKind, ColumnKind>> = { TA: "TA+MUUTOS", "TA+MUUTOS": "TA" };

/** First column of `columns` that is one of `refs`, tried in the order of `refs`. */
export function findFirstColumn(refs: readonly ColumnRef[], columns: readonly ColumnRef[]): number {
  for (const r of refs) {
    const i = columns.findIndex((c) => c.kind === r.kind && c.year === r.year);
    if (i >= 0) return i;
  }
  return -1;
}

export function sameColumn(a: ColumnRef, b: ColumnRef): boolean {
  return a.kind === b.kind && a.year === b.year;
}
