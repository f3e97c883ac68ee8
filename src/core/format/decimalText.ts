import { DecimalsPolicy } from "./decimals";

/**
 * A figure written from its plain decimal text (`-1234.5`, what a finding and a message parameter
 * carry), worked on the digits: the same text formatFigure writes through a Decimal, without
 * parsing one. Every report writes thousands of figures, each of them once, so parsing each into
 * a Decimal only to write it out again was most of the reports' time.
 */

// What decimalString writes; anything else (an exponent, a `+`, spaces) is left to Decimal.
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Beyond this many decimals a figure is noise (decimals.ts's MOST_DECIMALS). */
const MOST_DECIMALS = 6;

/** The digits of a plain decimal text, without leading or trailing zeros. */
interface Digits {
  negative: boolean;
  /** Integer digits, "" for zero. */
  whole: string;
  /** Fraction digits, "" for none. */
  fraction: string;
}

function digitsOf(text: string): Digits | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  let start = 0;
  const whole = m[2];
  while (start < whole.length && whole.charCodeAt(start) === ZERO) start++;
  const fraction = m[3] ?? "";
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === ZERO) end--;
  return { negative: m[1] === "-", whole: whole.slice(start), fraction: fraction.slice(0, end) };
}

const ZERO = 48;
const FIVE = 53;

/**
 * `text` at the decimals `policy` gives, rounded half away from zero, grouped with `group`, with
 * `point`, never `-0`: formatFigure's text. Undefined when the text is not a plain decimal.
 */
export function formatDecimalText(text: string, policy: DecimalsPolicy, group: string, point: string): string | undefined {
  const d = digitsOf(text);
  if (!d) return undefined;
  const decimals = decimalsOf(d, policy);
  if (decimals === undefined) return undefined;
  const { whole, fraction } = d;
  let kept = whole + (fraction.length >= decimals ? fraction.slice(0, decimals) : fraction + "0".repeat(decimals - fraction.length));
  if (fraction.length > decimals && fraction.charCodeAt(decimals) >= FIVE) kept = increment(kept);
  const cut = kept.length - decimals;
  const intPart = cut > 0 ? kept.slice(0, cut) : "0";
  const body = decimals > 0 ? `${grouped(intPart, group)}${point}${kept.slice(cut)}` : grouped(intPart, group);
  return d.negative && /[1-9]/.test(kept) ? `-${body}` : body;
}

/** Whether `text` is a plain decimal above zero; undefined when it is not a plain decimal. */
export function isPositiveText(text: string): boolean | undefined {
  const d = digitsOf(text);
  return d && !d.negative && (d.whole !== "" || d.fraction !== "");
}

/** decimalsFor on the digits; undefined for a policy Decimal would refuse (not a whole count). */
function decimalsOf(d: Digits, policy: DecimalsPolicy): number | undefined {
  if (typeof policy === "number") return Number.isInteger(policy) && policy >= 0 ? policy : undefined;
  if (!Number.isInteger(policy.upTo) || policy.upTo < 0) return undefined;
  const own = d.fraction.length;
  let decimals = Math.min(own, policy.upTo);
  if (d.whole === "" && own === 0) return decimals;
  while (decimals < own && decimals < MOST_DECIMALS && roundsToZero(d, decimals)) decimals++;
  return decimals;
}

/** Rounded half up at `decimals`, the figure is zero: below half a unit of the last decimal kept. */
function roundsToZero(d: Digits, decimals: number): boolean {
  if (d.whole !== "") return false;
  for (let i = 0; i < decimals; i++) if (d.fraction.charCodeAt(i) !== ZERO) return false;
  return d.fraction.charCodeAt(decimals) < FIVE;
}

/** A digit string plus one in its last place ("" is zero). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const tail = "0".repeat(digits.length - 1 - i);
  return i < 0 ? `1${tail}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${tail}`;
}

function grouped(intPart: string, group: string): string {
  return intPart.length <= 3 ? intPart : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}
