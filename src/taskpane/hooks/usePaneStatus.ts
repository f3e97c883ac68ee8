import { useCallback, useState } from "react";
import { Status } from "../components/StatusMessage";
import { errorMessage } from "./errors";

export interface PaneStatusApi {
  status: Status | undefined;
  show(status: Status | undefined): void;
  /** Reports a failure in words of `key` with the error's message as `{message}`. */
  fail(key: string, error: unknown): void;
}

/** The one message line under the tabs: the outcome of the last action. */
export function usePaneStatus(): PaneStatusApi {
  const [status, setStatus] = useState<Status>();
  const fail = useCallback((key: string, error: unknown) => setStatus({ intent: "error", key, params: { message: errorMessage(error) }, error }), []);
  return { status, show: setStatus, fail };
}
