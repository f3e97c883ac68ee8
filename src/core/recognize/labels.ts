import { normaliseSpaces } from "../numbers";
import { readRow } from "./vocabulary/rows";
import { perText } from "../perText";

/**
 * Row labels are matched after folding case, spaces and the typos budget books really contain
 * (`Vastualueen`, `Elinvoimapaalvelut`), so that the same table is recognised in any workbook.
 */
export function normaliseLabel(text: string): string {
  return normalised(text);
}

const normalised = perText(foldLabel);

function foldLabel(text: string): string {
  return normaliseSpaces(text)
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s*:\s*$/, "")
    .replace(/\bvastualue/g, "vastuualue")
    .replace(/paalvelu/g, "palvelu")
    .replace(/\s*%/g, " %")
    .trim();
}

export type RowRole =
  | "kayttotalous-heading"
  | "toimintatuotot"
  | "toimintakulut"
  | "toimintakate"
  | "menot"
  | "tulot"
  | "nettomeno"
  | "vastuualue-yhteensa"
  | "muutos-pct"
  | "per-resident"
  | "other";

export function rowRole(label: string): RowRole {
  return roles(label);
}

const roles = perText(readRole);

function readRole(label: string): RowRole {
  const k = normaliseLabel(label);
  if (k === "") return "other";
  if (k === "käyttötalous" || k === "kayttotalous") return "kayttotalous-heading";
  if (/^toimintatuotot(\s+yhteensä)?$/.test(k)) return "toimintatuotot";
  if (/^toimintakulut(\s+yhteensä)?$/.test(k)) return "toimintakulut";
  if (/^toiminta(kate|jäämä)(\/(jäämä|kate))?$/.test(k) || k === "toimintakate/-jäämä") return "toimintakate";
  if (/^menot(\s+yhteensä)?$/.test(k)) return "menot";
  if (/^tulot(\s+yhteensä)?$/.test(k)) return "tulot";
  if (/^nettomenot?(\s+yhteensä)?$/.test(k)) return "nettomeno";
  if (/^vastuualue(et)?\s+yhteensä$/.test(k) || k === "yhteensä") return "vastuualue-yhteensa";
  if (/^muutos\s*%$/.test(k) || k === "muutos-%") return "muutos-pct";
  if (/€\s*\/\s*asukas|euroa\s*\/\s*asukas|€\/as\.?$/.test(k)) return "per-resident";
  // The same rows as other books write them (Toimintatulot, Toimintamenot, Verksamhetsintäkter …).
  const known = readRow(label).role?.role;
  if (known === "toimintatuotot" || known === "toimintakulut" || known === "toimintakate") return known;
  return "other";
}

/** `€/asukas`, `euroa/asukas`, `e/as.`, `€./inv.`, `euro/invånare`, `€/resident`: a figure per resident. */
const PER_RESIDENT = /(?:€|\be|euroa?|eur)\.?\s*\/\s*(?:asukas|as\.|as\b|invånare|inv\b|inv\.|resident)|\/\s*(?:asukas|invånare)\s*,?\s*(?:€|euroa?)(?!\w)/i;

export function isPerResidentLabel(label: string): boolean {
  return PER_RESIDENT.test(label);
}

// Asked of every row of every table: a regular expression written in a function is a new object
// each time the function runs.
const SECTION_HEADING = /^\d{1,2}\.\s+\S/;
const COMPARED = /\bvrt\.?\s/i;

/** Section headings (`6. Talouden ja toiminnan tunnusluvut`) end a table. */
export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(normaliseSpaces(text));
}

/** A note under a table: `* TA 2024 vrt. TA 2023`, `TP 2022 sisältää …`. */
export function isNoteText(text: string): boolean {
  const t = normaliseSpaces(text);
  return t.startsWith("*") || COMPARED.test(t);
}
