import { Lang } from "../core/options";
import { Params, fill } from "./template";

/** A message catalog: key → template with `{name}` placeholders, one per language. */
export type Catalog = Record<Lang, Record<string, string>>;

export type { Params } from "./template";

/**
 * Fills a template: `{name}` takes a parameter (left as written when missing),
 * `{n, plural, one {…} other {…}}` picks the branch for the number in `lang` (see plural.ts),
 * `{n, number}` writes a whole number grouped as `lang` groups it (500 000 / 500,000),
 * and `{@key}` inserts another message of the same translator: a surface (CLI or task pane)
 * words its own advice this way, e.g. `{@hint.population}`. Each template is read once
 * (template.ts).
 */
export function fillTemplate(template: string, params: Params = {}, lang: Lang = "fi", lookup?: (key: string) => string | undefined): string {
  return fill(template, params, lang, lookup);
}

/**
 * A translator over several catalogs, the first that has a key winning (so a surface's own
 * catalog can go before the shared ones); a missing key is a programming error and says so.
 */
export function makeTranslator(lang: Lang, ...catalogs: Catalog[]) {
  const lookup = catalogLookup(lang, catalogs);
  return (key: string, params?: Params): string => fillTemplate(templateOf(lookup, lang, key), params, lang, lookup);
}

/** A key's template in several catalogs, the first that has it winning; undefined in none. */
export function catalogLookup(lang: Lang, catalogs: readonly Catalog[]): (key: string) => string | undefined {
  return (key: string): string | undefined => {
    for (const c of catalogs) {
      const template = c[lang][key];
      if (template !== undefined) return template;
    }
    return undefined;
  };
}

/** The template of `key`; a missing one is a programming error and says so. */
export function templateOf(lookup: (key: string) => string | undefined, lang: Lang, key: string): string {
  const template = lookup(key);
  if (template === undefined) throw new Error(`Missing ${lang} message: ${key}`);
  return template;
}

export type Translate = ReturnType<typeof makeTranslator>;
