import { Lang } from "../core/options";

/**
 * Plurals for both languages through the platform's CLDR rules (Intl.PluralRules), so that
 * "1 varoitus" / "2 varoitusta" and "1 warning" / "2 warnings" come out right without each
 * caller choosing a key by hand.
 *
 * Templates write a plural the ICU way: `{count, plural, one {# virhe} other {# virhettä}}`.
 * `#` stands for the number; `=0 {…}` picks an exact number before the category is asked.
 * Inside a branch, ordinary `{name}` placeholders still work.
 */

const LOCALES: Record<Lang, string> = { fi: "fi-FI", en: "en-GB" };
const rulesByLang = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang`: `one` or `other` in Finnish and English. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  // Counts in messages are small whole numbers, asked of ICU again and again: each is asked once.
  const small = Number.isInteger(n) && n >= 0 && n < SMALL;
  const known = small ? categoriesOf(lang)[n] : undefined;
  if (known) return known;
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    rulesByLang.set(lang, rules);
  }
  const category = rules.select(n);
  if (small) categoriesOf(lang)[n] = category;
  return category;
}

const SMALL = 1000;
const smallCategories = new Map<Lang, Intl.LDMLPluralRule[]>();

function categoriesOf(lang: Lang): Intl.LDMLPluralRule[] {
  let list = smallCategories.get(lang);
  if (!list) smallCategories.set(lang, (list = []));
  return list;
}

/** The branches of a plural argument, keyed `one`, `other`, `=0` …; null when the text is not one. */
export function parsePluralBranches(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i])) i++;
    if (i >= body.length) break;
    const start = i;
    while (i < body.length && /[^\s{]/.test(body[i])) i++;
    const selector = body.slice(start, i);
    while (i < body.length && /\s/.test(body[i])) i++;
    if (!selector || body[i] !== "{") return null;
    const end = matchingBrace(body, i);
    if (end < 0) return null;
    branches.set(selector, body.slice(i + 1, end));
    i = end + 1;
  }
  return branches.has("other") ? branches : null;
}

/** Index of the `}` closing the `{` at `open`, or −1. */
export function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

