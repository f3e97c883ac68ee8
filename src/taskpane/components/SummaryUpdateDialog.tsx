import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { PendingSummary } from "../hooks/useWorkbookActions";
import { useT } from "../hooks/useTranslate";

export interface SummaryUpdateDialogProps {
  pending: PendingSummary | undefined;
  onAnswer(answer: "update" | "new" | "cancel"): void;
}

/** Asks whether to update the summary sheet the add-in created before, or to add another. */
export function SummaryUpdateDialog({ pending, onAnswer }: SummaryUpdateDialogProps) {
  const t = useT();
  return (
    <Dialog open={!!pending} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("summary.updateTitle")}</DialogTitle>
          <DialogContent>{pending && t("summary.updateBody", { name: pending.existing })}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => onAnswer("update")}>
              {pending && t("summary.update", { name: pending.existing })}
            </Button>
            <Button onClick={() => onAnswer("new")}>{t("summary.createNew")}</Button>
            <Button appearance="subtle" onClick={() => onAnswer("cancel")}>
              {t("summary.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
