import { Lang } from "../core/options";
import { matchingBrace, parsePluralBranches, selectBranch } from "./plural";

/** A message catalog: key → template with `{name}` placeholders, one per language. */
export type Catalog = Record<Lang, Record<string, string>>;

export type Params = Record<string, string | number | undefined>;

/**
 * Fills a template: `{name}` takes a parameter (left as written when missing),
 * `{n, plural, one {…} other {…}}` picks the branch for the number in `lang` (see plural.ts),
 * `{n, number}` writes a whole number grouped as `lang` groups it (500 000 / 500,000),
 * and `{@key}` inserts another message of the same translator: a surface (CLI or task pane)
 * words its own advice this way, e.g. `{@hint.population}`.
 */
export function fillTemplate(template: string, params: Params = {}, lang: Lang = "fi", lookup?: (key: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    out += placeholder(template.slice(open + 1, close), template.slice(open, close + 1), params, lang, lookup);
    i = close + 1;
  }
  return out;
}

function placeholder(inner: string, whole: string, params: Params, lang: Lang, lookup?: (key: string) => string | undefined): string {
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) {
    const v = params[simple[1]];
    return v === undefined ? whole : String(v);
  }
  const ref = /^@([\w.-]+)$/.exec(inner);
  if (ref) {
    const referenced = lookup?.(ref[1]);
    return referenced === undefined ? whole : fillTemplate(referenced, params, lang, lookup);
  }
  const number = /^\s*(\w+)\s*,\s*number\s*$/.exec(inner);
  if (number) {
    const v = params[number[1]];
    return v === undefined || !/^-?\d+$/.test(String(v)) ? whole : groupDigits(String(v), lang);
  }
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (plural) {
    const v = params[plural[1]];
    const branches = parsePluralBranches(plural[2]);
    const n = typeof v === "number" ? v : Number(v);
    if (v === undefined || !branches || !Number.isFinite(n)) return whole;
    const branch = selectBranch(branches, lang, n).replace(/#/g, String(v));
    return fillTemplate(branch, params, lang, lookup);
  }
  return whole;
}

// Written from the digits, not through a float, so a limit or count of any size stays exact.
function groupDigits(digits: string, lang: Lang): string {
  const separator = lang === "fi" ? "\u00a0" : ",";
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A translator over several catalogs, the first that has a key winning (so a surface's own
 * catalog can go before the shared ones); a missing key is a programming error and says so.
 */
export function makeTranslator(lang: Lang, ...catalogs: Catalog[]) {
  const lookup = (key: string): string | undefined => {
    for (const c of catalogs) {
      const template = c[lang][key];
      if (template !== undefined) return template;
    }
    return undefined;
  };
  return (key: string, params?: Params): string => {
    const template = lookup(key);
    if (template === undefined) throw new Error(`Missing ${lang} message: ${key}`);
    return fillTemplate(template, params, lang, lookup);
  };
}

export type Translate = ReturnType<typeof makeTranslator>;
