import { CheckResult, checkWorkbook } from "../../core/check";
import { Grid } from "../../core/grid";
import { CheckOptions } from "../../core/options";
import { recognizeWorkbook } from "../../core/recognize";
import { CheckRequest, CheckResponse, CheckedParts } from "./protocol";

/** The bundle webpack builds from check.worker.ts, next to taskpane.html. */
export const CHECK_WORKER_URL = "checkWorker.js";

/** A check under way: its result, and a way to stop it (the result then never comes). */
export interface RunningCheck {
  result: Promise<CheckResult>;
  cancel(): void;
}

export class CheckCancelled extends Error {
  constructor() {
    super("check cancelled");
    this.name = "CheckCancelled";
  }
}

/**
 * The pane's result from the worker's parts. The model and the equations are rebuilt from the
 * grids on this thread only if something asks for them (the allocation tab, the määrärahat
 * summary), and then once.
 */
export function resultFromParts(grids: readonly Grid[], options: CheckOptions, parts: CheckedParts): CheckResult {
  let model: CheckResult["model"] | undefined;
  let equations: CheckResult["equations"] | undefined;
  const result = { ...parts } as CheckResult;
  Object.defineProperty(result, "model", { enumerable: true, get: () => (model ??= recognizeWorkbook(grids)) });
  const equationsOnce = () => {
    // The full check recognizes the model too: keep it rather than recognizing the grids again.
    const full = checkWorkbook(grids, options);
    model ??= full.model;
    return full.equations;
  };
  Object.defineProperty(result, "equations", { enumerable: false, get: () => (equations ??= equationsOnce()) });
  return result;
}

type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory | null = typeof Worker === "function" ? () => new Worker(CHECK_WORKER_URL) : null;

/**
 * Runs checks on a Web Worker, one worker kept between checks and replaced after a cancel. Where
 * there is no Worker (tests in jsdom) or the worker cannot start (its script missing), the check
 * runs on this thread after the pane has painted.
 *
 * The worker is started before it is needed (`prepare`, when the pane opens and after a cancel):
 * it warms the engine as it starts (warmUp.ts), so the user's first check runs on compiled code.
 */
export class CheckRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private broken = false;

  constructor(private readonly factory: WorkerFactory | null = defaultFactory) {}

  /** Starts the worker now, if there is none, so that it is loaded and warm by the next check. */
  prepare(): void {
    if (this.factory && !this.broken) this.current();
  }

  start(grids: readonly Grid[], options: CheckOptions): RunningCheck {
    if (!this.factory || this.broken) return inThread(grids, options);
    const worker = this.current();
    const id = this.nextId++;
    let settle: { resolve(r: CheckResult): void; reject(e: unknown): void } | undefined;
    const result = new Promise<CheckResult>((resolve, reject) => (settle = { resolve, reject }));
    const onMessage = (event: MessageEvent<CheckResponse>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.ok) settle?.resolve(resultFromParts(grids, options, event.data.parts));
      else settle?.reject(new Error(event.data.error));
    };
    const onError = (event: ErrorEvent) => {
      // The worker script did not load or crashed: check here instead, and from now on.
      event.preventDefault?.();
      done();
      this.discard(worker);
      this.broken = true;
      const fallback = inThread(grids, options);
      cancelFallback = fallback.cancel;
      fallback.result.then(settle?.resolve, settle?.reject);
    };
    let cancelFallback: (() => void) | undefined;
    const done = () => {
      worker.removeEventListener("message", onMessage as EventListener);
      worker.removeEventListener("error", onError as EventListener);
    };
    worker.addEventListener("message", onMessage as EventListener);
    worker.addEventListener("error", onError as EventListener);
    const request: CheckRequest = { id, grids, options };
    worker.postMessage(request);
    return {
      result,
      cancel: () => {
        done();
        cancelFallback?.();
        // Terminating is the only way to stop the engine mid-check; a new worker starts at once,
        // for the check the user will likely start next.
        this.discard(worker);
        this.prepare();
        settle?.reject(new CheckCancelled());
      },
    };
  }

  dispose(): void {
    if (this.worker) this.discard(this.worker);
  }

  /**
   * The worker, started if there is none. A worker started ahead of a check may fail to load
   * with no check listening: it is then marked broken, so the next check runs on this thread
   * rather than waiting for an answer that never comes.
   */
  private current(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.factory as WorkerFactory)();
    const onLoadError = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.broken = true;
      this.discard(worker);
    };
    worker.addEventListener("error", onLoadError as EventListener, { once: true });
    worker.addEventListener("message", () => worker.removeEventListener("error", onLoadError as EventListener), { once: true });
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
  }
}

/** The check on this thread, after a paint; cancelling drops the result. */
function inThread(grids: readonly Grid[], options: CheckOptions): RunningCheck {
  let cancelled = false;
  const result = new Promise<CheckResult>((resolve, reject) => {
    setTimeout(() => {
      if (cancelled) return reject(new CheckCancelled());
      try {
        resolve(checkWorkbook(grids, options));
      } catch (error) {
        reject(error);
      }
    }, 0);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
