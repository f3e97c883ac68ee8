import { memo, useEffect, useMemo, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Consequences, SheetGroup, TableGroup, keyOf, worstOf } from "../grouping";
import { MeasuredHeights, useMeasuredHeights } from "../hooks/useMeasuredHeights";
import { NearView, useNearView } from "../hooks/useNearView";
import { useStableCallback } from "../hooks/useStableCallback";
import { useT } from "../hooks/useTranslate";
import { FindingItem } from "./FindingItem";
import { Chunk, NearChunks, chunksOf, worthChunking } from "./NearChunks";
import { severityCountsText } from "./severityText";

const useStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalS },
  sheetTitle: { margin: 0 },
  sheetToggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    textAlign: "start",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sheetName: { flexGrow: 1, overflowWrap: "anywhere" },
  sheetCounts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  tableTitle: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  notesToggle: { marginTop: tokens.spacingVerticalXS },
});

export interface FindingGroupsProps {
  groups: readonly SheetGroup[];
  consequences: Consequences;
  lang: Lang;
  collapsedSheets: ReadonlySet<string>;
  openNotes: ReadonlySet<string>;
  currentKey: string | undefined;
  /**
   * While a search narrows the list: every note and consequence found is listed, none folded
   * under a toggle (a note found by its cell must not hide behind "Show 1 note").
   */
  unfolded?: boolean;
  onToggleSheet(sheet: string): void;
  onToggleNotes(groupKey: string): void;
  onNavigate(finding: Finding): void;
  onSelectRange(sheet: string, range: string): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
}

/**
 * Up to this many listed findings everything is rendered (a few hundred milliseconds at most on
 * a slow machine), so an ordinary workbook's list is whole in the page, as a screen reader's
 * browse mode and the browser's find expect; only longer lists are rendered near the view.
 */
const RENDER_ALL_UP_TO = 150;

type Handlers = Pick<FindingGroupsProps, "onToggleSheet" | "onToggleNotes" | "onNavigate" | "onSelectRange" | "onExplain">;

/**
 * Open findings under a collapsible heading per sheet and a heading per table: errors first,
 * then warnings, the notes folded under a button with their count.
 *
 * A big workbook has thousands of findings, and rendering them all froze the pane for seconds on
 * every change. So in a long list every sheet's heading is always there (a screen reader's list
 * of headings and Tab reach them all), but a sheet's findings are rendered only while the sheet
 * is in view or near it, holds the keyboard focus, or holds the current finding (the stepper can
 * always focus it); elsewhere an empty block keeps their measured height. Sheets and items are
 * memoised, so a click re-renders only what it changed.
 */
export function FindingGroups(p: FindingGroupsProps) {
  const { near, observe } = useNearView();
  const { heightOf, measure } = useMeasuredHeights<SheetGroup>();
  const [focusedSheet, setFocusedSheet] = useState<string>();
  const handlers: Handlers = {
    onToggleSheet: useStableCallback(p.onToggleSheet),
    onToggleNotes: useStableCallback(p.onToggleNotes),
    onNavigate: useStableCallback(p.onNavigate),
    onSelectRange: useStableCallback(p.onSelectRange),
    onExplain: useStableCallback(p.onExplain),
  };
  const onFocusSheet = useStableCallback((sheet: string | undefined) => setFocusedSheet(sheet));
  const currentSheet = useMemo(() => sheetListing(p.groups, p.consequences, p.currentKey), [p.groups, p.consequences, p.currentKey]);
  const unfolded = p.unfolded ?? false;
  const listing = useMemo(() => ({ openNotes: p.openNotes, unfolded, consequences: p.consequences }), [p.openNotes, unfolded, p.consequences]);
  const whole = useMemo(() => listedCount(p.groups, listing) <= RENDER_ALL_UP_TO, [p.groups, listing]);
  // What each sheet's memoised section is given of the listing, worked out when the list or the
  // open notes change, not on every click: a big book's sheet toggle summed every sheet's tables again.
  const perSheet = useMemo(() => p.groups.map((sheet) => ({ openNotes: openNotesOf(sheet, p.openNotes), units: sheetUnits(sheet, listing) })), [p.groups, p.openNotes, listing]);
  return (
    <>
      {p.groups.map((sheet, index) => {
        const holdsCurrent = currentSheet === sheet.sheet;
        return (
          <SheetFindings
            key={sheet.sheet}
            sheet={sheet}
            panelId={`sheet-panel-${index}`}
            consequences={p.consequences}
            lang={p.lang}
            collapsed={p.collapsedSheets.has(sheet.sheet)}
            openNotes={perSheet[index].openNotes}
            units={perSheet[index].units}
            unfolded={unfolded}
            currentKey={holdsCurrent ? p.currentKey : undefined}
            rendered={whole || near === undefined || near.has(sheet.sheet) || holdsCurrent || focusedSheet === sheet.sheet}
            chunked={!whole}
            observe={observe}
            heightOf={heightOf}
            measure={measure}
            onFocusSheet={onFocusSheet}
            {...handlers}
          />
        );
      })}
    </>
  );
}

/** What the list shows of each table besides its errors and warnings. */
interface Listing {
  openNotes: ReadonlySet<string>;
  /** Searching: every note listed, no notes' toggle, and each cause's consequences listed under it. */
  unfolded: boolean;
  consequences: Consequences;
}

/** Findings listed when every sheet is open: errors and warnings, notes where their table's are open, and while searching the consequences under their causes. */
function listedCount(groups: readonly SheetGroup[], listing: Listing): number {
  let n = 0;
  for (const sheet of groups) for (const t of sheet.tables) n += listedIn(t, listing);
  return n;
}

/** The findings a table lists. */
function listedIn(t: TableGroup, listing: Listing): number {
  const notesOpen = listing.unfolded || listing.openNotes.has(t.key);
  return itemsUnits(t.findings, listing) + (notesOpen ? itemsUnits(t.notes, listing) : 0);
}

/** Findings listed for these items: each one, and while searching the consequences listed under it. */
function itemsUnits(items: readonly Finding[], listing: Listing): number {
  // Counted for every sheet on each render of the list: without consequences listed, no walk.
  if (!listing.unfolded || listing.consequences.size === 0) return items.length;
  return items.reduce((n, f) => n + itemUnits(f, listing), 0);
}

function itemUnits(f: Finding, listing: Listing): number {
  return 1 + (listing.unfolded ? (listing.consequences.get(keyOf(f))?.length ?? 0) : 0);
}

/** The sheet that lists the finding with `key`; a consequence is listed under its cause, on the cause's sheet. */
function sheetListing(groups: readonly SheetGroup[], consequences: Consequences, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  return groups.find((sheet) => sheet.tables.some((t) => tableListsKey(t, consequences, key)))?.sheet;
}

/** Whether the table lists the finding with `key`, among its findings or its notes. */
function tableListsKey(t: TableGroup, consequences: Consequences, key: string): boolean {
  const holds = (f: Finding) => listsKey(f, consequences, key);
  return t.findings.some(holds) || t.notes.some(holds);
}

/** Whether the item of `f` lists the finding with `key`: it is that finding, or has it among its consequences. */
function listsKey(f: Finding, consequences: Consequences, key: string): boolean {
  const own = keyOf(f);
  return own === key || !!consequences.get(own)?.some((c) => keyOf(c) === key);
}

/** The keys of the sheet's tables whose notes are open, as one string (a line each) so that an unchanged sheet compares equal. */
function openNotesOf(sheet: SheetGroup, openNotes: ReadonlySet<string>): string {
  return sheet.tables
    .filter((t) => openNotes.has(t.key))
    .map((t) => t.key)
    .join("\n");
}

/** A sheet's size for estimating its height before it was ever rendered: its tables and listed findings. */
function sheetUnits(sheet: SheetGroup, listing: Listing): number {
  return sheet.tables.reduce((n, t) => n + tableUnits(t, listing), 0);
}

/** A table's size in the same units: its heading, its listed findings, and the notes' toggle where it is shown and the notes are folded. */
function tableUnits(t: TableGroup, listing: Listing): number {
  const folded = t.notes.length > 0 && !listing.unfolded && !listing.openNotes.has(t.key);
  return 1 + listedIn(t, listing) + (folded ? 0.3 : 0);
}

const NONE_OPEN: ReadonlySet<string> = new Set();

/** Whether `openNotes` (SheetFindingsProps.openNotes) holds the table with `key`. */
function notesOpenIn(openNotes: string, key: string): boolean {
  return `\n${openNotes}\n`.includes(`\n${key}\n`);
}

const itemChunks = new WeakMap<readonly Finding[], Chunk<Finding>[]>();
const unfoldedItemChunks = new WeakMap<readonly Finding[], Chunk<Finding>[]>();

/**
 * A long list of one table's findings in chunks, the same objects for the same list (heights are
 * remembered per chunk). While searching an item's consequences are listed under it, so they count.
 */
function findingChunks(findings: readonly Finding[], listing: Listing): Chunk<Finding>[] {
  const cache = listing.unfolded ? unfoldedItemChunks : itemChunks;
  let chunks = cache.get(findings);
  if (!chunks) cache.set(findings, (chunks = chunksOf(findings, (f) => itemUnits(f, listing), (f) => `finding:${keyOf(f)}`)));
  return chunks;
}

interface SheetFindingsProps extends Handlers {
  sheet: SheetGroup;
  panelId: string;
  consequences: Consequences;
  lang: Lang;
  collapsed: boolean;
  openNotes: string;
  /** Its size for estimating its height (sheetUnits). */
  units: number;
  unfolded: boolean;
  currentKey: string | undefined;
  /** Its findings rendered, not only their room kept. */
  rendered: boolean;
  /** In a long list: a long sheet is rendered a chunk of tables (and a long table a chunk of findings) at a time, near the view. */
  chunked: boolean;
  observe(el: Element, key: string): () => void;
  heightOf: MeasuredHeights<SheetGroup>["heightOf"];
  measure: MeasuredHeights<SheetGroup>["measure"];
  onFocusSheet(sheet: string | undefined): void;
}

const SheetFindings = memo(function SheetFindings(p: SheetFindingsProps) {
  const t = useT();
  const styles = useStyles();
  const { sheet, collapsed, units, observe, measure } = p;
  const sectionRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => observe(sectionRef.current!, sheet.sheet), [observe, sheet.sheet]);
  const showing = !collapsed && p.rendered;
  // Chunks are watched per sheet, so scrolling along one long sheet re-renders that sheet only.
  const chunkView = useNearView();
  const chunkHeights = useMeasuredHeights<Chunk<unknown>>();
  // Cut, and judged long enough to cut, as if every table's notes were folded: opening a table's
  // notes must not move the other tables into other chunks (the one being read would be drawn
  // anew, or not at all), nor make new chunks that forget the heights measured for the old ones.
  // While searching nothing folds, so the tables are cut as they are listed.
  const tableChunks = useMemo(() => {
    if (!p.chunked) return undefined;
    const listing: Listing = { openNotes: NONE_OPEN, unfolded: p.unfolded, consequences: p.consequences };
    const units = (t: TableGroup) => tableUnits(t, listing);
    return worthChunking(sheet.tables.reduce((n, t) => n + units(t), 0)) ? chunksOf(sheet.tables, units, (t) => `table:${t.key}`) : undefined;
  }, [p.chunked, p.unfolded, p.consequences, sheet.tables]);
  const currentKey = p.currentKey;
  const tableHolds = (t: TableGroup) => currentKey !== undefined && tableListsKey(t, p.consequences, currentKey);
  const holdsCurrent = (chunk: Chunk<TableGroup>) => chunk.parts.some(tableHolds);
  const table = (group: TableGroup) => (
    <TableFindings
      key={group.key}
      group={group}
      consequences={p.consequences}
      lang={p.lang}
      notesOpen={notesOpenIn(p.openNotes, group.key)}
      unfolded={p.unfolded}
      currentKey={tableHolds(group) ? currentKey : undefined}
      chunked={p.chunked}
      chunkView={chunkView}
      chunkHeights={chunkHeights}
      onToggleNotes={p.onToggleNotes}
      onNavigate={p.onNavigate}
      onSelectRange={p.onSelectRange}
      onExplain={p.onExplain}
    />
  );
  useEffect(() => (showing && bodyRef.current ? measure(bodyRef.current, sheet, units) : undefined), [showing, measure, sheet, units]);
  return (
    <section
      ref={sectionRef}
      className={styles.sheet}
      aria-label={sheet.sheet}
      data-testid="finding-sheet"
      data-sheet={sheet.sheet}
      data-worst={worstOf(sheet.counts)}
      // The sheet stays rendered while the keyboard is in it (a Tab into it lands on its findings).
      onFocus={() => p.onFocusSheet(sheet.sheet)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) p.onFocusSheet(undefined);
      }}
    >
      <h3 className={styles.sheetTitle}>
        <button type="button" className={styles.sheetToggle} aria-expanded={!collapsed} aria-controls={p.panelId} onClick={() => p.onToggleSheet(sheet.sheet)}>
          {collapsed ? <ChevronRightRegular aria-hidden /> : <ChevronDownRegular aria-hidden />}
          <span className={styles.sheetName}>{sheet.sheet}</span>
          <span className={styles.sheetCounts}>{severityCountsText(t, sheet.counts)}</span>
        </button>
      </h3>
      {!collapsed && (
        <div id={p.panelId} ref={bodyRef}>
          {!p.rendered ? (
            <div style={{ height: p.heightOf(sheet, units) }} data-testid="finding-sheet-pending" />
          ) : tableChunks ? (
            <NearChunks chunks={tableChunks} view={chunkView} heights={chunkHeights} holdsCurrent={holdsCurrent} render={table} />
          ) : (
            sheet.tables.map(table)
          )}
        </div>
      )}
    </section>
  );
});

interface TableFindingsProps extends Omit<Handlers, "onToggleSheet"> {
  group: TableGroup;
  consequences: Consequences;
  lang: Lang;
  notesOpen: boolean;
  unfolded: boolean;
  /** The current finding's key when the table lists it; left out otherwise, so the other tables skip their render. */
  currentKey: string | undefined;
  chunked: boolean;
  chunkView: NearView;
  chunkHeights: MeasuredHeights<Chunk<unknown>>;
}

/** One table's findings under its heading, the notes folded. Memoised: a click in one table re-renders that table. */
const TableFindings = memo(function TableFindings({ group, notesOpen, unfolded, ...p }: TableFindingsProps) {
  const t = useT();
  const styles = useStyles();
  const item = (f: Finding) => {
    const key = keyOf(f);
    const consequences = p.consequences.get(key);
    const current = p.currentKey !== undefined && p.currentKey === key;
    // Only the item that holds the current finding hears of it, so the others skip their render.
    const holdsCurrent = p.currentKey !== undefined && listsKey(f, p.consequences, p.currentKey);
    return (
      <FindingItem
        key={key}
        finding={f}
        lang={p.lang}
        current={current}
        consequences={consequences}
        currentKey={holdsCurrent ? p.currentKey : undefined}
        unfolded={unfolded}
        onNavigate={p.onNavigate}
        onSelectRange={p.onSelectRange}
        onExplain={p.onExplain}
      />
    );
  };
  const currentKey = p.currentKey;
  const holdsCurrent = (chunk: Chunk<Finding>) => currentKey !== undefined && chunk.parts.some((f) => listsKey(f, p.consequences, currentKey));
  const list = (findings: readonly Finding[]) =>
    p.chunked && worthChunking(findings.length) ? (
      <NearChunks role="list" className={styles.list} chunks={findingChunks(findings, { openNotes: NONE_OPEN, unfolded, consequences: p.consequences })} view={p.chunkView} heights={p.chunkHeights} holdsCurrent={holdsCurrent} render={item} />
    ) : (
      <ul className={styles.list}>{findings.map(item)}</ul>
    );
  return (
    <div data-testid="finding-table" data-table={group.key}>
      <h4 className={styles.tableTitle}>{group.table ? t("findings.group", { table: t(`table.${group.table}`), area: group.area }) : t("findings.otherTables")}</h4>
      {list(group.findings)}
      {group.notes.length > 0 && (
        <>
          {!unfolded && (
            <Button
              className={styles.notesToggle}
              size="small"
              appearance="subtle"
              icon={notesOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={notesOpen}
              onClick={() => p.onToggleNotes(group.key)}
              data-testid="notes-toggle"
            >
              {notesOpen ? t("group.hideNotes") : t("group.showNotes", { count: group.notes.length })}
            </Button>
          )}
          {(notesOpen || unfolded) && list(group.notes)}
        </>
      )}
    </div>
  );
});
