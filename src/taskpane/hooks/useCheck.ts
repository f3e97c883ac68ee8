import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CheckResult } from "../../core/check";
import { Grid } from "../../core/grid";
import { ReadProgress, WorkbookHost } from "../../core/host";
import { CheckOptions } from "../../core/options";
import { CheckCancelled, CheckRunner, RunningCheck } from "../worker/client";
import { errorMessage } from "./errors";

const PROGRESS_INTERVAL_MS = 250;

export type CheckPhase = "idle" | "reading" | "analysing" | "done" | "error";

export interface CheckApi {
  phase: CheckPhase;
  progress?: ReadProgress;
  result?: CheckResult;
  /** Sheets read by the last check (for the "N sheets" in the summary line). */
  sheetCount: number;
  error?: string;
  busy: boolean;
  /** Reads the workbook and checks it; resolves with the result, or undefined when it failed or was cancelled. */
  run(options: CheckOptions): Promise<CheckResult | undefined>;
  /** Checks the grids of the last read again with new options (language, tolerances). */
  recheck(options: CheckOptions): void;
  /** Stops the check under way; the previous result, if any, stays. */
  cancel(): void;
}

/**
 * Reading and checking the workbook. The engine runs on a Web Worker (../worker), so the pane
 * keeps answering clicks during a long check and Cancel can stop it.
 */
export function useCheck(host: WorkbookHost, runner?: CheckRunner): CheckApi {
  const [phase, setPhase] = useState<CheckPhase>("idle");
  const [progress, setProgress] = useState<ReadProgress>();
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string>();
  const [sheetCount, setSheetCount] = useState(0);
  const grids = useRef<Grid[]>();
  const runId = useRef(0);
  const running = useRef<RunningCheck>();
  const lastResult = useRef<CheckResult>();
  const checker = useMemo(() => runner ?? new CheckRunner(), [runner]);

  useEffect(() => {
    // The worker starts as the pane opens and warms the engine while the user picks a book.
    checker.prepare();
    return () => {
      if (!runner) checker.dispose();
    };
  }, [checker, runner]);

  const start = useCallback(
    (read: readonly Grid[], options: CheckOptions) => {
      running.current?.cancel();
      const check = checker.start(read, options);
      running.current = check;
      return check.result.finally(() => {
        if (running.current === check) running.current = undefined;
      });
    },
    [checker],
  );

  const run = useCallback(
    async (options: CheckOptions) => {
      const id = ++runId.current;
      setPhase("reading");
      setError(undefined);
      setProgress(undefined);
      try {
        let shown = 0;
        const read = await host.readGrids((p) => {
          if (runId.current !== id) return;
          // Each progress step re-renders the pane (with the last result in it): a few a second
          // tell the reader as much, and leave the thread free for their clicks.
          const now = Date.now();
          if (p.done > 0 && p.done < p.total && now - shown < PROGRESS_INTERVAL_MS) return;
          shown = now;
          setProgress(p);
        });
        if (runId.current !== id) return undefined;
        setPhase("analysing");
        const checked = await start(read, options);
        if (runId.current !== id) return undefined;
        grids.current = read;
        lastResult.current = checked;
        setSheetCount(read.length);
        setResult(checked);
        setPhase("done");
        return checked;
      } catch (e) {
        if (runId.current === id && !(e instanceof CheckCancelled)) {
          setError(errorMessage(e));
          setPhase("error");
        }
        return undefined;
      }
    },
    [host, start],
  );

  const recheck = useCallback(
    (options: CheckOptions) => {
      const read = grids.current;
      if (!read) return;
      const id = ++runId.current;
      start(read, options).then(
        (checked) => {
          if (runId.current !== id) return;
          lastResult.current = checked;
          setResult(checked);
          // A recheck replaces a check that was under way (its run gave up): the pane is done.
          setPhase("done");
        },
        (e) => {
          if (runId.current !== id || e instanceof CheckCancelled) return;
          setError(errorMessage(e));
          setPhase("error");
        },
      );
    },
    [start],
  );

  const cancel = useCallback(() => {
    runId.current++;
    running.current?.cancel();
    running.current = undefined;
    setProgress(undefined);
    setPhase(lastResult.current ? "done" : "idle");
  }, []);

  return {
    phase,
    progress,
    result,
    sheetCount,
    error,
    busy: phase === "reading" || phase === "analysing",
    run,
    recheck,
    cancel,
  };
}
