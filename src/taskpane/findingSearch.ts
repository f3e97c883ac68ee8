import { Finding } from "../core/findings";
import { findingFigure } from "../core/format";
import { Lang } from "../core/options";
import { renderMessage } from "../i18n/render";
import { Translate } from "../i18n/translate";

/**
 * Finding a finding by what the pane shows of it: a long list is drawn only near the view, so the
 * browser's find and a screen reader's browse mode cannot reach the rest. Each finding's text is
 * folded once; typing then only tests words against those strings.
 */

/** Marks that fold into their letter, except in å, ä and ö: to a Finn or a Swede those are letters of their own, not an a or an o with a mark. */
const KEPT_LETTERS: Record<string, string> = { "a\u030a": "å", "a\u0308": "ä", "o\u0308": "ö" };

/**
 * `text` as it is compared: case ignored ("d37" is "D37"), accents ignored ("kahvila" finds
 * "Kahvilá"), but "ä" never "a"; the spaces that group a figure's thousands are plain spaces and
 * a minus sign a hyphen, as they are typed.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[ao][\u030a\u0308]|[\u0300-\u036f]/g, (m) => KEPT_LETTERS[m] ?? (m.length > 1 ? m[0] : ""))
    .replace(/\s+/g, " ")
    .replace(/\u2212/g, "-");
}

/**
 * A cell reference as Excel writes it in a formula or the Name Box, as the pane writes it:
 * `'Kaupunki 2024'!$C$14` is `Kaupunki 2024!C14` (a sheet name with a space is quoted there, a
 * quote in it doubled, and `$` makes a reference absolute; the pane shows neither).
 */
function plainReference(query: string): string {
  return query
    .replace(/'((?:[^']|'')+)'!/g, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`)
    .replace(/\$(?=[A-Za-z]{1,3}\$?\d)|(?<=[A-Za-z])\$(?=\d)/g, "");
}

/** The words typed, folded; a finding matches when its text contains every one of them, in any order. */
export function searchWords(query: string): string[] {
  return foldForSearch(plainReference(query)).split(" ").filter((w) => w.length > 0);
}

/**
 * What the pane shows of a finding, one field a line so that no word matches across two fields:
 * its sheet and cell (also as Sheet!A1), its table, vastuualue, row and column labels, its figures
 * and its message, with the messages of its cause and pattern.
 */
export function findingSearchText(f: Finding, lang: Lang, t: Translate): string {
  const fields = [f.sheet, f.cell, `${f.sheet}!${f.cell}`, f.area, f.row, f.column];
  if (f.table) fields.push(t(`table.${f.table}`));
  for (const k of ["actual", "expected", "difference"] as const) {
    const figure = f[k];
    if (figure !== undefined && figure !== "") fields.push(findingFigure(figure, lang));
  }
  fields.push(renderMessage(f.parts, lang, "pane"));
  if (f.cause) fields.push(f.cause.cell, renderMessage(f.cause.parts, lang, "pane"));
  for (const c of f.possibleCauses ?? []) fields.push(c.cell, renderMessage(c.parts, lang, "pane"));
  if (f.pattern) fields.push(renderMessage(f.pattern.parts, lang, "pane"));
  return fields
    .filter((x): x is string => x !== undefined && x !== "")
    .map(foldForSearch)
    .join("\n");
}

/** Whether folded `text` contains every word of `words`. */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

/**
 * The folded text of each finding in `lang`, made when first asked for and kept while the findings
 * are the same objects (they stay so until the next check): a keystroke costs one `includes` a word
 * per finding, not a message rendered again.
 */
export function searchIndex(lang: Lang, t: Translate): (f: Finding) => string {
  const texts = new WeakMap<Finding, string>();
  return (f) => {
    let text = texts.get(f);
    if (text === undefined) texts.set(f, (text = findingSearchText(f, lang, t)));
    return text;
  };
}
