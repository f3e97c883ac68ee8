import { useState } from "react";

const NONE: ReadonlySet<string> = new Set();

export interface ListFolding {
  /** The sheets whose findings are folded under their heading now. */
  collapsedSheets: ReadonlySet<string>;
  /** The tables whose notes the user opened (a search lists every note anyway). */
  openNotes: ReadonlySet<string>;
  toggleSheet(sheet: string): void;
  toggleNotes(tableKey: string): void;
  /** Opens what hides a finding gone to: its sheet, and for a note its table's notes. */
  reveal(sheet: string, notesOf: string | undefined): void;
  /** Opens a sheet the user picked, searching or not: it was asked for, so it stays open. */
  openSheet(sheet: string): void;
}

interface SearchFolding {
  /** What was searched for (FindingFiltersApi.words). */
  words: string;
  collapsed: ReadonlySet<string>;
}

function toggled(set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  if (set.has(key) === on) return set;
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

/**
 * The folding of the findings list: the sheets and notes the user folded and opened, and while a
 * search narrows the list, the search's own. A search shows every match, in a sheet the user folded
 * too (a count of "1 / 200 shown" over a folded heading hides the one thing looked for); what is
 * folded or opened while searching, by a click or by stepping to a finding, lasts until the words
 * searched for change, and once the search is emptied the list is folded as the user left it.
 * `words`: what the list is narrowed by (FindingFiltersApi.words: words and references read), "" when none.
 */
export function useListFolding(words: string): ListFolding {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NONE);
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(NONE);
  const [search, setSearch] = useState<SearchFolding>({ words: "", collapsed: NONE });
  const searching = words !== "";
  const searchCollapsed = search.words === words ? search.collapsed : NONE;
  const foldInSearch = (sheet: string, collapse: (collapsed: boolean) => boolean) =>
    setSearch((s) => {
      const now = s.words === words ? s.collapsed : NONE;
      return { words, collapsed: toggled(now, sheet, collapse(now.has(sheet))) };
    });
  return {
    collapsedSheets: searching ? searchCollapsed : collapsed,
    openNotes,
    toggleSheet: (sheet) => (searching ? foldInSearch(sheet, (collapsed) => !collapsed) : setCollapsed((s) => toggled(s, sheet, !s.has(sheet)))),
    toggleNotes: (key) => setOpenNotes((s) => toggled(s, key, !s.has(key))),
    reveal: (sheet, notesOf) => {
      if (searching) return foldInSearch(sheet, () => false);
      setCollapsed((s) => toggled(s, sheet, false));
      if (notesOf !== undefined) setOpenNotes((s) => toggled(s, notesOf, true));
    },
    openSheet: (sheet) => {
      setCollapsed((s) => toggled(s, sheet, false));
      if (searching) foldInSearch(sheet, () => false);
    },
  };
}
