import { useT } from "../hooks/useTranslate";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Explanation } from "../explanations";
import { formatDateTime } from "../export/report";
import { FindingGoTo } from "./FindingGoTo";
import { useFindingStyles } from "./findingStyles";

const useStyles = makeStyles({
  comment: {
    display: "block",
    fontStyle: "italic",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ExplainedItemProps {
  finding: Finding;
  explanation: Explanation;
  lang: Lang;
  onNavigate(finding: Finding): void;
  onReopen(finding: Finding): Promise<void>;
}

/** An accepted finding with its comment; it can still be visited, and reopened. */
export function ExplainedItem({ finding, explanation, lang, onNavigate, onReopen }: ExplainedItemProps) {
  const t = useT();
  const styles = useFindingStyles();
  const own = useStyles();
  return (
    <li className={styles.item} data-testid="explained-finding">
      <FindingGoTo finding={finding} lang={lang} showSheet onNavigate={onNavigate} />
      <div className={styles.actions}>
        <Text className={own.comment} data-testid="explanation-comment">
          “{explanation.comment}”
          <span className={own.when}> — {t("explained.at", { date: formatDateTime(explanation.at, lang) })}</span>
        </Text>
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUndoRegular />}
          aria-label={t("explained.reopenLabel", { cell: finding.cell })}
          onClick={() => void onReopen(finding)}
        >
          {t("explained.reopen")}
        </Button>
      </div>
    </li>
  );
}
