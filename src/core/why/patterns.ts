import Decimal from "decimal.js";

/**
 * How a wrong figure may have come about, read from the figure and the value that reconciles it.
 * Each pattern is a typing or copying slip a reader recognises; `params` fill its message.
 */
export type PatternId = "one-digit" | "swapped-digits" | "sign-flipped" | "times-ten" | "divided-by-ten" | "copied-column" | "constant-over-formula";

export interface Pattern {
  id: PatternId;
  params: Record<string, string>;
}

/** The digits of |v| written with `decimals` decimals, without the point. */
function digitsOf(v: Decimal, decimals: number): string {
  return v.abs().toFixed(decimals).replace(".", "");
}

/** Decimals both figures need to be written exactly (at most 4). */
function commonDecimals(a: Decimal, b: Decimal): number {
  return Math.min(Math.max(a.decimalPlaces(), b.decimalPlaces()), 4);
}

/**
 * One digit typed wrong (359 806 for 359 816) or two neighbouring digits swapped (359 861): the
 * figures have the same sign and length and differ in one place, or in two neighbouring places
 * holding the same digits crosswise.
 */
export function digitSlip(actual: Decimal, suggested: Decimal): Pattern | null {
  if (actual.eq(suggested) || (actual.isNegative() !== suggested.isNegative() && !actual.isZero() && !suggested.isZero())) return null;
  const d = commonDecimals(actual, suggested);
  const a = digitsOf(actual, d);
  const b = digitsOf(suggested, d);
  if (a.length !== b.length) return null;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return { id: "one-digit", params: { wrongDigit: a[diff[0]], rightDigit: b[diff[0]] } };
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) {
    return { id: "swapped-digits", params: { digits: a.slice(diff[0], diff[1] + 1), right: b.slice(diff[0], diff[1] + 1) } };
  }
  return null;
}

/** The right amount with the wrong sign. */
export function signFlip(actual: Decimal, suggested: Decimal): Pattern | null {
  return !actual.isZero() && actual.eq(suggested.neg()) ? { id: "sign-flipped", params: {} } : null;
}

// Ten units of the last decimal, for 0 … 4 decimals (commonDecimals' range): 10, 1, 0.1, …
const TEN_UNITS = [0, 1, 2, 3, 4].map((d) => new Decimal(10).pow(1 - d));

/**
 * A digit too many or too few: the figure is ten times the right one, or a tenth of it, to the
 * precision the figure is written with (a dropped last digit loses what it held).
 */
export function tenfold(actual: Decimal, suggested: Decimal): Pattern | null {
  if (actual.isZero() || suggested.isZero() || actual.isNegative() !== suggested.isNegative()) return null;
  const within = TEN_UNITS[commonDecimals(actual, suggested)];
  if (actual.minus(suggested.mul(10)).abs().lt(within)) return { id: "times-ten", params: {} };
  if (actual.mul(10).minus(suggested).abs().lt(within)) return { id: "divided-by-ten", params: {} };
  return null;
}

/** The figure equals the same row in another column: a year copied from its neighbour. */
export function copiedColumn(actual: Decimal, suggested: Decimal, siblings: readonly { column: string; value: Decimal | null }[]): Pattern | null {
  if (actual.eq(suggested) || actual.isZero()) return null;
  const same = siblings.find((s) => s.value !== null && s.value.eq(actual));
  return same ? { id: "copied-column", params: { column: same.column } } : null;
}

/** The first slip that explains the repair, strongest evidence first. */
export function slipOf(actual: Decimal, suggested: Decimal, siblings: readonly { column: string; value: Decimal | null }[] = []): Pattern | null {
  return signFlip(actual, suggested) ?? tenfold(actual, suggested) ?? digitSlip(actual, suggested) ?? copiedColumn(actual, suggested, siblings);
}

/** Whole-number trailing zeros (30 000 → 4; 0 and fractions → 0): how round a figure is. */
export function roundness(v: Decimal): number {
  if (v.isZero() || !v.isInteger()) return 0;
  const digits = v.abs().toFixed(0);
  return digits.length - digits.replace(/0+$/, "").length;
}
