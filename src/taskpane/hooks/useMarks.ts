import { useCallback, useEffect, useState } from "react";
import { Finding } from "../../core/findings";
import { WorkbookHost } from "../../core/host";

export interface MarksApi {
  /** Cells marked now, as the host counts them (marks survive reloads of the pane). */
  count: number | undefined;
  busy: boolean;
  mark(findings: readonly Finding[]): Promise<number>;
  clear(): Promise<number>;
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
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await action();
        const n = await host.markedCount();
        setCount(n);
        return n;
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const mark = useCallback((findings: readonly Finding[]) => withBusy(() => host.mark(findings)), [host, withBusy]);
  const clear = useCallback(() => withBusy(() => host.clearMarks()), [host, withBusy]);
  return { count, busy, mark, clear };
}
