import { checkWorkbook } from "../../core/check";
import { CheckRequest, CheckResponse } from "./protocol";
import { warmUp } from "./warmUp";
// The founding document, bundled as text (webpack's asset/source): the warm-up's book.
import foundingDocument from "../../../seeds/kemijarvi-elinvoima-2024.txt";

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

// Before any request is read: the pane starts this worker when it opens (client.ts `prepare`), and
// a request sent meanwhile waits in the worker's queue until the warm-up is done.
warmUp(foundingDocument);

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
