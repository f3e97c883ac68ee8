import { useCallback } from "react";
import { Finding, findingKey } from "../../core/findings";
import { WorkbookHost } from "../../core/host";
import { PaneStatusApi } from "./usePaneStatus";
import { StoredStateApi } from "./useStoredState";

export interface FindingActions {
  /** Selects the finding's cell and shows the cells its expected value was computed from. */
  navigate(finding: Finding): void;
  /** Selects one range (a related range, a cause cell, an allocation cell). */
  select(sheet: string, range: string): void;
  explain(finding: Finding, comment: string): Promise<void>;
  reopen(finding: Finding): Promise<void>;
}

export function useFindingActions(host: WorkbookHost, stored: StoredStateApi, status: PaneStatusApi): FindingActions {
  const { fail, show } = status;
  const { explain: storeExplanation, reopen: storeReopen } = stored;

  const select = useCallback(
    (sheet: string, range: string) => {
      host.select(sheet, range).catch((error: unknown) => fail("actions.failed", error));
    },
    [host, fail],
  );

  const navigate = useCallback(
    (f: Finding) => {
      host.select(f.sheet, f.cell, f.related).catch((error: unknown) => fail("actions.failed", error));
    },
    [host, fail],
  );

  const explain = useCallback(
    async (f: Finding, comment: string) => {
      try {
        await storeExplanation(findingKey(f), comment);
        show({ intent: "success", key: "explained.saved" });
      } catch (error) {
        fail("app.saveFailed", error);
        throw error;
      }
    },
    [storeExplanation, show, fail],
  );

  const reopen = useCallback(
    async (f: Finding) => {
      try {
        await storeReopen(findingKey(f));
        show({ intent: "info", key: "explained.reopened" });
      } catch (error) {
        fail("app.saveFailed", error);
      }
    },
    [storeReopen, show, fail],
  );

  return { navigate, select, explain, reopen };
}
