import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Finding, SEVERITIES, Severity } from "../../core/findings";
import { Lang } from "../../core/options";
import { SearchQuery, matchesSearch, parseSearch, searchIndex } from "../findingSearch";
import { useT } from "./useTranslate";

export interface FindingFiltersApi {
  severities: ReadonlySet<Severity>;
  toggleSeverity(severity: Severity, on: boolean): void;
  /** Rule ids present in the findings, in first-seen order. */
  rules: string[];
  /** Chosen rule ids; empty means every rule. */
  selectedRules: string[];
  setSelectedRules(rules: string[]): void;
  /** The search field's text, as typed. */
  query: string;
  setQuery(query: string): void;
  /** What the list is narrowed by: the query once typing has paused (at once when emptied). */
  searched: string;
  /** What `searched` asks for, as one string that is the same for two queries finding the same findings; "" when nothing is searched. */
  words: string;
  /**
   * The findings these filters show. Its identity changes only when what it shows may change, so a
   * memo over it is not redone by a keystroke that the list has not caught up with.
   */
  apply(findings: readonly Finding[]): Finding[];
  /**
   * Whether the finding (and `also`, text shown beside it, such as the user's explanation) holds
   * every word searched for; true when nothing is searched. Severity and rule filters aside: for
   * the explained findings, which those do not narrow.
   */
  searchMatches(finding: Finding, also?: string): boolean;
}

/**
 * How long typing must pause before the list follows. Narrowing a list of hundreds of findings
 * redraws much of the pane (in Chromium ~100–300 ms of style and layout on the 802-finding sheet);
 * done on each keystroke it held back the echo of the next key, and the lists in between are ones
 * nobody reads.
 */
const SEARCH_PAUSE_MS = 200;

interface Searched {
  text: string;
  /** Kept from the text before when it asks for the same (a space typed after a word), so nothing shown is redone. */
  query: SearchQuery;
}

const NOTHING_SEARCHED: Searched = { text: "", query: parseSearch("") };

export function useFindingFilters(all: readonly Finding[], lang: Lang): FindingFiltersApi {
  const t = useT();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [selectedRules, setSelectedRules] = useState<string[]>([]);
  const [query, setQueryNow] = useState("");
  const [searched, setSearched] = useState(NOTHING_SEARCHED);
  const pause = useRef<ReturnType<typeof setTimeout>>();
  // The field echoes each key at once; the list follows in a transition, so a key typed while it
  // renders is not kept waiting behind it.
  const setQuery = useCallback((next: string) => {
    setQueryNow(next);
    clearTimeout(pause.current);
    const follow = () =>
      startTransition(() =>
        setSearched((prev) => {
          const query = parseSearch(next);
          return { text: next, query: query.key === prev.query.key ? prev.query : query };
        }),
      );
    if (next.trim() === "") follow();
    else pause.current = setTimeout(follow, SEARCH_PAUSE_MS);
  }, []);
  useEffect(() => () => clearTimeout(pause.current), []);
  const rules = useMemo(() => [...new Set(all.map((f) => f.rule))], [all]);
  const index = useMemo(() => searchIndex(lang, t), [lang, t]);
  // A chosen rule that this check no longer reports must not hide everything.
  const active = useMemo(() => selectedRules.filter((r) => rules.includes(r)), [selectedRules, rules]);

  const asked = searched.query;

  const searchMatches = useMemo(
    () => (f: Finding, also?: string) => asked.key === "" || matchesSearch(index.target(f), asked, also ? index.also(f, also) : ""),
    [asked, index],
  );

  const apply = useMemo(
    () => (findings: readonly Finding[]) =>
      findings.filter((f) => severities.has(f.severity) && (active.length === 0 || active.includes(f.rule)) && searchMatches(f)),
    [severities, active, searchMatches],
  );

  return useMemo(
    () => ({
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
      query,
      setQuery,
      searched: searched.text,
      words: asked.key,
      apply,
      searchMatches,
    }),
    [severities, rules, active, query, setQuery, searched, asked, apply, searchMatches],
  );
}
