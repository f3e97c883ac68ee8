import Decimal from "decimal.js";

/**
 * A figure as printed in a budget book: optional minus (`-`, `−`, `–`, with or without a space
 * after it), digits grouped by spaces or no-break spaces, optional comma decimals.
 */
const FIGURE = /^([-−–]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(,\d+)?(\s?%|\s(?:milj\.|€))?$/;

export interface Figure {
  value: Decimal;
  /** Decimals as printed. */
  decimals: number;
  /** Printed with a `%` sign (`1,1 %`): `value` is the figure as printed (1.1). */
  percent: boolean;
  /** A unit printed in the cell after the figure (`2,9 milj.`, `514 €`), kept by the builder as a number format. */
  suffix?: string;
}

export function parseFigure(text: string): Figure | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const digits = m[2].replace(/[ \u00a0\u202f]/g, "");
  const frac = m[3] ? m[3].slice(1) : "";
  const value = new Decimal(`${m[1] ? "-" : ""}${digits}${frac ? "." + frac : ""}`);
  const tail = m[4]?.trim();
  return { value, decimals: frac.length, percent: tail === "%", ...(tail && tail !== "%" ? { suffix: tail } : {}) };
}

/** A figure written back as the documents print it: space thousands, comma decimals, `−`. */
export function printFigure(value: Decimal, decimals: number): string {
  const fixed = value.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const sign = value.isNegative() && !new Decimal(fixed).isZero() ? "−" : "";
  return `${sign}${grouped}${frac ? "," + frac : ""}`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
