import { useEffect, useMemo, useState } from "react";
import { Button, Spinner, Tab, TabList, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { DataPieRegular, SettingsRegular, TaskListSquareLtrRegular } from "@fluentui/react-icons";
import { WorkbookHost } from "../../core/host";
import { Lang } from "../../core/options";
import { splitFindings } from "../explanations";
import { useCheck } from "../hooks/useCheck";
import { useFindingActions } from "../hooks/useFindingActions";
import { useMarks } from "../hooks/useMarks";
import { usePaneStatus } from "../hooks/usePaneStatus";
import { useSettingsActions } from "../hooks/useSettingsActions";
import { useStoredState } from "../hooks/useStoredState";
import { TranslateContext, useTranslate } from "../hooks/useTranslate";
import { useWorkbookActions } from "../hooks/useWorkbookActions";
import { toCheckOptions } from "../settings";
import { AllocationPanel } from "../allocation/AllocationPanel";
import { CheckPanel } from "./CheckPanel";
import { LanguagePicker } from "./LanguagePicker";
import { SettingsPanel } from "./SettingsPanel";
import { StatusMessage } from "./StatusMessage";
import { SummaryUpdateDialog } from "./SummaryUpdateDialog";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    // Parts of the pane (tabs, the allocation table) change layout by the pane's own width, which
    // in Excel is the task pane's and in the demo the side column's, not the window's.
    containerType: "inline-size",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  // Three tabs with icons and short labels fit 320 px; narrower still they wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, columnGap: tokens.spacingHorizontalXXS },
  // In a pane narrower than about 380 px the labels alone keep the three tabs on one line.
  tabIcon: { "@container (max-width: 24em)": { display: "none" } },
  needsCheck: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type TabId = "check" | "allocation" | "settings";
const TAB_ICONS = { check: <TaskListSquareLtrRegular />, allocation: <DataPieRegular />, settings: <SettingsRegular /> };

export interface TaskPaneProps {
  host: WorkbookHost;
  /** Language before the workbook's stored settings are read (Office's or the browser's). */
  initialLang: Lang;
  /** File name for the report, when the host knows it. */
  workbookName?: string;
  onLangChange?(lang: Lang): void;
}

/** The add-in's one screen: check, findings, actions and settings, over any WorkbookHost. */
export function TaskPane({ host, initialLang, workbookName, onLangChange }: TaskPaneProps) {
  const styles = useStyles();
  const stored = useStoredState(host, initialLang);
  const lang = stored.status === "loading" ? initialLang : stored.settings.lang;
  const t = useTranslate(lang);
  const { tolerances, population, changeBases, managementTotals } = stored.settings;
  // What the engine reads. The language is not part of it: findings are messages as data, worded
  // by the components in `lang`, so switching the language re-words the pane without a new check.
  const options = useMemo(
    () => toCheckOptions({ lang: initialLang, tolerances, population, changeBases, managementTotals }),
    [initialLang, tolerances, population, changeBases, managementTotals],
  );
  const check = useCheck(host);
  const marks = useMarks(host);
  const status = usePaneStatus();
  const findings = useFindingActions(host, stored, status);
  const settings = useSettingsActions(stored, status);
  const workbook = useWorkbookActions({ host, check, marks, stored, options, lang, t, workbookName, status });
  const [tab, setTab] = useState<TabId>("check");
  const { recheck } = check;

  useEffect(() => {
    onLangChange?.(lang);
  }, [lang, onLangChange]);

  // New settings (tolerances, population, bases) apply to the figures already read, without reading again.
  useEffect(() => {
    recheck(options);
  }, [options, recheck]);

  const split = useMemo(
    () => (check.result ? splitFindings(check.result.findings, stored.explanations) : undefined),
    [check.result, stored.explanations],
  );

  const runCheck = () => void check.run(options);

  return (
    <TranslateContext.Provider value={t}>
      <div className={styles.root} lang={lang}>
        <header className={styles.header}>
          <Title3 as="h1" className={styles.title}>
            {t("app.title")}
          </Title3>
          <LanguagePicker lang={lang} onChange={settings.changeLang} />
        </header>
        {stored.status === "loading" && <Spinner size="tiny" label={t("app.loadingState")} />}
        {stored.status === "error" && <StatusMessage status={{ intent: "warning", key: "app.stateFailed", params: { message: stored.loadError ?? "" } }} />}
        {stored.problems.length > 0 && <StatusMessage status={{ intent: "warning", key: "app.stateProblems", params: { paths: stored.problems.map((p) => p || "*").join(", ") } }} />}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => {
            setTab(d.value as TabId);
            // A message about the other tab would read as about this one.
            status.show(undefined);
          }}
          aria-label={t("tab.label")}
        >
          {(["check", "allocation", "settings"] as const).map((id) => (
            <Tab key={id} className={styles.tab} value={id} icon={{ children: TAB_ICONS[id], className: styles.tabIcon }} title={t(`tab.${id}`)}>
              {t(`tab.${id}Short`)}
            </Tab>
          ))}
        </TabList>
        <StatusMessage status={status.status} />
        <div role="tabpanel" aria-label={t(`tab.${tab}`)}>
          {tab === "check" && (
            <CheckPanel
              lang={lang}
              check={check}
              split={split}
              markedCount={marks.count}
              actionBusy={workbook.busy}
              onRun={runCheck}
              onNavigate={findings.navigate}
              onSelectRange={findings.select}
              onExplain={findings.explain}
              onReopen={findings.reopen}
              onMark={workbook.mark}
              onClearMarks={workbook.clearMarks}
              onSummary={workbook.summary}
              onExport={workbook.exportReport}
            />
          )}
          {tab === "allocation" &&
            (check.result ? (
              <AllocationPanel model={check.result.model} options={options} lang={lang} host={host} onNavigate={findings.select} />
            ) : (
              <div className={styles.needsCheck}>
                <Text>{t("allocation.needsCheck")}</Text>
                <div>
                  <Button appearance="primary" disabled={check.busy} onClick={runCheck}>
                    {t("check.button")}
                  </Button>
                </div>
              </div>
            ))}
          {tab === "settings" && <SettingsPanel settings={stored.settings} onSave={settings.save} onInvalid={settings.invalid} />}
        </div>
        <SummaryUpdateDialog pending={workbook.pendingSummary} onAnswer={workbook.answerSummary} />
      </div>
    </TranslateContext.Provider>
  );
}
