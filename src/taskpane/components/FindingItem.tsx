import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { CommentCheckmarkRegular } from "@fluentui/react-icons";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { FindingGoTo } from "./FindingGoTo";
import { useFindingStyles } from "./findingStyles";
import { ExplainForm } from "./ExplainForm";

export interface FindingItemProps {
  finding: Finding;
  lang: Lang;
  t: Translate;
  onNavigate(finding: Finding): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
}

/** One open finding: the whole summary is a button that goes to the cell; "Explain" accepts it. */
export function FindingItem({ finding, lang, t, onNavigate, onExplain }: FindingItemProps) {
  const styles = useFindingStyles();
  const [explaining, setExplaining] = useState(false);
  return (
    <li className={styles.item} data-testid="finding" data-rule={finding.rule} data-severity={finding.severity}>
      <FindingGoTo finding={finding} lang={lang} t={t} onNavigate={onNavigate} />
      {explaining ? (
        <ExplainForm t={t} onSave={(comment) => onExplain(finding, comment)} onCancel={() => setExplaining(false)} />
      ) : (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            icon={<CommentCheckmarkRegular />}
            aria-label={t("finding.explainLabel", { cell: finding.cell })}
            onClick={() => setExplaining(true)}
          >
            {t("finding.explain")}
          </Button>
        </div>
      )}
    </li>
  );
}
