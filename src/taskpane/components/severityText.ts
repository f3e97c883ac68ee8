import { SEVERITIES, SeverityCounts } from "../../core/findings";
import { Translate } from "../../i18n/translate";

/** Per translator, by the counts: a big workbook's hundreds of sheet headings repeat few texts, each worded once. */
const worded = new WeakMap<Translate, Map<string, string>>();

/** "2 virhettä, 1 huomio": the non-zero counts, most serious first. */
export function severityCountsText(t: Translate, counts: SeverityCounts): string {
  let texts = worded.get(t);
  if (!texts) worded.set(t, (texts = new Map()));
  const key = SEVERITIES.map((s) => counts[s]).join(",");
  let text = texts.get(key);
  if (text === undefined) {
    text = SEVERITIES.filter((s) => counts[s] > 0)
      .map((s) => t(`n.${s}`, { count: counts[s] }))
      .join(", ");
    texts.set(key, text);
  }
  return text;
}
