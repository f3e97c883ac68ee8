import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { CheckResult } from "../../core/check";
import { SeverityCounts as Counts } from "../../core/findings";
import { Translate } from "../../i18n/translate";

export interface CheckSummaryProps {
  result: CheckResult;
  sheetCount: number;
  open: Counts;
  explained: number;
  t: Translate;
}

/** One sentence a screen reader announces when a check ends; a warning when nothing was recognised. */
export function CheckSummary({ result, sheetCount, open, explained, t }: CheckSummaryProps) {
  return (
    <div role="status" aria-live="polite" data-testid="check-summary">
      <Text as="p">
        {t("check.done", { tables: result.tables.length, sheets: sheetCount, error: open.error, warning: open.warning, info: open.info, explained })}
      </Text>
      {result.tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("check.noTables")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
