import { Finding } from "../core/findings";
import { StoredState } from "../core/host";
import { keyOf } from "./grouping";

export type Explanation = NonNullable<StoredState["explanations"]>[string];
export type Explanations = Record<string, Explanation>;

export interface ExplainedFinding {
  finding: Finding;
  key: string;
  explanation: Explanation;
}

export interface SplitFindings {
  open: Finding[];
  explained: ExplainedFinding[];
  /** Explanations whose finding this check did not report (fixed, or the sheet changed). */
  unmatched: number;
}

/** Open findings apart from the ones the user has explained, in the engine's order. */
export function splitFindings(findings: readonly Finding[], explanations: Explanations): SplitFindings {
  const open: Finding[] = [];
  const explained: ExplainedFinding[] = [];
  const matched = new Set<string>();
  for (const finding of findings) {
    // keyOf: this runs again on every explanation given, and the list keys the same findings.
    const key = keyOf(finding);
    const explanation = explanations[key];
    if (explanation) {
      explained.push({ finding, key, explanation });
      matched.add(key);
    } else {
      open.push(finding);
    }
  }
  const unmatched = Object.keys(explanations).filter((k) => !matched.has(k)).length;
  return { open, explained, unmatched };
}
