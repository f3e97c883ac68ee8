import { useRef } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { Finding, countBySeverity } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { SplitFindings } from "../explanations";
import { CheckApi } from "../hooks/useCheck";
import { useFindingFilters } from "../hooks/useFindingFilters";
import { ActionsBar } from "./ActionsBar";
import { CheckProgress } from "./CheckProgress";
import { CheckSummary } from "./CheckSummary";
import { ExplainedList } from "./ExplainedList";
import { ExportKind } from "./ExportMenu";
import { FindingFilters } from "./FindingFilters";
import { FindingGroups } from "./FindingGroups";
import { SeverityCounts } from "./SeverityCounts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  openTitle: { ...typographyStyles.subtitle2, margin: 0, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  muted: { color: tokens.colorNeutralForeground3 },
});

const NO_FINDINGS: Finding[] = [];

export interface CheckPanelProps {
  t: Translate;
  lang: Lang;
  check: CheckApi;
  split: SplitFindings | undefined;
  markedCount: number | undefined;
  actionBusy: boolean;
  onRun(): void;
  onNavigate(finding: Finding): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
  onReopen(finding: Finding): Promise<void>;
  onMark(findings: Finding[]): void;
  onClearMarks(): void;
  onSummary(): void;
  onExport(kind: ExportKind): void;
}

export function CheckPanel(p: CheckPanelProps) {
  const styles = useStyles();
  const { t, lang, check, split } = p;
  const open = split?.open ?? NO_FINDINGS;
  const filters = useFindingFilters(open);
  const shown = filters.apply(open);
  const openCounts = countBySeverity(open);
  const openTitle = useRef<HTMLHeadingElement>(null);

  const explain = async (finding: Finding, comment: string) => {
    await p.onExplain(finding, comment);
    // The item leaves the open list; keep keyboard focus in the list rather than on the page body.
    openTitle.current?.focus();
  };

  return (
    <div className={styles.root}>
      <Button appearance="primary" size="large" icon={<PlayRegular />} disabled={check.busy} onClick={p.onRun}>
        {check.result ? t("check.again") : t("check.button")}
      </Button>
      <div aria-live="polite">
        <CheckProgress phase={check.phase} progress={check.progress} t={t} />
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
          <CheckSummary result={check.result} sheetCount={check.sheetCount} open={openCounts} explained={split.explained.length} t={t} />
          <SeverityCounts counts={openCounts} explained={split.explained.length} t={t} />
        </>
      )}
      <ActionsBar
        t={t}
        busy={check.busy || p.actionBusy}
        canMark={shown.length > 0}
        canExport={!!check.result}
        markedCount={p.markedCount}
        onMark={() => p.onMark(shown)}
        onClearMarks={p.onClearMarks}
        onSummary={p.onSummary}
        onExport={p.onExport}
      />
      {check.result && split && (
        <>
          <FindingFilters filters={filters} counts={openCounts} t={t} />
          <section aria-labelledby="open-title" data-testid="open-findings">
            <h2 id="open-title" tabIndex={-1} ref={openTitle} className={styles.openTitle}>
              {t("findings.open", { count: open.length })}
            </h2>
            {open.length > 0 && shown.length !== open.length && (
              <Text as="p" className={styles.muted}>
                {t("filter.shown", { shown: shown.length, total: open.length })}
              </Text>
            )}
            {open.length === 0 && <Text as="p">{t("findings.none")}</Text>}
            {open.length > 0 && shown.length === 0 && <Text as="p">{t("findings.noneFiltered")}</Text>}
            <FindingGroups findings={shown} lang={lang} t={t} onNavigate={p.onNavigate} onExplain={explain} />
          </section>
          <ExplainedList
            explained={split.explained}
            unmatched={split.unmatched}
            lang={lang}
            t={t}
            onNavigate={p.onNavigate}
            onReopen={p.onReopen}
          />
        </>
      )}
    </div>
  );
}
