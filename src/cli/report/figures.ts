import { SeverityCounts, SEVERITIES } from "../../core/findings";
import { Translate } from "../../i18n/translate";

/** `3 virhettä, 1 varoitus, 0 huomiota` */
export function countLine(counts: SeverityCounts, t: Translate): string {
  return SEVERITIES.map((s) => t(`count.${s}`, { n: counts[s] })).join(", ");
}
