import { CellValue, isCellError } from "../../core/grid";
import { decimalsOfNumber, formatEn, formatFi } from "../../core/numbers";
import { Lang } from "../../core/options";

const MAX_SHOWN_DECIMALS = 4;

/** Decimals an Excel number format shows: `#,##0` → 0, `0.0` → 1; the first section decides. */
export function decimalsOfFormat(numberFormat: string): number {
  const first = numberFormat.split(";")[0];
  const m = /\.(0+)/.exec(first);
  return m ? m[1].length : 0;
}

/** A cell as the demo grid shows it: numbers grouped for the reader's language, errors as Excel shows them. */
export function displayCell(value: CellValue, lang: Lang, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "#NUM!";
    const decimals = numberFormat !== undefined ? decimalsOfFormat(numberFormat) : Math.min(decimalsOfNumber(value), MAX_SHOWN_DECIMALS);
    return lang === "fi" ? formatFi(value, decimals) : formatEn(value, decimals);
  }
  return value;
}
