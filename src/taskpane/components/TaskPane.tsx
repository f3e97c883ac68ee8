import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, Spinner, Tab, TabList, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Finding, findingKey } from "../../core/findings";
import { WorkbookHost } from "../../core/host";
import { Lang } from "../../core/options";
import { buildMaararahatSummary } from "../../core/summary";
import { splitFindings } from "../explanations";
import { renderCsv, renderHtml, renderTsv, reportFileName } from "../export";
import { ReportInput } from "../export/report";
import { copyReport, downloadText } from "../export/deliver";
import { errorMessage } from "../hooks/errors";
import { useCheck } from "../hooks/useCheck";
import { useMarks } from "../hooks/useMarks";
import { useStoredState } from "../hooks/useStoredState";
import { useTranslate } from "../hooks/useTranslate";
import { PaneSettings, toCheckOptions } from "../settings";
import { AllocationPanel } from "../allocation/AllocationPanel";
import { CheckPanel } from "./CheckPanel";
import { ExportKind } from "./ExportMenu";
import { LanguagePicker } from "./LanguagePicker";
import { SettingsPanel } from "./SettingsPanel";
import { Status, StatusMessage } from "./StatusMessage";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  needsCheck: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type TabId = "check" | "allocation" | "settings";

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
  const options = useMemo(() => toCheckOptions(stored.settings), [stored.settings]);
  const check = useCheck(host);
  const marks = useMarks(host);
  const [tab, setTab] = useState<TabId>("check");
  const [status, setStatus] = useState<Status>();
  const [actionBusy, setActionBusy] = useState(false);
  const { recheck } = check;

  useEffect(() => {
    onLangChange?.(lang);
    setStatus(undefined);
  }, [lang, onLangChange]);

  // New settings (language, tolerances) apply to the figures already read, without reading again.
  useEffect(() => {
    recheck(options);
  }, [options, recheck]);

  const split = useMemo(
    () => (check.result ? splitFindings(check.result.findings, stored.explanations) : undefined),
    [check.result, stored.explanations],
  );

  const fail = useCallback((key: string, error: unknown) => setStatus({ intent: "error", text: t(key, { message: errorMessage(error) }) }), [t]);

  const act = async (action: () => Promise<void>) => {
    setActionBusy(true);
    try {
      await action();
    } catch (error) {
      fail("actions.failed", error);
    } finally {
      setActionBusy(false);
    }
  };

  const navigateTo = (sheet: string, cell: string) => {
    host.select(sheet, cell).catch((error: unknown) => fail("actions.failed", error));
  };
  const navigate = (f: Finding) => navigateTo(f.sheet, f.cell);

  const explain = async (f: Finding, comment: string) => {
    try {
      await stored.explain(findingKey(f), comment);
      setStatus({ intent: "success", text: t("explained.saved") });
    } catch (error) {
      fail("app.saveFailed", error);
      throw error;
    }
  };

  const reopen = async (f: Finding) => {
    try {
      await stored.reopen(findingKey(f));
      setStatus({ intent: "info", text: t("explained.reopened") });
    } catch (error) {
      fail("app.saveFailed", error);
    }
  };

  const saveSettings = async (next: PaneSettings) => {
    try {
      await stored.saveSettings(next);
      setStatus({ intent: "success", text: t("settings.saved") });
    } catch (error) {
      fail("app.saveFailed", error);
    }
  };

  const changeLang = (next: Lang) => {
    if (next === stored.settings.lang) return;
    void saveSettings({ ...stored.settings, lang: next });
  };

  const summary = () =>
    act(async () => {
      const result = check.result ?? (await check.run(options));
      if (!result) return;
      const name = await host.createSheet(buildMaararahatSummary(result.model, options));
      setStatus({ intent: "success", text: t("actions.summaryDone", { name }) });
    });

  const exportReport = (kind: ExportKind) =>
    act(async () => {
      if (!check.result) return;
      const now = new Date();
      const input: ReportInput = { lang, workbook: workbookName, generatedAt: now, findings: check.result.findings, explanations: stored.explanations };
      if (kind === "copy") {
        await copyReport(renderHtml(input), renderTsv(input));
        setStatus({ intent: "success", text: t("export.copied") });
        return;
      }
      const file = reportFileName(t, now, kind);
      if (kind === "html") downloadText(file, "text/html", renderHtml(input));
      else downloadText(file, "text/csv", renderCsv(input));
      setStatus({ intent: "success", text: t("export.downloaded", { file }) });
    });

  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t("app.title")}
        </Title3>
        <LanguagePicker lang={lang} onChange={changeLang} t={t} />
      </header>
      {stored.status === "loading" && <Spinner size="tiny" label={t("app.loadingState")} />}
      {stored.status === "error" && <StatusMessage status={{ intent: "warning", text: t("app.stateFailed", { message: stored.loadError ?? "" }) }} />}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => {
          setTab(d.value as TabId);
          // A message about the other tab would read as about this one.
          setStatus(undefined);
        }}
        aria-label={t("tab.label")}
      >
        <Tab value="check">{t("tab.check")}</Tab>
        <Tab value="allocation">{t("tab.allocation")}</Tab>
        <Tab value="settings">{t("tab.settings")}</Tab>
      </TabList>
      <StatusMessage status={status} />
      <div role="tabpanel" aria-label={t(`tab.${tab}`)}>
        {tab === "check" && (
          <CheckPanel
            t={t}
            lang={lang}
            check={check}
            split={split}
            markedCount={marks.count}
            actionBusy={actionBusy || marks.busy}
            onRun={() => void check.run(options)}
            onNavigate={navigate}
            onExplain={explain}
            onReopen={reopen}
            onMark={(findings) =>
              void act(async () => {
                const n = await marks.mark(findings);
                setStatus({ intent: "success", text: t("actions.marked", { count: n }) });
              })
            }
            onClearMarks={() =>
              void act(async () => {
                const n = await marks.clear();
                setStatus({ intent: "success", text: t("actions.marked", { count: n }) });
              })
            }
            onSummary={() => void summary()}
            onExport={(kind) => void exportReport(kind)}
          />
        )}
        {tab === "allocation" &&
          (check.result ? (
            <AllocationPanel model={check.result.model} options={options} lang={lang} host={host} onNavigate={(sheet, cell) => navigateTo(sheet, cell)} />
          ) : (
            <div className={styles.needsCheck}>
              <Text>{t("allocation.needsCheck")}</Text>
              <div>
                <Button appearance="primary" disabled={check.busy} onClick={() => void check.run(options)}>
                  {t("check.button")}
                </Button>
              </div>
            </div>
          ))}
        {tab === "settings" && (
          <SettingsPanel
            settings={stored.settings}
            t={t}
            onSave={saveSettings}
            onInvalid={() => setStatus({ intent: "error", text: t("settings.invalid") })}
          />
        )}
      </div>
    </div>
  );
}
