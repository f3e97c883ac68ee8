import { useMemo, useState } from "react";
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BudgetModel } from "../../core/model";
import { CheckOptions } from "../../core/options";
import { WorkbookHost } from "../../core/host";
import { computeManagementAllocation, totalMessageId, totalMessageParams } from "../../core/managementAllocation";
import { buildAllocationSheet } from "../../core/allocationSheet";
import { allocationWords } from "../../i18n/sheetWords";
import { figureOrDash } from "../../core/format";
import { makeTranslator } from "../../i18n/translate";
import { functionMessages } from "../../i18n/functions";
import { AllocationTable } from "./AllocationTable";

export interface AllocationPanelProps {
  model: BudgetModel;
  options: CheckOptions;
  lang: "fi" | "en";
  host: WorkbookHost;
  onNavigate: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  year: { minWidth: "7em" },
  scroll: { overflowX: "auto" },
});

// Kept as a message key and its parameters, so a change of language re-words it.
type Outcome = { intent: "success" | "error"; key: string; params: Record<string, string> };

/**
 * The auditor's allocation view of management costs: pick a year, see each area's key, amount,
 * implied total, expected amount and difference, jump to the cells, and write the whole view as
 * a new sheet with live formulas.
 */
export function AllocationPanel({ model, options, lang, host, onNavigate }: AllocationPanelProps) {
  const styles = useStyles();
  const t = useMemo(() => makeTranslator(lang, functionMessages), [lang]);
  const view = useMemo(() => computeManagementAllocation(model, options), [model, options]);
  const years = view.years.map((y) => y.year);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  // A new model may lack the year chosen before; fall back to the latest year then.
  const year = view.years.find((y) => y.year === chosen) ?? view.years[view.years.length - 1];
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const createSheet = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const sheet = await host.createSheet(buildAllocationSheet(view, allocationWords(lang)));
      setOutcome({ intent: "success", key: "panel.created", params: { sheet } });
    } catch (e) {
      setOutcome({ intent: "error", key: "panel.failed", params: { message: e instanceof Error ? e.message : String(e) } });
    } finally {
      setBusy(false);
    }
  };

  if (!year) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("panel.none")}</MessageBarBody>
      </MessageBar>
    );
  }
  const fmt = (value: Parameters<typeof figureOrDash>[1], decimals: number) => figureOrDash(lang, value, decimals);
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={t("panel.year")}>
          <Dropdown
            className={styles.year}
            value={String(year.year)}
            selectedOptions={[String(year.year)]}
            onOptionSelect={(_, data) => setChosen(Number(data.optionValue))}
          >
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" onClick={createSheet} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? t("panel.creating") : t("panel.create")}
        </Button>
      </div>
      <Text>{t(totalMessageId(year), totalMessageParams(year, fmt(year.total, year.decimals)))}</Text>
      {year.keysComplete ? (
        <Text>{t("alloc.keysOk", { sum: fmt(year.keySum, 1) })}</Text>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{t("alloc.keysBad", { sum: fmt(year.keySum, 1) })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        <AllocationTable year={year} lang={lang} t={t} onNavigate={onNavigate} />
      </div>
      <Text>{`${t("alloc.unallocated")}: ${fmt(year.unallocated, year.decimals)} €`}</Text>
      <div role={outcome?.intent === "error" ? "alert" : "status"} aria-live={outcome?.intent === "error" ? "assertive" : "polite"}>
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{t(outcome.key, outcome.params)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
