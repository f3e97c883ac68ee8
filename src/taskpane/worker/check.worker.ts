import { checkWorkbook } from "../../core/check";
import { CheckRequest, CheckResponse } from "./protocol";

/**
 * The check worker (webpack entry `checkWorker`): runs the engine off the task pane's thread, so
 * a big workbook never freezes the pane. One request at a time; the pane cancels by terminating.
 */
// The DOM library's `self` is a Window; in a worker it is the worker's scope, typed here as much as used.
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, grids, options } = event.data;
  let response: CheckResponse;
  try {
    const r = checkWorkbook(grids, options);
    response = { id, ok: true, parts: { findings: r.findings, tables: r.tables, summary: r.summary } };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
