import { useT } from "../hooks/useTranslate";
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { ReadProgress } from "../../core/host";
import { CheckPhase } from "../hooks/useCheck";

/** Sheet-by-sheet reading, then an indeterminate bar while the engine checks; Cancel stops either. */
export function CheckProgress({ phase, progress, onCancel }: { phase: CheckPhase; progress?: ReadProgress; onCancel?: () => void }) {
  const t = useT();
  if (phase !== "reading" && phase !== "analysing") return null;
  let text: string;
  let value: number | undefined;
  if (phase === "analysing") {
    text = t("check.analysing");
  } else if (progress && progress.total > 0 && progress.sheet) {
    text = t("check.reading", { done: progress.done, total: progress.total, sheet: progress.sheet });
    value = progress.done / progress.total;
  } else {
    text = t("check.readingStart");
    value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  }
  return (
    <>
      <Field label={t("check.progressLabel")} validationMessage={text} validationState="none">
        <ProgressBar value={value} max={1} thickness="large" />
      </Field>
      {onCancel && (
        <Button size="small" onClick={onCancel} data-testid="check-cancel">
          {t("check.cancel")}
        </Button>
      )}
    </>
  );
}
