import { useT } from "../hooks/useTranslate";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { findingFigure } from "../../core/format";

const useStyles = makeStyles({
  figures: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  name: { color: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** Actual, expected and difference, in the reader's number format; phrasing content only so it can sit inside a button. */
export function FindingFigures({ finding, lang }: { finding: Finding; lang: Lang }) {
  const t = useT();
  const styles = useStyles();
  const figures = (["actual", "expected", "difference"] as const).filter((k) => finding[k] !== undefined && finding[k] !== "");
  if (figures.length === 0) return null;
  return (
    <span className={styles.figures}>
      {figures.map((k) => (
        <span key={k} data-figure={k}>
          <span className={styles.name}>{t(`finding.${k}`)} </span>
          <span className={styles.value}>{findingFigure(finding[k], lang)}</span>
        </span>
      ))}
    </span>
  );
}
