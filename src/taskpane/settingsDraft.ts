import { parseFinnishNumber } from "../core/numbers";
import { Tolerances } from "../core/options";
import { PaneSettings } from "./settings";
import { columnRefName, parseColumnRef } from "../core/compare/columns";

/** The settings form as typed: texts, so a half-typed `0,` is kept while the user writes. */
export interface SettingsDraft {
  tolerances: Record<keyof Tolerances, string>;
  population: YearValueDraft[];
  managementTotals: YearValueDraft[];
  changeBases: { target: string; base: string }[];
}

export interface YearValueDraft {
  year: string;
  value: string;
}

/** Error message keys by field id (`tolerances.euros`, `population.0.year`, `changeBases.1.base`). */
export type DraftErrors = Record<string, string>;

export const TOLERANCE_KEYS: readonly (keyof Tolerances)[] = ["euros", "percentPoints", "perResident", "population"];

export function draftFromSettings(s: PaneSettings, lang: "fi" | "en"): SettingsDraft {
  const num = (n: number) => (lang === "fi" ? String(n).replace(".", ",") : String(n));
  const years = (r: Record<number, number>) =>
    Object.entries(r)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([year, value]) => ({ year, value: num(value) }));
  return {
    tolerances: {
      euros: num(s.tolerances.euros),
      percentPoints: num(s.tolerances.percentPoints),
      perResident: num(s.tolerances.perResident),
      population: num(s.tolerances.population),
    },
    population: years(s.population),
    managementTotals: years(s.managementTotals),
    changeBases: s.changeBases.map((b) => ({ target: columnRefName(b.target), base: columnRefName(b.base) })),
  };
}

/** Reads `7 008`, `0,5` and `0.5` alike. */
export function parseDraftNumber(text: string): number | null {
  const parsed = parseFinnishNumber(text);
  return parsed ? parsed.value.toNumber() : null;
}

/**
 * The draft as settings, or the fields to correct. Empty rows are dropped (a user adds a row and
 * changes their mind); a row with something in it must be whole.
 */
export function settingsFromDraft(draft: SettingsDraft, current: PaneSettings): { settings?: PaneSettings; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const tolerances = { ...current.tolerances };
  for (const key of TOLERANCE_KEYS) {
    const n = parseDraftNumber(draft.tolerances[key]);
    if (n === null || n < 0) errors[`tolerances.${key}`] = "settings.invalidNumber";
    else tolerances[key] = n;
  }
  const years = (rows: YearValueDraft[], field: string) => {
    const out: Record<number, number> = {};
    rows.forEach((row, i) => {
      if (row.year.trim() === "" && row.value.trim() === "") return;
      const year = Number(row.year.trim());
      if (!/^\d{4}$/.test(row.year.trim()) || year < 1900 || year > 2200) errors[`${field}.${i}.year`] = "settings.invalidYear";
      else if (year in out) errors[`${field}.${i}.year`] = "settings.duplicateYear";
      const value = parseDraftNumber(row.value);
      if (value === null || value <= 0) errors[`${field}.${i}.value`] = "settings.invalidPositive";
      if (!errors[`${field}.${i}.year`] && value !== null && value > 0) out[year] = value;
    });
    return out;
  };
  const population = years(draft.population, "population");
  const managementTotals = years(draft.managementTotals, "managementTotals");
  const changeBases: PaneSettings["changeBases"] = [];
  draft.changeBases.forEach((row, i) => {
    if (row.target.trim() === "" && row.base.trim() === "") return;
    const target = parseColumnRef(row.target);
    const base = parseColumnRef(row.base);
    if (!target) errors[`changeBases.${i}.target`] = "settings.invalidColumn";
    if (!base) errors[`changeBases.${i}.base`] = "settings.invalidColumn";
    if (target && base) changeBases.push({ target, base });
  });
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { ...current, tolerances, population, managementTotals, changeBases }, errors };
}
