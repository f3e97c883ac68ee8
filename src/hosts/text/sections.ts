import { areaNameFromTitle } from "../../core/recognize/area";
import { normaliseSpaces } from "../../core/numbers";

/**
 * The founding document marks each vastuualue (responsibility area) with an upper-case line such
 * as `ASUMINEN JA YMPÄRISTÖ VASTUUALUE`. Only upper-case lines count: running text like
 * "… Asuminen ja ympäristö vastuualue vastaa …" must not start a section.
 */
export function sectionTitle(line: string): string | null {
  if (line.includes("\t")) return null;
  const text = normaliseSpaces(line);
  if (text !== text.toUpperCase() || !/[A-ZÅÄÖ]/.test(text)) return null;
  return areaNameFromTitle(text);
}

/** Characters Excel forbids in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters replaced, no leading/trailing apostrophe, ≤ 31 characters. */
export function excelSheetName(name: string): string {
  let s = normaliseSpaces(name.replace(FORBIDDEN, " "));
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length > 31) s = s.slice(0, 31).trim();
  return s === "" ? "Taulukko1" : s;
}
