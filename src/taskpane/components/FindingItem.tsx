import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { CommentCheckmarkRegular } from "@fluentui/react-icons";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { FindingHead } from "./FindingHead";
import { useFindingStyles } from "./findingStyles";
import { FindingFigures } from "./FindingFigures";
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
      <button type="button" className={styles.goTo} title={t("finding.goTo", { sheet: finding.sheet, cell: finding.cell })} onClick={() => onNavigate(finding)}>
        <FindingHead finding={finding} t={t} />
        <FindingFigures finding={finding} lang={lang} t={t} />
        <span className={styles.message}>{finding.message}</span>
      </button>
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
