import { KayttotalousTable, LabeledRow } from "../../model";
import { normaliseLabel } from "../../recognize/labels";
import { perText } from "../../perText";

/**
 * Tunnusluvut (key figures) name käyttötalous lines their own way. Keys are normalised labels with
 * the unit (`€`, `euroa`) taken off.
 */
const TUNNUSLUKU_TO_KAYTTOTALOUS: Record<string, string> = {
  "henkilöstömenot": "henkilöstökulut",
  "henkilöstökulut": "henkilöstökulut",
  "henkilöstökustannukset": "henkilöstökulut",
  "palvelujen ostot": "palvelujen ostot",
  "palveluiden ostot": "palvelujen ostot",
  "aineet, tarvikkeet ja tavarat": "aineet, tarvikkeet ja tavarat",
  "avustukset": "avustukset",
  "vuokrat": "vuokrat",
  "vuokramenot": "vuokrat",
  "muut toimintakulut": "muut toimintakulut",
  "myyntituotot": "myyntituotot",
  "maksutuotot": "maksutuotot",
  "vuokratuotot": "vuokratuotot",
};

/**
 * A tunnusluku label without its unit: `Henkilöstömenot €` → `henkilöstömenot`. Read once per
 * label text: every area's sheet prints the same labels, and each was normalised for every rule
 * that asked.
 */
export const figureName: (label: string) => string = perText((label) =>
  normaliseLabel(label)
    .replace(/\((€|eur|euroa)\)/g, "")
    .replace(/(^|\s)(€|eur|euroa|e)(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim(),
);

/** The käyttötalous row a tunnusluku amount row should equal, or null when there is none. */
export function kayttotalousCounterpart(label: string, k: KayttotalousTable): LabeledRow | null {
  const name = figureName(label);
  if (/^toimintatuotot( yhteensä)?$/.test(name)) return k.tuototTotal ?? null;
  if (/^toimintakulut( yhteensä)?$/.test(name)) return k.kulutTotal ?? null;
  if (/^toiminta(kate|jäämä)/.test(name)) return k.toimintakate ?? null;
  const target = TUNNUSLUKU_TO_KAYTTOTALOUS[name] ?? name;
  return rowKeyed(k.tuotot, target) ?? rowKeyed(k.kulut, target);
}

/** The first of `rows` whose key is `key`: an indexed loop, no closure for each of every table's items. */
function rowKeyed(rows: readonly LabeledRow[], key: string): LabeledRow | null {
  for (let i = 0; i < rows.length; i++) if (rows[i].key === key) return rows[i];
  return null;
}
