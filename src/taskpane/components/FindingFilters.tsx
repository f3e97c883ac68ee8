import { memo } from "react";
import { useT } from "../hooks/useTranslate";
import { Checkbox, Dropdown, Field, Option, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES, SeverityCounts } from "../../core/findings";
import { FindingFiltersApi } from "../hooks/useFindingFilters";
import { ruleLabel } from "../../i18n/rules";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
  severities: { display: "flex", flexWrap: "wrap", border: "none", margin: 0, padding: 0 },
  severityLegend: { fontWeight: tokens.fontWeightSemibold, paddingRight: tokens.spacingHorizontalS },
  rules: { minWidth: "12em" },
  search: { flexGrow: 1, flexBasis: "100%" },
});

/** A search over the findings' text, severity checkboxes (with open counts) and a multi-select of the rules present. */
export const FindingFilters = memo(function FindingFilters({ filters, counts }: { filters: FindingFiltersApi; counts: SeverityCounts }) {
  const t = useT();
  const styles = useStyles();
  const chosen = filters.selectedRules;
  return (
    <fieldset className={styles.root} data-testid="finding-filters">
      <legend className={styles.legend}>{t("filter.label")}</legend>
      <Field label={t("filter.search")} className={styles.search}>
        <SearchBox
          value={filters.query}
          placeholder={t("filter.searchPlaceholder")}
          dismiss={{ "aria-label": t("filter.searchClear"), title: t("filter.searchClear") }}
          onChange={(_, data) => filters.setQuery(data.value)}
          onKeyDown={(e) => {
            // Escape empties the field (Chromium does so for a search input, jsdom and others do not);
            // with nothing typed it is left to whatever around the pane listens for it.
            if (e.key !== "Escape" || filters.query === "") return;
            e.preventDefault();
            e.stopPropagation();
            filters.setQuery("");
          }}
          data-testid="finding-search"
        />
      </Field>
      <fieldset className={styles.severities}>
        <legend className={styles.severityLegend}>{t("filter.severity")}</legend>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            label={`${t(`severity.${s}`)} (${counts[s]})`}
            checked={filters.severities.has(s)}
            onChange={(_, data) => filters.toggleSeverity(s, data.checked === true)}
          />
        ))}
      </fieldset>
      <Field label={t("filter.rule")}>
        <Dropdown
          className={styles.rules}
          multiselect
          placeholder={t("filter.allRules")}
          value={chosen.length === 0 ? "" : chosen.length === 1 ? ruleLabel(t, chosen[0]) : t("filter.rulesChosen", { count: chosen.length })}
          selectedOptions={chosen}
          onOptionSelect={(_, data) => filters.setSelectedRules(data.selectedOptions)}
          disabled={filters.rules.length === 0}
        >
          {filters.rules.map((rule) => (
            <Option key={rule} value={rule} text={ruleLabel(t, rule)}>
              {ruleLabel(t, rule)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </fieldset>
  );
});
