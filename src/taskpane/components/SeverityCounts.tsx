import { memo } from "react";
import { useT } from "../hooks/useTranslate";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES, SeverityCounts as Counts } from "../../core/findings";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

/** Open findings by severity, and how many are explained. */
export const SeverityCounts = memo(function SeverityCounts({ counts, explained }: { counts: Counts; explained: number }) {
  const t = useT();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t("counts.label")} data-testid="severity-counts">
      {SEVERITIES.map((s) => (
        <li key={s}>
          <Badge size="large" appearance={counts[s] > 0 ? "filled" : "outline"} color={COLOR[s]} data-severity={s}>
            {t("counts.badge", { label: t(`severity.${s}`), count: counts[s] })}
          </Badge>
        </li>
      ))}
      <li>
        <Badge size="large" appearance="outline" color="success" data-severity="explained">
          {t("counts.badge", { label: t("counts.explained"), count: explained })}
        </Badge>
      </li>
    </ul>
  );
});
