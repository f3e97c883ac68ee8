import { normaliseSpaces } from "../../numbers";
import { perText } from "../../perText";

/**
 * The money unit a table is printed in, as a title, header or note says it: `1 000 €`, `t€`,
 * `1000 euroa`, `milj. €`, `tkr`-style abbreviations. `factor` is how many euros one printed unit is.
 */
export interface MoneyUnit {
  factor: number;
  /** The words it was read from, as written. */
  text: string;
}

interface UnitWord {
  pattern: RegExp;
  factor: number;
}

// Each alternative must stand alone (bounded by start, end, space or a bracket) so that
// `1 000 €` inside a figure is never read: callers pass titles and headers, not figures.
const UNIT_WORDS: readonly UnitWord[] = [
  { pattern: /(^|[\s(,])(milj\.?|miljoonaa|million|mn|meur|m€)\s*(€|eur|euroa|euro)?(?=$|[\s),])/i, factor: 1_000_000 },
  { pattern: /(^|[\s(,])1\s?000\s*(€|eur|euroa|euro)(?=$|[\s),])/i, factor: 1000 },
  { pattern: /(^|[\s(,])(t€|teur|keur|k€|tuhatta euroa|tuhansina euroina|tusen euro|eur 1\s?000|eur thousand|thousand euros?|€ 1\s?000)(?=$|[\s),.])/i, factor: 1000 },
  { pattern: /(^|[\s(,])(€|eur|euroa|euro|euros)(?=$|[\s),])/i, factor: 1 },
];

/** The unit named in a text, if any; the largest-scale mention wins (`1 000 €` over `€`). */
export function unitIn(text: string): MoneyUnit | null {
  return units(text);
}

// Every header cell and the lines over each table are asked: each distinct text is read once
// (the unit is frozen, shared).
const units = perText(readUnit);

function readUnit(text: string): MoneyUnit | null {
  const t = normaliseSpaces(text);
  if (t === "" || t.length > 200) return null;
  for (const w of UNIT_WORDS) {
    const m = w.pattern.exec(t);
    if (m) return { factor: w.factor, text: m[0].replace(/^[\s(,]+/, "").trim() };
  }
  return null;
}

/**
 * A cell that says nothing but a unit (`1 000 €`, `(t€)`, `€`): a header line, not a figure.
 * Asked of every header line and statement label: each distinct text is read once.
 */
export const isUnitOnly: (text: string) => boolean = perText(readUnitOnly);

function readUnitOnly(text: string): boolean {
  const t = normaliseSpaces(text).replace(/^\((.*)\)$/, "$1").trim();
  if (t === "") return false;
  const u = unitIn(t);
  return u !== null && u.text.length >= t.replace(/^\((.*)\)$/, "$1").trim().length - 1;
}

// The same patterns, global, built once: building them per call was most of a label's cost.
const UNIT_WORDS_GLOBAL: readonly RegExp[] = UNIT_WORDS.map((w) => new RegExp(w.pattern.source, w.pattern.flags + "g"));

// Every unit word contains one of these; a label without any (most labels) needs no replacing.
const MAY_HOLD_UNIT = /[€]|eur|milj|million|mn|1\s?000|tuhat|tusen|thousand/i;

/** The text with any unit mention taken out (`TA 2024 (1 000 €)` → `TA 2024`). */
export const withoutUnit: (text: string) => string = perText(readWithoutUnit);

function readWithoutUnit(text: string): string {
  let t = normaliseSpaces(text);
  if (MAY_HOLD_UNIT.test(t)) {
    for (const pattern of UNIT_WORDS_GLOBAL) t = t.replace(pattern, "$1");
  }
  if (t.includes("(")) t = t.replace(/\(\s*\)/g, "");
  return t.replace(/\s+/g, " ").trim();
}
