import { useT } from "../hooks/useTranslate";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DismissRegular } from "@fluentui/react-icons";
import { DraftErrors, YearValueDraft } from "../settingsDraft";

const useStyles = makeStyles({
  root: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  year: { width: "6em" },
  value: { flexGrow: 1, minWidth: 0 },
  remove: { marginTop: tokens.spacingVerticalXXL },
});

export interface YearValueEditorProps {
  /** Field id prefix for error lookup: `population` or `managementTotals`. */
  field: string;
  legend: string;
  hint: string;
  rows: YearValueDraft[];
  errors: DraftErrors;
  onChange(rows: YearValueDraft[]): void;
}

/** A value per year (population, management totals), rows added and removed by the user. */
export function YearValueEditor({ field, legend, hint, rows, errors, onChange }: YearValueEditorProps) {
  const t = useT();
  const styles = useStyles();
  const update = (i: number, patch: Partial<YearValueDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const error = (key: string) => (errors[key] ? t(errors[key], { year: rows[Number(key.split(".")[1])]?.year }) : undefined);
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{legend}</legend>
      <p className={styles.hint}>{hint}</p>
      {rows.map((row, i) => (
        <div key={i} className={styles.row}>
          <Field className={styles.year} label={t("settings.year")} validationMessage={error(`${field}.${i}.year`)}>
            <Input inputMode="numeric" value={row.year} onChange={(_, d) => update(i, { year: d.value })} />
          </Field>
          <Field className={styles.value} label={t("settings.value")} validationMessage={error(`${field}.${i}.value`)}>
            <Input inputMode="decimal" value={row.value} onChange={(_, d) => update(i, { value: d.value })} />
          </Field>
          <Button
            className={styles.remove}
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={`${legend}: ${t("settings.removeLabel", { index: i + 1 })}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => onChange([...rows, { year: "", value: "" }])}>
          {t("settings.addYear")}
        </Button>
      </div>
    </fieldset>
  );
}
