import { useMemo, useState } from "react";
import { Finding, SEVERITIES, Severity } from "../../core/findings";

export interface FindingFiltersApi {
  severities: ReadonlySet<Severity>;
  toggleSeverity(severity: Severity, on: boolean): void;
  /** Rule ids present in the findings, in first-seen order. */
  rules: string[];
  /** Chosen rule ids; empty means every rule. */
  selectedRules: string[];
  setSelectedRules(rules: string[]): void;
  apply(findings: readonly Finding[]): Finding[];
}

export function useFindingFilters(all: readonly Finding[]): FindingFiltersApi {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [selectedRules, setSelectedRules] = useState<string[]>([]);
  const rules = useMemo(() => [...new Set(all.map((f) => f.rule))], [all]);

  return useMemo(() => {
    // A chosen rule that this check no longer reports must not hide everything.
    const active = selectedRules.filter((r) => rules.includes(r));
    return {
      severities,
      toggleSeverity: (severity: Severity, on: boolean) =>
        setSeverities((prev) => {
          const next = new Set(prev);
          if (on) next.add(severity);
          else next.delete(severity);
          return next;
        }),
      rules,
      selectedRules: active,
      setSelectedRules,
      apply: (findings: readonly Finding[]) =>
        findings.filter((f) => severities.has(f.severity) && (active.length === 0 || active.includes(f.rule))),
    };
  }, [severities, selectedRules, rules]);
}
