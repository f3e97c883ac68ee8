import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { FindingHead } from "./FindingHead";
import { FindingFigures } from "./FindingFigures";
import { useFindingStyles } from "./findingStyles";

export interface FindingGoToProps {
  finding: Finding;
  lang: Lang;
  t: Translate;
  /** Explained findings are listed apart from their sheet's group, so they name it. */
  showSheet?: boolean;
  onNavigate(finding: Finding): void;
}

/** A finding's summary as one button: click or Enter goes to its cell. */
export function FindingGoTo({ finding, lang, t, showSheet = false, onNavigate }: FindingGoToProps) {
  const styles = useFindingStyles();
  return (
    <button type="button" className={styles.goTo} title={t("finding.goTo", { sheet: finding.sheet, cell: finding.cell })} onClick={() => onNavigate(finding)}>
      <FindingHead finding={finding} t={t} />
      {showSheet && <span>{finding.sheet}</span>}
      <FindingFigures finding={finding} lang={lang} t={t} />
      <span className={styles.message}>{finding.message}</span>
    </button>
  );
}
