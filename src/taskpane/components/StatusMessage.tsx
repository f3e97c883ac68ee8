import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface Status {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

/** Results of actions, read out by screen readers as they appear. */
export function StatusMessage({ status }: { status: Status | undefined }) {
  return (
    <div role={status?.intent === "error" ? "alert" : "status"} aria-live={status?.intent === "error" ? "assertive" : "polite"}>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
