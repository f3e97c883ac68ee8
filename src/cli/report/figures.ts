import Decimal from "decimal.js";
import { Lang } from "../../core/options";
import { formatNumber } from "../../core/numbers";
import { SeverityCounts, SEVERITIES } from "../../core/findings";
import { Translate } from "../../i18n/translate";

/**
 * A finding's decimal string as a reader expects it: `-1 076 109`, `8,1` in Finnish, `-1,076,109`,
 * `8.1` in English, with as many decimals as the engine gave. Anything that is not a decimal
 * (a text the engine quotes) is shown as it is.
 */
export function formatFigure(value: string | undefined, lang: Lang, group = lang === "fi" ? " " : ","): string {
  if (value === undefined) return "";
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const decimals = value.includes(".") ? value.split(".")[1].length : 0;
  return formatNumber(new Decimal(value), { decimals, group, decimalPoint: lang === "fi" ? "," : "." });
}

/** `3 virhettä, 1 varoitus, 0 huomiota` */
export function countLine(counts: SeverityCounts, t: Translate): string {
  return SEVERITIES.map((s) => t(`count.${s}.${counts[s] === 1 ? "one" : "many"}`, { n: counts[s] })).join(", ");
}
