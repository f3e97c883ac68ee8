import Decimal from "decimal.js";
import { Lang } from "../options";
import { formatNumber } from "../numbers";
import { AS_READ, decimalsFor, DecimalsPolicy } from "./decimals";
import { separators } from "./language";
import { formatDecimalText, isPositiveText } from "./decimalText";

/**
 * The one way a figure is written for a reader, in the rules' messages, the CLI reports, the
 * task pane, the exports and the allocation sheet and text: `-1 234,5` in Finnish,
 * `-1,234.5` in English, rounded half up, never `-0`.
 */
export function formatFigure(lang: Lang, value: Decimal | number | string, decimals: DecimalsPolicy = 0): string {
  const { group, point } = separators(lang);
  // A decimal text (a finding's figure, a message's parameter) is written from its digits.
  const fromText = typeof value === "string" ? formatDecimalText(value, decimals, group, point) : undefined;
  if (fromText !== undefined) return fromText;
  const d = value instanceof Decimal ? value : new Decimal(value);
  return formatNumber(d, { decimals: decimalsFor(d, decimals), group, decimalPoint: point });
}

/** A difference written with its sign, so `+5` and `-5` read as directions. */
export function formatSigned(lang: Lang, value: Decimal | string, decimals: DecimalsPolicy = 0): string {
  const s = formatFigure(lang, value, decimals);
  const positive = typeof value === "string" ? (isPositiveText(value) ?? new Decimal(value).gt(0)) : value.gt(0);
  return positive && /[1-9]/.test(s) ? `+${s}` : s;
}

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/**
 * A finding's figure (`actual`, `expected`, `difference`: a decimal string such as `-1871150` or
 * `8.1`) as every edge shows it, so the CLI, the task pane and the exports agree. Text that is
 * not a number (a quoted cell) is shown as it is; a missing figure is empty.
 */
export function findingFigure(value: string | undefined, lang: Lang): string {
  if (value === undefined || value === "") return "";
  if (!DECIMAL_STRING.test(value)) return value;
  return formatFigure(lang, value, AS_READ);
}

/** `Decimal | null` in a table: a dash where there is no figure. */
export function figureOrDash(lang: Lang, value: Decimal | null | undefined, decimals: DecimalsPolicy = 0): string {
  return value === null || value === undefined ? "–" : formatFigure(lang, value, decimals);
}
