import { memo } from "react";
import { useT } from "../hooks/useTranslate";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { ExplainedFinding } from "../explanations";
import { ExplainedItem } from "./ExplainedItem";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXL },
  title: { margin: 0, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The section's heading, which the open list's "only explained findings match" moves the keyboard to. */
export const EXPLAINED_TITLE_ID = "explained-title";

export interface ExplainedListProps {
  /** The explained findings shown: all of them, or those a search finds. */
  explained: readonly ExplainedFinding[];
  /** How many findings are explained in all. */
  total: number;
  unmatched: number;
  lang: Lang;
  onNavigate(finding: Finding): void;
  onReopen(finding: Finding): Promise<void>;
}

export const ExplainedList = memo(function ExplainedList({ explained, total, unmatched, lang, onNavigate, onReopen }: ExplainedListProps) {
  const t = useT();
  const styles = useStyles();
  if (total === 0 && unmatched === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={EXPLAINED_TITLE_ID} data-testid="explained-list">
      <Subtitle2 as="h2" id={EXPLAINED_TITLE_ID} tabIndex={-1} className={styles.title}>
        {explained.length === total ? t("findings.explained", { count: total }) : t("findings.explainedShown", { shown: explained.length, total })}
      </Subtitle2>
      <ul className={styles.list}>
        {explained.map((e) => (
          <ExplainedItem
            key={e.key}
            finding={e.finding}
            explanation={e.explanation}
            lang={lang}
            onNavigate={onNavigate}
            onReopen={onReopen}
          />
        ))}
      </ul>
      {unmatched > 0 && <p className={styles.note}>{t("findings.unmatched", { count: unmatched })}</p>}
    </section>
  );
});
