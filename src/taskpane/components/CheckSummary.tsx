import { forwardRef, memo } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../../core/check";
import { SeverityCounts as Counts } from "../../core/findings";
import { useT } from "../hooks/useTranslate";

const useStyles = makeStyles({
  root: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  line: { display: "block", margin: 0 },
  where: { display: "block", margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export interface CheckSummaryProps {
  result: CheckResult;
  sheetCount: number;
  open: Counts;
  explained: number;
  /** Sheets holding open errors, in workbook order. */
  errorSheets: readonly string[];
}

/**
 * What a check found, announced when it ends and focused so the keyboard starts here: counts,
 * then how many errors there are and on which sheets; a warning when nothing was recognised.
 */
const CheckSummaryView = forwardRef<HTMLDivElement, CheckSummaryProps>(function CheckSummary({ result, sheetCount, open, explained, errorSheets }, ref) {
  const t = useT();
  const styles = useStyles();
  const where =
    open.error === 0 || errorSheets.length === 0
      ? ""
      : t(errorSheets.length === 1 ? "check.whereSheet" : "check.whereSheets", { sheets: errorSheets.join(", ") });
  return (
    <div role="status" aria-live="polite" data-testid="check-summary" tabIndex={-1} ref={ref} className={styles.root}>
      <Text as="p" className={styles.line}>
        {t("check.done", { tables: result.tables.length, sheets: sheetCount, error: open.error, warning: open.warning, info: open.info, explained })}
      </Text>
      <Text as="p" className={styles.where} data-testid="check-where">
        {t("check.where", { error: open.error, where })}
      </Text>
      {result.tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("check.noTables")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
});

/** Memoised: a click in the findings list below changes nothing it shows. */
export const CheckSummary = memo(CheckSummaryView);
