import { memo } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useT } from "../hooks/useTranslate";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { flexBasis: "100%", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FindingStepperProps {
  /** 0-based position of the current finding, or −1 before the first step. */
  index: number;
  total: number;
  onStep(delta: 1 | -1): void;
}

/** Previous / Next through the open findings, as Excel's error checking steps through errors. */
export const FindingStepper = memo(function FindingStepper({ index, total, onStep }: FindingStepperProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("step.label")} className={styles.root} data-testid="finding-stepper">
      <Button size="small" icon={<ArrowUpRegular />} disabled={total === 0 || index <= 0} onClick={() => onStep(-1)} aria-keyshortcuts="Alt+PageUp">
        {t("step.previous")}
      </Button>
      <Button size="small" icon={<ArrowDownRegular />} disabled={total === 0 || index >= total - 1} onClick={() => onStep(1)} aria-keyshortcuts="Alt+PageDown">
        {t("step.next")}
      </Button>
      <Text aria-live="polite" data-testid="step-position">
        {index >= 0 ? t("step.position", { index: index + 1, total }) : ""}
      </Text>
      <Text className={styles.hint}>{t("step.hint")}</Text>
    </div>
  );
});
