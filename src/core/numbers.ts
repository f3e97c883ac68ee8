import Decimal from "decimal.js";
import { CellValue, isCellError } from "./grid";

/**
 * Reading cells as money or percentages. Parse once at the edge into Decimal; everything after
 * computes in Decimal and formats once for display.
 */

export type ParsedCell = ParsedNumber | { kind: "marker"; marker: string } | { kind: "empty" } | { kind: "text"; text: string } | { kind: "error"; error: string };

export interface ParsedNumber {
  kind: "number";
  readonly value: Decimal;
  /** decimals as written (text) or as stored (number) */
  decimals: number;
  /**
   * `value × 10^decimals` when that is a safe integer (|n| < 2^53): the exact figure for
   * integer arithmetic (arithmetic/exact.ts). Absent beyond 2^53 or when not known.
   */
  units?: number;
}

/**
 * A figure read from a cell. Its Decimal is built on first read of `value`: most figures are only
 * ever summed and compared as exact integers (`units`, arithmetic/exact.ts), and a workbook holds
 * tens of thousands of them, so an eager Decimal (and its digit array) per figure is most of the
 * model's live heap. Built from the figure's digits as the text or number wrote them, so it is the
 * Decimal an eager parse made (test/core/lazyNumber.test.ts).
 */
export class NumberCell implements ParsedNumber {
  readonly kind = "number" as const;
  readonly decimals: number;
  readonly units: number | undefined;
  private decimal: Decimal | undefined;

  /** `decimal` is required when `units` is undefined (a figure beyond 2^53, or one written with an exponent). */
  constructor(decimals: number, units: number | undefined, decimal?: Decimal) {
    this.decimals = decimals;
    this.units = units;
    this.decimal = decimal;
  }

  get value(): Decimal {
    return (this.decimal ??= decimalOfUnits(this.units as number, this.decimals));
  }

  /** The plain shape a parse always had, so reports and snapshots read the same. */
  toJSON(): { kind: "number"; value: Decimal; decimals: number; units?: number } {
    return { kind: "number", value: this.value, decimals: this.decimals, units: this.units };
  }
}

/**
 * The sign of a figure (0 for zero, minus zero too), read from its exact units when it has them
 * so that no Decimal is built; null when the cell holds no figure.
 */
export function figureSign(p: ParsedCell): -1 | 0 | 1 | null {
  if (p.kind !== "number") return null;
  const u = p.units;
  if (u !== undefined) return u > 0 ? 1 : u < 0 ? -1 : 0;
  return p.value.isZero() ? 0 : p.value.isNegative() ? -1 : 1;
}

/** `units × 10^-decimals` as the Decimal its written form parses to, `-0` kept: made from its words where it can be, else parsed. */
export function decimalOfUnits(units: number, decimals: number): Decimal {
  // Object.is: "-0" and "(0)" parse to units -0, and the eager parse kept that sign.
  const negative = units < 0 || Object.is(units, -0);
  const whole = negative ? -units : units;
  if (decimals >= 0 && decimals <= WORD_DIGITS && Number.isSafeInteger(whole)) return decimalOfWords(negative, whole, decimals);
  // A whole figure from the number itself: Decimal's parse of a text grows its digit array to
  // seventeen slots, where a number gets exactly its own (and the same Decimal, -0 included).
  if (decimals === 0) return new Decimal(units);
  let digits = String(whole);
  if (decimals > 0) {
    if (digits.length <= decimals) digits = "0".repeat(decimals - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  }
  return new Decimal(negative ? `-${digits}` : digits);
}

/** decimal.js keeps a figure's digits in words of seven (base 10^7), aligned on the decimal point. */
const WORD_DIGITS = 7;
const WORD = 1e7;
const TENS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * The Decimal of `whole × 10^-decimals` (at most seven decimals) made from its words by integer
 * arithmetic, not by writing the figure out and parsing it back: the very digits, exponent and
 * sign decimal.js's parse gives (test/core/lazyNumber.test.ts), at a fraction of the cost. Cells'
 * Decimals are made this way whenever a rule or the analysis first reads one.
 */
function decimalOfWords(negative: boolean, whole: number, decimals: number): Decimal {
  const x = new Decimal(0);
  // A Decimal just made, not yet seen by anyone: its parts are set as its parse would set them.
  const parts = x as unknown as { s: number; e: number; d: number[] };
  if (negative) parts.s = -1;
  if (whole === 0) return x;
  const scale = TENS[decimals];
  // Remainders and exact quotients only: a float division's floor can round up to the next integer.
  const fraction = whole % scale;
  const int = (whole - fraction) / scale;
  // The fraction as one word of seven digits, its trailing zeros filling the word as the parse pads it.
  const fractionWord = fraction * TENS[WORD_DIGITS - decimals];
  // Written out as literals: an array pushed onto grows room for seventeen words.
  const low = int % WORD;
  const high = (int - low) / WORD;
  let words: number[];
  if (high >= WORD) {
    const middle = high % WORD;
    const top = (high - middle) / WORD;
    words = fractionWord !== 0 ? [top, middle, low, fractionWord] : [top, middle, low];
  } else if (high > 0) words = fractionWord !== 0 ? [high, low, fractionWord] : [high, low];
  else if (int > 0) words = fractionWord !== 0 ? [int, fractionWord] : [int];
  else words = [fractionWord];
  // The parse writes no trailing zero words (`10000000` is one word, 1 at exponent 7).
  while (words[words.length - 1] === 0) words.pop();
  let digits = 1;
  for (let p = 10; p <= whole; p *= 10) digits++;
  parts.e = digits - 1 - decimals;
  parts.d = words;
  return x;
}

/**
 * Cell texts that mean "no figure here on purpose". `sis. joht.` = included in management
 * (sisältyy johtamiseen); `x` = not applicable; dashes = nil.
 */
const MARKERS = new Set(["sis. joht.", "sis.joht.", "sis joht", "sis. joht", "x", "-", "–", "—", "..", "…", "n/a"]);

const LONGEST_MARKER = 12;

export function isMarkerText(text: string): boolean {
  // Most cells are labels or figures; the length test keeps this off the hot path for them.
  if (text.length > LONGEST_MARKER + 4) return false;
  return MARKERS.has(normaliseSpaces(text).toLowerCase());
}

const SPECIAL_SPACE = /[\u00a0\u202f\u2007\u2009\u200a\t]| {2}|^ | $/;

/** Folds no-break, narrow and thin spaces into plain spaces and trims. */
export function normaliseSpaces(text: string): string {
  // Nearly every cell is already clean: test once instead of replacing three times.
  if (!SPECIAL_SPACE.test(text)) return text;
  return text.replace(/[\u00a0\u202f\u2007\u2009\u200a\t]/g, " ").replace(/ +/g, " ").trim();
}

// Thousands groups of three separated by space (or none), comma or point decimals.
const FINNISH_NUMBER = /^([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:[,.](\d+))?$/;

// What a number text can start with; labels (most text cells) fail this before any replace.
const NUMBER_START = /^[-+(\d\u2212\u2012\u2013\u2014]/;

/**
 * Parses a Finnish-formatted number text: `-1 234 567`, `1 234,5`, `−12,0`, `12,5 %`, `1 000 €`.
 * Returns null when the text is not a number (a label, a marker, a typo).
 */
export function parseFinnishNumber(text: string): NumberCell | null {
  const clean = normaliseSpaces(text);
  if (!NUMBER_START.test(clean)) return null;
  let t = clean
    .replace(/[\u2212\u2012\u2013\u2014]/g, "-")
    .replace(/\s*(%|€|eur|e)$/i, "")
    .trim();
  // Accounting style "(1 234)" means a negative amount.
  let negate = false;
  if (/^\(.*\)$/.test(t)) {
    negate = true;
    t = t.slice(1, -1).trim();
  }
  t = t.replace(/^([+-]) +/, "$1");
  const m = FINNISH_NUMBER.exec(t);
  if (!m) return null;
  const digits = m[2].replace(/ /g, "");
  const frac = m[3] ?? "";
  // "1.234" with a point and exactly three digits after it is ambiguous; in Finnish sheets a
  // point is not a thousands separator, so it is read as a decimal point like the comma.
  const units = safeUnits(digits + frac, (m[1] === "-") !== negate);
  if (units !== undefined) return new NumberCell(frac.length, units);
  // Beyond 2^53 the units cannot carry the figure: its Decimal is read from the text now.
  let value = new Decimal(`${m[1] === "-" ? "-" : ""}${digits}${frac ? "." + frac : ""}`);
  if (negate) value = value.neg();
  return new NumberCell(frac.length, undefined, value);
}

/** A digit string as a safe integer, or undefined beyond 2^53 (where a double is no longer exact). */
function safeUnits(digits: string, negative: boolean): number | undefined {
  // Fifteen digits are always below 2^53; more are read and tested.
  const n = Number(digits);
  if (digits.length > 15 && !Number.isSafeInteger(n)) return undefined;
  return negative ? -n : n;
}

/**
 * A stored fraction as `String(n)` writes it (the value Decimal reads), as a safe integer in units
 * of its last decimal: `1.25` → 125 (two decimals). Undefined for figures JavaScript writes with an
 * exponent.
 */
export function unitsOfFraction(s: string): number | undefined {
  if (s.includes("e")) return undefined;
  const negative = s.charCodeAt(0) === 45; /* - */
  const dot = s.indexOf(".");
  return safeUnits(s.slice(negative ? 1 : 0, dot) + s.slice(dot + 1), negative);
}

/** Number of decimals a JavaScript number shows when written shortest (1.5 → 1, 1234 → 0). */
export function decimalsOfNumber(n: number): number {
  return decimalsOfWritten(String(n));
}

/** Decimals of a number as `String(n)` writes it, exponent form included. */
export function decimalsOfWritten(s: string): number {
  const e = s.indexOf("e-");
  if (e >= 0) return Number(s.slice(e + 2)) + (s.split(".")[1]?.split("e")[0].length ?? 0);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function parseCell(value: CellValue): ParsedCell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", error: "#NUM!" };
    // A stored number's Decimal reads its shortest writing, as its units do; beyond 2^53 or in
    // exponent form it is made now.
    if (Number.isSafeInteger(value)) return new NumberCell(0, value);
    const written = String(value);
    const units = Number.isInteger(value) ? undefined : unitsOfFraction(written);
    return new NumberCell(decimalsOfWritten(written), units, units === undefined ? new Decimal(value) : undefined);
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  // A budget book prints the same labels (and often the same figures) on every area's sheet: one
  // parse per distinct text, shared by every cell holding it. Not through perText, which freezes
  // what it hands out: a figure's parse fills in its Decimal when first read.
  let parsed = PARSED_TEXTS.get(value);
  if (parsed === undefined) {
    parsed = parseText(value);
    if (PARSED_TEXTS.size >= PARSED_TEXTS_LIMIT) PARSED_TEXTS.clear();
    PARSED_TEXTS.set(value, parsed);
  }
  return parsed;
}

// Bounded, so a long-lived pane reading book after book keeps a bounded memory.
const PARSED_TEXTS = new Map<string, ParsedCell>();
const PARSED_TEXTS_LIMIT = 20_000;

function parseText(value: string): ParsedCell {
  const text = normaliseSpaces(value);
  if (text === "") return { kind: "empty" };
  if (text.charCodeAt(0) === 35 /* # */ && /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i.test(text)) {
    return { kind: "error", error: text.toUpperCase() };
  }
  if (isMarkerText(text)) return { kind: "marker", marker: text };
  const parsed = parseFinnishNumber(text);
  if (parsed) return parsed;
  return { kind: "text", text };
}

export interface FormatOptions {
  decimals?: number;
  /** Thousands separator; a no-break space by default so figures never wrap. */
  group?: string;
  decimalPoint?: string;
}

/** Formats as a budget book does: `-1 234 567`, `8,1`. Uses U+2212-free ASCII minus for copy-paste. */
export function formatNumber(value: Decimal | number | string, options: FormatOptions = {}): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const decimals = options.decimals ?? 0;
  const group = options.group ?? "\u00a0";
  const point = options.decimalPoint ?? ",";
  const fixed = d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fracPart ? `${grouped}${point}${fracPart}` : grouped;
  // "-0" reads as an error to a finance officer; show plain 0.
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

export function formatFi(value: Decimal | number | string, decimals = 0): string {
  return formatNumber(value, { decimals, group: "\u00a0", decimalPoint: "," });
}

/** A Decimal as the plain decimal string used in JSON reports (`-1871150`, `8.1`). */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}
