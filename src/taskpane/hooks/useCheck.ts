import { useCallback, useRef, useState } from "react";
import { CheckResult, checkWorkbook } from "../../core/check";
import { Grid } from "../../core/grid";
import { ReadProgress, WorkbookHost } from "../../core/host";
import { CheckOptions } from "../../core/options";
import { errorMessage } from "./errors";

export type CheckPhase = "idle" | "reading" | "analysing" | "done" | "error";

export interface CheckApi {
  phase: CheckPhase;
  progress?: ReadProgress;
  result?: CheckResult;
  /** Sheets read by the last check (for the "N sheets" in the summary line). */
  sheetCount: number;
  error?: string;
  busy: boolean;
  /** Reads the workbook and checks it; resolves with the result, or undefined when it failed. */
  run(options: CheckOptions): Promise<CheckResult | undefined>;
  /** Checks the grids of the last read again with new options (language, tolerances). */
  recheck(options: CheckOptions): void;
}

// Lets the browser paint the progress before the engine takes the thread.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useCheck(host: WorkbookHost): CheckApi {
  const [phase, setPhase] = useState<CheckPhase>("idle");
  const [progress, setProgress] = useState<ReadProgress>();
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string>();
  const [sheetCount, setSheetCount] = useState(0);
  const grids = useRef<Grid[]>();
  const runId = useRef(0);

  const run = useCallback(
    async (options: CheckOptions) => {
      const id = ++runId.current;
      setPhase("reading");
      setError(undefined);
      setProgress(undefined);
      try {
        const read = await host.readGrids((p) => {
          if (runId.current === id) setProgress(p);
        });
        if (runId.current !== id) return undefined;
        setPhase("analysing");
        await nextFrame();
        const checked = checkWorkbook(read, options);
        if (runId.current !== id) return undefined;
        grids.current = read;
        setSheetCount(read.length);
        setResult(checked);
        setPhase("done");
        return checked;
      } catch (e) {
        if (runId.current === id) {
          setError(errorMessage(e));
          setPhase("error");
        }
        return undefined;
      }
    },
    [host],
  );

  const recheck = useCallback((options: CheckOptions) => {
    if (!grids.current) return;
    try {
      setResult(checkWorkbook(grids.current, options));
    } catch (e) {
      setError(errorMessage(e));
      setPhase("error");
    }
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
  };
}
