import { Lang } from "../core/options";

/** A message catalog: key → template with `{name}` placeholders, one per language. */
export type Catalog = Record<Lang, Record<string, string>>;

export type Params = Record<string, string | number | undefined>;

export function fillTemplate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** A translator over several catalogs; a missing key is a programming error and says so. */
export function makeTranslator(lang: Lang, ...catalogs: Catalog[]) {
  return (key: string, params?: Params): string => {
    for (const c of catalogs) {
      const template = c[lang][key];
      if (template !== undefined) return fillTemplate(template, params);
    }
    throw new Error(`Missing ${lang} message: ${key}`);
  };
}

export type Translate = ReturnType<typeof makeTranslator>;
