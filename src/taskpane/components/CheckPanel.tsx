import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { Finding, countBySeverity } from "../../core/findings";
import { Lang } from "../../core/options";
import { SplitFindings } from "../explanations";
import { findConsequences, findingDomId, groupFindings, keyOf, sheetsWithErrors, steppingOrder } from "../grouping";
import { CheckApi } from "../hooks/useCheck";
import { useFindingFilters } from "../hooks/useFindingFilters";
import { useListFolding } from "../hooks/useListFolding";
import { useStableCallback } from "../hooks/useStableCallback";
import { useT } from "../hooks/useTranslate";
import { ActionsBar } from "./ActionsBar";
import { CheckProgress } from "./CheckProgress";
import { CheckSummary } from "./CheckSummary";
import { EXPLAINED_TITLE_ID, ExplainedList } from "./ExplainedList";
import { ExportKind } from "./ExportMenu";
import { FindingFilters } from "./FindingFilters";
import { FindingGroups } from "./FindingGroups";
import { FindingStepper } from "./FindingStepper";
import { MarkLegend } from "./MarkLegend";
import { SeverityCounts } from "./SeverityCounts";
import { WorkbookOverview } from "./WorkbookOverview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  openTitle: { ...typographyStyles.subtitle2, margin: 0, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  muted: { color: tokens.colorNeutralForeground3 },
});

const NO_FINDINGS: Finding[] = [];

export interface CheckPanelProps {
  lang: Lang;
  check: CheckApi;
  split: SplitFindings | undefined;
  markedCount: number | undefined;
  actionBusy: boolean;
  onRun(): void;
  onNavigate(finding: Finding): void;
  onSelectRange(sheet: string, range: string): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
  onReopen(finding: Finding): Promise<void>;
  onMark(findings: Finding[]): void;
  onClearMarks(): void;
  onSummary(): void;
  onExport(kind: ExportKind): void;
}

/** Focus after the next render: a DOM id, or the open-findings heading when the id is gone. */
function useFocusAfterRender(fallback: React.RefObject<HTMLElement>) {
  const [request, setRequest] = useState<{ id?: string; n: number }>();
  useEffect(() => {
    if (!request) return;
    const target = (request.id && document.getElementById(request.id)) || fallback.current;
    target?.focus();
    target?.scrollIntoView?.({ block: "nearest" });
  }, [request, fallback]);
  return useCallback((id?: string) => setRequest((prev) => ({ id, n: (prev?.n ?? 0) + 1 })), []);
}

export function CheckPanel(p: CheckPanelProps) {
  const t = useT();
  const styles = useStyles();
  const { lang, check, split } = p;
  const open = split?.open ?? NO_FINDINGS;
  const filters = useFindingFilters(open, lang);
  const { apply } = filters;
  // Over `apply`, not `filters`: a keystroke re-renders the search field, and the list only once
  // typing has paused and the words searched for have changed.
  const shown = useMemo(() => apply(open), [apply, open]);
  const openCounts = useMemo(() => countBySeverity(open), [open]);
  const searching = filters.words !== "";
  const { searchMatches } = filters;
  const explained = split?.explained;
  // A search narrows the explained findings too (by their explanation as well): a cell looked for
  // may be one explained earlier.
  const explainedShown = useMemo(() => (explained ?? []).filter((e) => searchMatches(e.finding, e.explanation.comment)), [explained, searchMatches]);
  // What matched where: an explained finding found is no "nothing matches".
  const onlyExplainedMatch = searching && open.length > 0 && shown.length === 0 && explainedShown.length > 0;
  const query = filters.searched.trim();
  const noneShown = !searching
    ? t("findings.noneFiltered")
    : onlyExplainedMatch
      ? t("filter.noMatchButExplained", { query, explained: explainedShown.length })
      : t("filter.noMatch", { query });
  const consequences = useMemo(() => findConsequences(shown), [shown]);
  const groups = useMemo(() => groupFindings(shown, consequences), [shown, consequences]);
  const order = useMemo(() => steppingOrder(groups, consequences), [groups, consequences]);
  const errorSheets = useMemo(() => sheetsWithErrors(groupFindings(open)), [open]);
  const openTitle = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(openTitle);
  const folding = useListFolding(filters.words);
  const { collapsedSheets, openNotes } = folding;
  const [currentKey, setCurrentKey] = useState<string>();

  // When a check the user started ends, the keyboard starts at its summary, not at the page body.
  const phase = check.phase;
  const previousPhase = useRef(phase);
  useEffect(() => {
    if (phase === "done" && previousPhase.current !== "done") summaryRef.current?.focus();
    previousPhase.current = phase;
  }, [phase]);

  /** Opens whatever hides the finding (its sheet, its table's notes). */
  const reveal = (f: Finding) => {
    const notesOf = f.severity === "info" ? groups.flatMap((g) => g.tables).find((g) => g.notes.includes(f))?.key : undefined;
    folding.reveal(f.sheet, notesOf);
  };

  const goTo = (f: Finding, focus: boolean) => {
    setCurrentKey(keyOf(f));
    reveal(f);
    p.onNavigate(f);
    if (focus) focusLater(findingDomId(f));
  };

  const currentIndex = currentKey === undefined ? -1 : order.findIndex((f) => keyOf(f) === currentKey);
  const step = (delta: 1 | -1) => {
    if (order.length === 0) return;
    const next = currentIndex < 0 ? (delta === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, currentIndex + delta));
    goTo(order[next], true);
  };

  /** Listed now: its sheet open, and for a note its table's notes open. */
  const shownNow = (f: Finding) => {
    if (collapsedSheets.has(f.sheet)) return false;
    if (f.severity !== "info" || searching) return true;
    return groups.some((s) => s.tables.some((g) => openNotes.has(g.key) && g.notes.includes(f)));
  };

  const explain = async (finding: Finding, comment: string) => {
    const at = order.indexOf(finding);
    const next = order.slice(at + 1).find(shownNow) ?? order.slice(0, Math.max(at, 0)).reverse().find(shownNow);
    await p.onExplain(finding, comment);
    // The item leaves the open list; the keyboard goes on to the next open finding, never to the body.
    focusLater(next ? findingDomId(next) : undefined);
  };

  // One identity each, so that the memoised parts above and beside the list (the overview, the
  // actions, the stepper) are not rendered again by every click in it: on a big book a sheet's
  // toggle re-rendered them all.
  const onStep = useStableCallback(step);
  const onMark = useStableCallback(() => p.onMark(shown));
  const onClearMarks = useStableCallback(p.onClearMarks);
  const onSummary = useStableCallback(p.onSummary);
  const onExport = useStableCallback(p.onExport);
  const pickSheet = useStableCallback((sheet: string) => {
    folding.openSheet(sheet);
    const first = order.find((f) => f.sheet === sheet);
    if (first) goTo(first, true);
  });

  return (
    <div
      className={styles.root}
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== "PageDown" && e.key !== "PageUp")) return;
        e.preventDefault();
        step(e.key === "PageDown" ? 1 : -1);
      }}
    >
      <Button appearance="primary" size="large" icon={<PlayRegular />} disabled={check.busy} onClick={p.onRun}>
        {check.result ? t("check.again") : t("check.button")}
      </Button>
      <div aria-live="polite">
        <CheckProgress phase={check.phase} progress={check.progress} onCancel={check.cancel} />
      </div>
      {check.phase === "error" && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{t("check.failed", { message: check.error ?? "" })}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {!check.result && check.phase === "idle" && <Text className={styles.muted}>{t("check.notYet")}</Text>}
      {check.result && split && (
        <>
          <CheckSummary ref={summaryRef} result={check.result} sheetCount={check.sheetCount} open={openCounts} explained={split.explained.length} errorSheets={errorSheets} />
          <SeverityCounts counts={openCounts} explained={split.explained.length} />
          <WorkbookOverview tables={check.result.tables} open={open} onPick={pickSheet} />
        </>
      )}
      <ActionsBar
        busy={check.busy || p.actionBusy}
        canMark={shown.length > 0}
        canExport={!!check.result}
        markedCount={p.markedCount}
        onMark={onMark}
        onClearMarks={onClearMarks}
        onSummary={onSummary}
        onExport={onExport}
      />
      {check.result && split && (
        <>
          <MarkLegend />
          <FindingFilters filters={filters} counts={openCounts} />
          <section aria-labelledby="open-title" data-testid="open-findings">
            <h2 id="open-title" tabIndex={-1} ref={openTitle} className={styles.openTitle}>
              {t("findings.open", { count: open.length })}
            </h2>
            {/* Always in the page, so that a screen reader hears the count change as the filters or the search narrow the list. */}
            <div role="status" data-testid="shown-count">
              {open.length > 0 && shown.length !== open.length && (
                <Text as="p" className={styles.muted}>
                  {t("filter.shown", { shown: shown.length, total: open.length })}
                </Text>
              )}
              {open.length > 0 && shown.length === 0 && <Text as="p">{noneShown}</Text>}
            </div>
            {onlyExplainedMatch && (
              <Link as="button" onClick={() => focusLater(EXPLAINED_TITLE_ID)}>
                {t("filter.goToExplained")}
              </Link>
            )}
            {open.length === 0 && <Text as="p">{t("findings.none")}</Text>}
            {order.length > 0 && <FindingStepper index={currentIndex} total={order.length} onStep={onStep} />}
            <FindingGroups
              groups={groups}
              consequences={consequences}
              lang={lang}
              collapsedSheets={collapsedSheets}
              openNotes={openNotes}
              currentKey={currentKey}
              unfolded={searching}
              onToggleSheet={folding.toggleSheet}
              onToggleNotes={folding.toggleNotes}
              onNavigate={(f) => goTo(f, false)}
              onSelectRange={p.onSelectRange}
              onExplain={explain}
            />
          </section>
          <ExplainedList
            explained={explainedShown}
            total={split.explained.length}
            unmatched={split.unmatched}
            lang={lang}
            onNavigate={p.onNavigate}
            onReopen={p.onReopen}
          />
        </>
      )}
    </div>
  );
}
