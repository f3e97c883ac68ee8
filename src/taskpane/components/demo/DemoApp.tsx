import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Lang } from "../../../core/options";
import { MemoryHost } from "../../../hosts/memory";
import { LocalizedError, describeError } from "../../../i18n/errors";
import { usePreferredThemeMode } from "../../hooks/useThemeMode";
import { TranslateContext, useTranslate } from "../../hooks/useTranslate";
import { budjettiFunctions } from "../../demo/budjettiFunctions";
import { LoadedWorkbook, looksLikeXlsx } from "../../demo/workbookFile";
import { localStoragePersistence } from "../../demo/localStoragePersistence";
import { TaskPane } from "../TaskPane";
import { FilePicker } from "./FilePicker";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { flexBasis: "32em", flexGrow: 1, color: tokens.colorNeutralForeground2 },
  layout: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    "@media (max-width: 800px)": { flexDirection: "column", overflowY: "auto" },
  },
  workbook: { flexGrow: 1, minWidth: 0, minHeight: "20em", display: "flex", flexDirection: "column" },
  pane: {
    width: "420px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    "@media (max-width: 800px)": { width: "auto", overflowY: "visible" },
  },
});

interface OpenWorkbook {
  id: number;
  name: string;
  host: MemoryHost;
}

export interface DemoAppProps {
  initialLang: Lang;
  loadSample(): Promise<LoadedWorkbook>;
  loadFile(file: File): Promise<LoadedWorkbook>;
  /** Pause per sheet while reading so progress is visible; 0 in tests. */
  readDelayMs?: number;
}

/**
 * The add-in without Excel: the sample (or a picked .xlsx) in a memory workbook shown as a grid,
 * beside the same task pane Excel shows.
 */
export function DemoApp({ initialLang, loadSample, loadFile, readDelayMs = 40 }: DemoAppProps) {
  const styles = useStyles();
  const mode = usePreferredThemeMode();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useTranslate(lang);
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [loading, setLoading] = useState(true);
  // Kept as the error itself and worded when shown, so it follows a change of language.
  const [error, setError] = useState<unknown>();

  // The last load asked for wins: a file picked while the sample still loads is not replaced by
  // the sample when that finishes later.
  const latest = useRef(0);
  const open = useCallback(
    async (load: () => Promise<LoadedWorkbook>) => {
      const asked = ++latest.current;
      setLoading(true);
      setError(undefined);
      try {
        const loaded = await load();
        if (asked !== latest.current) return;
        const host = new MemoryHost(loaded.grids, { persistence: localStoragePersistence(loaded.name), readDelayMs, functions: budjettiFunctions });
        setWorkbook((prev) => ({ id: (prev?.id ?? 0) + 1, name: loaded.name, host }));
      } catch (e) {
        // The previous workbook stays open; only the message changes.
        if (asked === latest.current) setError(e);
      } finally {
        if (asked === latest.current) setLoading(false);
      }
    },
    [readDelayMs],
  );

  useEffect(() => {
    void open(loadSample);
  }, [open, loadSample]);

  const pick = (file: File) => {
    if (!looksLikeXlsx(file.name)) {
      setError(new LocalizedError("demo.notXlsx", { name: file.name }));
      return;
    }
    void open(() => loadFile(file));
  };

  const theme = useMemo(() => (mode === "dark" ? webDarkTheme : webLightTheme), [mode]);

  // While a picked book loads, the open one is about to be replaced: a check started on it now
  // would be thrown away unseen when the new book arrives, so it takes no input until then (a
  // failed load gives it back). React 18 knows no `inert` prop; the element's property is set.
  const replacing = loading && workbook !== undefined;
  const layout = useRef<HTMLElement>(null);
  useEffect(() => {
    if (layout.current) layout.current.inert = replacing;
  }, [replacing, workbook]);

  return (
    <FluentProvider theme={theme}>
      <TranslateContext.Provider value={t}>
      <div className={styles.page} lang={lang}>
        <header className={styles.header}>
          <Text weight="semibold" size={400}>
            {t("demo.title")}
          </Text>
          <Text className={styles.intro}>{t("demo.intro")}</Text>
          <FilePicker disabled={loading} onPick={pick} />
          {workbook && <Text data-testid="workbook-name">{t("demo.workbook", { name: workbook.name })}</Text>}
        </header>
        <div role="status" aria-live="polite">
          {loading && <Spinner size="small" label={t("demo.loading")} />}
        </div>
        {error !== undefined && (
          <div role="alert">
            <MessageBar intent="error">
              <MessageBarBody>{error instanceof LocalizedError ? describeError(error, t) : t("demo.loadFailed", { message: describeError(error, t) })}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        {workbook && (
          <main ref={layout} className={styles.layout} aria-busy={replacing || undefined}>
            <section className={styles.workbook} aria-label={t("demo.workbook", { name: workbook.name })}>
              <WorkbookView host={workbook.host} lang={lang} />
            </section>
            <aside className={styles.pane} aria-label={t("app.title")}>
              <TaskPane key={workbook.id} host={workbook.host} initialLang={lang} workbookName={workbook.name} onLangChange={setLang} />
            </aside>
          </main>
        )}
      </div>
      </TranslateContext.Provider>
    </FluentProvider>
  );
}
