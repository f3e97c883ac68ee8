import { useCallback, useEffect, useState } from "react";
import { WordedFinding } from "../../core/findings";
import { WorkbookHost } from "../../core/host";

export interface MarksApi {
  /** Cells marked now, as the host counts them (marks survive reloads of the pane). */
  count: number | undefined;
  busy: boolean;
  /** Cells marked now; `unmarked`: cells the host refused to mark (a fill it could not put back). */
  mark(findings: readonly WordedFinding[]): Promise<{ count: number; unmarked: number }>;
  /** Cells marked now, and what the host could not restore as it was, when it says. */
  clear(): Promise<{ count: number; userChanged: number; withoutRecord: number; gone: number }>;
}

export function useMarks(host: WorkbookHost): MarksApi {
  const [count, setCount] = useState<number>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    host.markedCount().then(
      (n) => {
        if (!cancelled) setCount(n);
      },
      // Unknown is shown as unknown; the buttons still work and report their own errors.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [host]);

  const withBusy = useCallback(
    async <T>(action: () => Promise<T>): Promise<{ n: number; result: T }> => {
      setBusy(true);
      try {
        const result = await action();
        const n = await host.markedCount();
        setCount(n);
        return { n, result };
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const mark = useCallback(
    async (findings: readonly WordedFinding[]) => {
      const { n, result } = await withBusy(() => host.mark(findings));
      return { count: n, unmarked: result?.unmarked.length ?? 0 };
    },
    [host, withBusy],
  );
  const clear = useCallback(async () => {
    const { n, result } = await withBusy(() => host.clearMarks());
    return { count: n, userChanged: result?.userChanged ?? 0, withoutRecord: result?.withoutRecord ?? 0, gone: result?.gone ?? 0 };
  }, [host, withBusy]);
  return { count, busy, mark, clear };
}
