import { useT } from "../hooks/useTranslate";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DismissRegular } from "@fluentui/react-icons";
import { DraftErrors, SettingsDraft } from "../settingsDraft";

const useStyles = makeStyles({
  root: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  // In a narrow pane the two columns wrap under each other rather than squeeze their labels.
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  column: { flexGrow: 1, flexBasis: "9em", minWidth: 0 },
  remove: { marginTop: tokens.spacingVerticalXXL },
});

type Rows = SettingsDraft["changeBases"];

/** Which column each Muutos % compares with, written as the sheets write columns (`TA 2023`). */
export function ChangeBaseEditor({ rows, errors, onChange }: { rows: Rows; errors: DraftErrors; onChange(rows: Rows): void }) {
  const t = useT();
  const styles = useStyles();
  const update = (i: number, patch: Partial<Rows[number]>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const error = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t("settings.changeBases")}</legend>
      <p className={styles.hint}>{t("settings.changeBasesHint")}</p>
      {rows.map((row, i) => (
        <div key={i} className={styles.row}>
          <Field className={styles.column} label={t("settings.target")} validationMessage={error(`changeBases.${i}.target`)}>
            <Input placeholder="TA 2024" value={row.target} onChange={(_, d) => update(i, { target: d.value })} />
          </Field>
          <Field className={styles.column} label={t("settings.base")} validationMessage={error(`changeBases.${i}.base`)}>
            <Input placeholder="TA 2023" value={row.base} onChange={(_, d) => update(i, { base: d.value })} />
          </Field>
          <Button
            className={styles.remove}
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={`${t("settings.changeBases")}: ${t("settings.removeLabel", { index: i + 1 })}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => onChange([...rows, { target: "", base: "" }])}>
          {t("settings.addBase")}
        </Button>
      </div>
    </fieldset>
  );
}
