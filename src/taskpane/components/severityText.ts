import { SEVERITIES, SeverityCounts } from "../../core/findings";
import { Translate } from "../../i18n/translate";

/** "2 virhettä, 1 huomio": the non-zero counts, most serious first. */
export function severityCountsText(t: Translate, counts: SeverityCounts): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => t(`n.${s}`, { count: counts[s] }))
    .join(", ");
}
