import { useCallback, useState } from "react";
import { Finding } from "../../core/findings";
import { wordFindings } from "../../i18n/render";
import { summaryWords } from "../../i18n/sheetWords";
import { WorkbookHost } from "../../core/host";
import { CheckOptions, Lang } from "../../core/options";
import { SheetData } from "../../core/sheetData";
import { buildMaararahatSummary } from "../../core/summary";
import { Translate } from "../../i18n/translate";
import { ExportKind } from "../components/ExportMenu";
import { renderCsv, renderHtml, renderTsv, reportFileName } from "../export";
import { copyReport, downloadText } from "../export/deliver";
import { ReportInput } from "../export/report";
import { CheckApi } from "./useCheck";
import { MarksApi } from "./useMarks";
import { PaneStatusApi } from "./usePaneStatus";
import { StoredStateApi } from "./useStoredState";
import { useSaving } from "./useSaving";

/** A summary waiting for the user's answer: update the add-in's earlier sheet, or add another. */
export interface PendingSummary {
  existing: string;
  data: SheetData;
}

export interface WorkbookActions {
  busy: boolean;
  mark(findings: readonly Finding[]): void;
  clearMarks(): void;
  /** Builds the määrärahat summary; asks first when the add-in's earlier summary is still there. */
  summary(): void;
  pendingSummary: PendingSummary | undefined;
  answerSummary(answer: "update" | "new" | "cancel"): void;
  exportReport(kind: ExportKind): void;
}

export interface WorkbookActionsInput {
  host: WorkbookHost;
  check: CheckApi;
  marks: MarksApi;
  stored: StoredStateApi;
  options: CheckOptions;
  lang: Lang;
  t: Translate;
  workbookName?: string;
  status: PaneStatusApi;
}

/** The actions that change the workbook or leave the pane: marks, the summary sheet, the report. */
export function useWorkbookActions({ host, check, marks, stored, options, lang, t, workbookName, status }: WorkbookActionsInput): WorkbookActions {
  const [running, runBusy] = useSaving();
  const [pendingSummary, setPending] = useState<PendingSummary>();
  const { show, fail } = status;

  const act = useCallback(
    (action: () => Promise<void>) =>
      runBusy(async () => {
        try {
          await action();
        } catch (error) {
          fail("actions.failed", error);
        }
      }),
    [runBusy, fail],
  );

  const mark = (findings: readonly Finding[]) =>
    void act(async () => {
      const { count, unmarked } = await marks.mark(wordFindings(findings, lang, "pane"));
      if (unmarked > 0) show({ intent: "warning", key: "actions.markedSome", params: { count, unmarked } });
      else show({ intent: "success", key: "actions.marked", params: { count } });
    });

  const clearMarks = () =>
    void act(async () => {
      const { count, userChanged, withoutRecord, gone } = await marks.clear();
      // Say what could not be put back exactly (issue 10: cells the user changed, damaged records).
      if (userChanged + withoutRecord + gone > 0) show({ intent: "warning", key: "actions.clearedNotes", params: { userChanged, withoutRecord, gone } });
      else show({ intent: "success", key: "actions.marked", params: { count } });
    });

  const write = async (data: SheetData, replace?: string) => {
    const name = await host.createSheet(data, replace === undefined ? {} : { replace });
    show({ intent: "success", key: replace === undefined ? "actions.summaryDone" : "summary.updated", params: { name } });
  };

  const summary = () =>
    void act(async () => {
      const result = check.result ?? (await check.run(options));
      if (!result) return;
      const data = buildMaararahatSummary(result.model, summaryWords(lang));
      const existing = data.marker ? await host.findCreatedSheet(data.marker) : undefined;
      if (existing) setPending({ existing, data });
      else await write(data);
    });

  const answerSummary = (answer: "update" | "new" | "cancel") => {
    const pending = pendingSummary;
    setPending(undefined);
    if (!pending || answer === "cancel") return;
    void act(() => write(pending.data, answer === "update" ? pending.existing : undefined));
  };

  const exportReport = (kind: ExportKind) =>
    void act(async () => {
      if (!check.result) return;
      const now = new Date();
      const input: ReportInput = { lang, workbook: workbookName, generatedAt: now, findings: check.result.findings, explanations: stored.explanations };
      if (kind === "copy") {
        await copyReport(renderHtml(input), renderTsv(input));
        show({ intent: "success", key: "export.copied" });
        return;
      }
      const file = reportFileName(t, now, kind);
      if (kind === "html") downloadText(file, "text/html", renderHtml(input));
      else downloadText(file, "text/csv", renderCsv(input));
      show({ intent: "success", key: "export.downloaded", params: { file } });
    });

  return { busy: running || marks.busy, mark, clearMarks, summary, pendingSummary, answerSummary, exportReport };
}
