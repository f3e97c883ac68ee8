import { perText } from "../perText";
/**
 * What an Excel number format code does to the figure a reader sees: how many decimals it shows,
 * and whether it multiplies by 100 (`0.0 %`). Only the first section (positive numbers) counts;
 * quoted text, escaped characters and colours are not digits.
 */
export interface FormatShape {
  decimals: number;
  percent: boolean;
}

export function formatShape(code: string | undefined | null): Readonly<FormatShape> | null {
  return code ? shapes(code) : null;
}

// A workbook uses a handful of formats on thousands of cells: each is read once.
const shapes = perText(readShape, 1000);

function readShape(code: string): FormatShape | null {
  if (/^general$/i.test(code.trim())) return null;
  const first = code.split(";")[0];
  const plain = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
  if (!/[0#?]/.test(plain)) return null;
  const point = plain.indexOf(".");
  let decimals = 0;
  if (point >= 0) {
    const m = /^[0#?]+/.exec(plain.slice(point + 1));
    decimals = m ? m[0].length : 0;
  }
  return { decimals, percent: plain.includes("%") };
}
