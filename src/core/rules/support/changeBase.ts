import { BaseNote, ColumnKind } from "../../model";
import { ChangeBase } from "../../options";
import { ColumnRef, withBudgetAlias } from "../../compare/columns";

/** Where a Muutos % column's comparison base came from, strongest first. */
export type BaseSource = "option" | "note" | "default";

export interface ResolvedBase {
  /** Acceptable base columns, in order of preference (defaults may offer two). */
  candidates: ColumnRef[];
  source: BaseSource;
  /** The note's cell, when a note under the table said it. */
  noteCell?: string;
}

/**
 * The comparison base of a `Muutos %` in column `target`: the user's explicit bases win; else a
 * note under the table (`* TA 2024 vrt. TA 2023`); else the defaults:
 * - TPE Y vs TA Y (or TA+MUUTOS Y): the forecast against the year's budget;
 * - TS Y vs year Y−1's TA, KS or TS: a plan year against the year before it;
 * - TA Y (and KS Y) vs TA Y−1 (or TA+MUUTOS Y−1); TA+MUUTOS Y vs TA+MUUTOS Y−1 (or TA Y−1);
 * - TP Y vs TP Y−1.
 */
export function resolveChangeBase(target: ColumnRef, explicit: readonly ChangeBase[], notes: readonly BaseNote[]): ResolvedBase {
  const opt = explicit.find((b) => b.target.kind === target.kind && b.target.year === target.year);
  if (opt) return { candidates: [opt.base], source: "option" };
  const note = notes.find((n) => n.target.kind === target.kind && n.target.year === target.year);
  if (note) return { candidates: [note.base], source: "note", noteCell: note.cell };
  return { candidates: defaultBases(target), source: "default" };
}

export function defaultBases(target: ColumnRef): ColumnRef[] {
  const y = target.year;
  const at = (kind: ColumnKind, year: number): ColumnRef => ({ kind, year });
  switch (target.kind) {
    case "TPE":
      return withBudgetAlias(at("TA", y));
    case "TS":
      return [at("TA", y - 1), at("KS", y - 1), at("TS", y - 1)];
    case "TA":
    case "KS":
    case "EHDOTUS":
    case "KEHYS":
      return withBudgetAlias(at("TA", y - 1));
    case "TA+MUUTOS":
      return withBudgetAlias(at("TA+MUUTOS", y - 1));
    case "TP":
      return [at("TP", y - 1)];
    // Amendments, an entity's figures and overrun rights are not compared with another year.
    case "MUUTOKSET":
    case "OSA":
    case "YLITYSOIKEUS":
      return [];
  }
}
