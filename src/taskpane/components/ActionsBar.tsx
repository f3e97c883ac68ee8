import { memo } from "react";
import { useT } from "../hooks/useTranslate";
import { Button, Toolbar, makeStyles, tokens } from "@fluentui/react-components";
import { EraserRegular, HighlightRegular, TableAddRegular } from "@fluentui/react-icons";
import { ExportKind, ExportMenu } from "./ExportMenu";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
});

export interface ActionsBarProps {
  busy: boolean;
  canMark: boolean;
  canExport: boolean;
  markedCount: number | undefined;
  onMark(): void;
  onClearMarks(): void;
  onSummary(): void;
  onExport(kind: ExportKind): void;
}

export const ActionsBar = memo(function ActionsBar(p: ActionsBarProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <Toolbar className={styles.bar} aria-label={t("actions.label")}>
      <Button icon={<HighlightRegular />} disabled={p.busy || !p.canMark} title={t("actions.markHint")} onClick={p.onMark}>
        {t("actions.mark")}
      </Button>
      <Button icon={<EraserRegular />} disabled={p.busy || p.markedCount === 0} onClick={p.onClearMarks}>
        {p.markedCount ? `${t("actions.clearMarks")} (${p.markedCount})` : t("actions.clearMarks")}
      </Button>
      <Button icon={<TableAddRegular />} disabled={p.busy} onClick={p.onSummary}>
        {t("actions.summary")}
      </Button>
      <ExportMenu disabled={p.busy || !p.canExport} onExport={p.onExport} />
    </Toolbar>
  );
});
