import { formatEn, formatFi } from "../core/numbers";
import { Lang } from "../core/options";

const MAX_DECIMALS = 2;

/**
 * A finding's figure (a plain decimal string such as `-1871150` or `8.1234`) as a reader expects
 * it: Finnish grouping and decimal comma in Finnish, English otherwise; at most two decimals
 * unless that would show a non-zero difference as zero. Text that is not a number is shown as is.
 */
export function formatFigure(value: string | undefined, lang: Lang): string {
  if (value === undefined || value === "") return "";
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const written = value.split(".")[1]?.length ?? 0;
  let decimals = Math.min(written, MAX_DECIMALS);
  const format = lang === "fi" ? formatFi : formatEn;
  let shown = format(value, decimals);
  while (/^-?[0.,\u00a0]+$/.test(shown) && /[1-9]/.test(value) && decimals < written && decimals < 6) {
    decimals++;
    shown = format(value, decimals);
  }
  return shown;
}
