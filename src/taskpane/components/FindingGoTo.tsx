import { useT } from "../hooks/useTranslate";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { renderMessage } from "../../i18n/render";
import { FindingHead } from "./FindingHead";
import { FindingFigures } from "./FindingFigures";
import { useFindingStyles } from "./findingStyles";
import { findingDomId } from "../grouping";

export interface FindingGoToProps {
  finding: Finding;
  lang: Lang;
  /** Explained findings are listed apart from their sheet's group, so they name it. */
  showSheet?: boolean;
  onNavigate(finding: Finding): void;
}

/** A finding's summary as one button: click or Enter goes to its cell. */
export function FindingGoTo({ finding, lang, showSheet = false, onNavigate }: FindingGoToProps) {
  const t = useT();
  const styles = useFindingStyles();
  return (
    <button type="button" id={showSheet ? undefined : findingDomId(finding)} className={styles.goTo} title={t("finding.goTo", { sheet: finding.sheet, cell: finding.cell })} onClick={() => onNavigate(finding)}>
      <FindingHead finding={finding} />
      {showSheet && <span>{finding.sheet}</span>}
      <FindingFigures finding={finding} lang={lang} />
      <span className={styles.message}>{renderMessage(finding.parts, lang, "pane")}</span>
    </button>
  );
}
