import Decimal from "decimal.js";
import { Lang } from "../../options";
import { formatEn, formatFi } from "../../numbers";

/** Figures in a message as the reader's language writes them (`-1 234,5` / `-1,234.5`). */
export function formatFigure(lang: Lang, value: Decimal, decimals = 0): string {
  return lang === "fi" ? formatFi(value, decimals) : formatEn(value, decimals);
}

/** Decimals to show an exact (computed) value with: as many as the checked cell, at least `min`. */
export function decimalsOf(value: Decimal): number {
  return Math.min(value.decimalPlaces(), 10);
}

/** A difference written with its sign, so `+5` and `-5` read as directions. */
export function formatSigned(lang: Lang, value: Decimal, decimals = 0): string {
  const s = formatFigure(lang, value, decimals);
  return value.gt(0) && /[1-9]/.test(s) ? `+${s}` : s;
}
