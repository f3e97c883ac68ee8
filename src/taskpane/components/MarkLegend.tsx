import { memo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../core/findings";
import { CAUSE_COLOUR, MARK_COLOURS } from "../../hosts/excel";
import { useT } from "../hooks/useTranslate";

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: { flexShrink: 0, width: "1.5em", height: "1em", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  related: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
});

/**
 * What the colours in the sheet mean: the fills Mark gives each severity (the same in Excel and
 * in the demo grid), a probable cause's cell, the selected cell and the cells a finding was
 * computed from.
 */
export const MarkLegend = memo(function MarkLegend() {
  const t = useT();
  const styles = useStyles();
  return (
    <details className={styles.root} data-testid="mark-legend">
      <summary className={styles.summary}>{t("legend.title")}</summary>
      <ul className={styles.list}>
        {SEVERITIES.map((s) => (
          <li key={s} className={styles.item}>
            {/* Excel's own fill colours, so the legend matches the marked cells exactly. */}
            <span className={styles.swatch} style={{ backgroundColor: MARK_COLOURS[s] }} aria-hidden />
            {t(`legend.${s}`)}
          </li>
        ))}
        <li className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: CAUSE_COLOUR }} aria-hidden />
          {t("legend.cause")}
        </li>
        {(["selected", "related"] as const).map((k) => (
          <li key={k} className={styles.item}>
            <span className={`${styles.swatch} ${styles[k]}`} aria-hidden />
            {t(`legend.${k}`)}
          </li>
        ))}
      </ul>
    </details>
  );
});
