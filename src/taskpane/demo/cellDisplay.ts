import { CellValue, Grid, isCellError } from "../../core/grid";
import { decimalsOfNumber, formatNumber } from "../../core/numbers";
import { Lang } from "../../core/options";
import { separators as figureSeparators } from "../../core/format";

const MAX_SHOWN_DECIMALS = 4;

/**
 * How a number format code shows a number, as far as the demo needs: decimals, thousands
 * grouping, percent. The first section decides (`#,##0;-#,##0;0`); literal text is ignored.
 */
export interface ShownFormat {
  decimals: number;
  grouped: boolean;
  percent: boolean;
}

export function shownFormat(numberFormat: string): ShownFormat {
  // Quoted literals and escaped characters are text, not format.
  const first = numberFormat.split(";")[0].replace(/"[^"]*"/g, "").replace(/\\./g, "");
  const m = /\.(0+)/.exec(first);
  return {
    decimals: m ? m[1].length : 0,
    grouped: /[#0],[#0]/.test(first) || /# ##0/.test(first),
    percent: first.includes("%"),
  };
}

/**
 * The number format of a grid cell: a code, `null` for General, `undefined` when the host does
 * not know formats at all (the text host).
 */
export function gridNumberFormat(grid: Grid, row: number, col: number): string | null | undefined {
  if (!grid.numberFormats) return undefined;
  return grid.numberFormats[row - grid.originRow]?.[col - grid.originCol] ?? null;
}

/**
 * A cell as the demo grid shows it, in the reader's language: with its number format when
 * known, as General (no grouping) when the format is General, grouped when formats are unknown.
 */
export function displayCell(value: CellValue, lang: Lang, numberFormat?: string | null): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const { group, point } = figureSeparators(lang);
  const separators = { group, decimalPoint: point };
  if (typeof numberFormat === "string") {
    const f = shownFormat(numberFormat);
    const shown = formatNumber(f.percent ? value * 100 : value, { ...separators, decimals: f.decimals, group: f.grouped ? separators.group : "" });
    return f.percent ? `${shown}\u00a0%` : shown;
  }
  const decimals = Math.min(decimalsOfNumber(value), MAX_SHOWN_DECIMALS);
  return formatNumber(value, { ...separators, decimals, group: numberFormat === null ? "" : separators.group });
}
