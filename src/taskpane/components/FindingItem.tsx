import { memo, useState } from "react";
import { Button, mergeClasses } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, CommentCheckmarkRegular, TargetArrowRegular } from "@fluentui/react-icons";
import { qualified } from "../../core/address";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/options";
import { renderMessage } from "../../i18n/render";
import { keyOf } from "../grouping";
import { useT } from "../hooks/useTranslate";
import { ExplainForm } from "./ExplainForm";
import { FindingEvidence } from "./FindingEvidence";
import { FindingGoTo } from "./FindingGoTo";
import { useFindingStyles } from "./findingStyles";

export interface FindingItemProps {
  finding: Finding;
  lang: Lang;
  /** The finding last gone to: its evidence is shown. */
  current: boolean;
  /** Findings that follow from this one's cause, folded under it. */
  consequences?: readonly Finding[];
  /** The current finding's key when it is this one or one of its consequences; left out otherwise, so the rest of a long list skips rendering. */
  currentKey?: string;
  /** While a search narrows the list: its consequences are listed, with no toggle to fold them. */
  unfolded?: boolean;
  onNavigate(finding: Finding): void;
  onSelectRange(sheet: string, range: string): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
}

/**
 * One open finding: the whole summary is a button that goes to the cell; "Explain" accepts it.
 * The finding gone to shows the ranges its expected value was computed from; a finding with a
 * probable cause names it first, with its consequences folded underneath. Memoised: in a list of
 * thousands, a click re-renders only the items whose props it changed.
 */
export const FindingItem = memo(function FindingItem({ finding, lang, current, consequences, currentKey, unfolded = false, onNavigate, onSelectRange, onExplain }: FindingItemProps) {
  const t = useT();
  const styles = useFindingStyles();
  const [explaining, setExplaining] = useState(false);
  const [showConsequences, setShowConsequences] = useState(false);
  const cause = finding.cause;
  const possible = finding.possibleCauses ?? [];
  const hasCurrentConsequence = !!consequences?.some((c) => keyOf(c) === currentKey);
  const consequencesOpen = unfolded || showConsequences || hasCurrentConsequence;
  return (
    <li
      className={mergeClasses(styles.item, current && styles.current, cause && styles.cause)}
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-current={current || undefined}
      data-cause={cause ? "true" : undefined}
    >
      {cause && (
        <div className={styles.causeHead} data-testid="cause">
          {/* The message names the cause and its cell already; the button only takes the user there. */}
          <span className={styles.causeMessage}>{renderMessage(cause.parts, lang, "pane")}</span>
          <Button size="small" appearance="primary" icon={<TargetArrowRegular />} onClick={() => onSelectRange(cause.sheet || finding.sheet, cause.cell)}>
            {t("cause.goTo", { cell: cellLabel(finding.sheet, cause.sheet, cause.cell) })}
          </Button>
        </div>
      )}
      {!cause && possible.length > 0 && (
        <div className={styles.causeHead} data-testid="possible-causes">
          <span className={styles.causeMessage}>{renderMessage(possible[0].parts, lang, "pane")}</span>
          {possible.map((c) => (
            <Button key={`${c.sheet}!${c.cell}`} size="small" appearance="subtle" icon={<TargetArrowRegular />} onClick={() => onSelectRange(c.sheet || finding.sheet, c.cell)}>
              {cellLabel(finding.sheet, c.sheet, c.cell)}
            </Button>
          ))}
        </div>
      )}
      <FindingGoTo finding={finding} lang={lang} onNavigate={onNavigate} />
      {current && <FindingEvidence finding={finding} onSelectRange={onSelectRange} />}
      {explaining ? (
        <ExplainForm onSave={(comment) => onExplain(finding, comment)} onCancel={() => setExplaining(false)} />
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
          {!unfolded && consequences && consequences.length > 0 && (
            <Button
              size="small"
              appearance="subtle"
              icon={consequencesOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={consequencesOpen}
              onClick={() => setShowConsequences(!consequencesOpen)}
            >
              {t("cause.consequences", { count: consequences.length })}
            </Button>
          )}
        </div>
      )}
      {consequences && consequencesOpen && (
        <ul className={styles.consequences}>
          {consequences.map((c) => (
            <FindingItem
              key={keyOf(c)}
              finding={c}
              lang={lang}
              current={keyOf(c) === currentKey}
              currentKey={currentKey}
              onNavigate={onNavigate}
              onSelectRange={onSelectRange}
              onExplain={onExplain}
            />
          ))}
        </ul>
      )}
    </li>
  );
});

/** A cell on the finding's own sheet by its address; on another sheet as Excel writes it ('Sheet name'!C5). */
function cellLabel(own: string, sheet: string, cell: string): string {
  return !sheet || sheet === own ? cell : qualified(sheet, cell);
}
