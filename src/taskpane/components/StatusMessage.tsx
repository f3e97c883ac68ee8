import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Params } from "../../i18n/translate";
import { describeError } from "../../i18n/errors";
import { useT } from "../hooks/useTranslate";

/**
 * An action's outcome as a message key and its parameters, worded when shown: a language
 * switched after the action re-words it instead of leaving it in the old language.
 */
export interface Status {
  intent: "success" | "error" | "info" | "warning";
  key: string;
  params?: Params;
  /** A failure, worded as `{message}` in the language shown (the library's text only as a detail). */
  error?: unknown;
}

/** Results of actions, read out by screen readers as they appear. */
export function StatusMessage({ status }: { status: Status | undefined }) {
  const t = useT();
  return (
    <div role={status?.intent === "error" ? "alert" : "status"} aria-live={status?.intent === "error" ? "assertive" : "polite"}>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{t(status.key, status.error === undefined ? status.params : { ...status.params, message: describeError(status.error, t) })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
