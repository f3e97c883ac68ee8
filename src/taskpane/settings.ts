import { ColumnRef, NAMEABLE_KINDS } from "../core/compare/columns";
import { ChangeBase, CheckOptions, DEFAULT_TOLERANCES, Lang, Tolerances } from "../core/options";

/**
 * The task pane's settings as stored in the workbook (`StoredState.settings`). They are read
 * back leniently: a value that is missing or malformed falls back to its default rather than
 * stopping the pane, because the stored JSON travels with files we did not write.
 */
export interface PaneSettings {
  lang: Lang;
  tolerances: Tolerances;
  /** Residents on 31.12 of each year. */
  population: Record<number, number>;
  changeBases: ChangeBase[];
  managementTotals: Record<number, number>;
}

export function defaultSettings(lang: Lang): PaneSettings {
  return { lang, tolerances: { ...DEFAULT_TOLERANCES }, population: {}, changeBases: [], managementTotals: {} };
}

/** `fi-FI`, `fi`, `sv-FI` … → the pane's language; Finnish only when the language is Finnish. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^fi\b/i.test(locale) ? "fi" : "en";
}

export function settingsFromStored(raw: Record<string, unknown> | undefined, fallbackLang: Lang): PaneSettings {
  const base = defaultSettings(fallbackLang);
  if (!raw) return base;
  const tol = isRecord(raw.tolerances) ? raw.tolerances : {};
  const tolerances = { ...base.tolerances };
  for (const key of Object.keys(tolerances) as (keyof Tolerances)[]) {
    const v = tol[key];
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) tolerances[key] = v;
  }
  return {
    lang: raw.lang === "fi" || raw.lang === "en" ? raw.lang : fallbackLang,
    tolerances,
    population: yearValues(raw.population, true),
    changeBases: Array.isArray(raw.changeBases) ? raw.changeBases.filter(isChangeBase) : [],
    managementTotals: yearValues(raw.managementTotals, false),
  };
}

export function toCheckOptions(settings: PaneSettings): CheckOptions {
  return {
    lang: settings.lang,
    tolerances: { ...settings.tolerances },
    population: { ...settings.population },
    changeBases: settings.changeBases.map((b) => ({ target: { ...b.target }, base: { ...b.base } })),
    managementTotals: { ...settings.managementTotals },
  };
}

function yearValues(raw: unknown, positiveOnly: boolean): Record<number, number> {
  const out: Record<number, number> = {};
  if (!isRecord(raw)) return out;
  for (const [key, v] of Object.entries(raw)) {
    const year = Number(key);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (positiveOnly && v <= 0) continue;
    out[year] = v;
  }
  return out;
}

function isChangeBase(v: unknown): v is ChangeBase {
  return isRecord(v) && isColumn(v.target) && isColumn(v.base);
}

function isColumn(v: unknown): v is ColumnRef {
  return isRecord(v) && NAMEABLE_KINDS.some((k) => k === v.kind) && typeof v.year === "number" && Number.isInteger(v.year);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
