import { useT } from "../hooks/useTranslate";
import { useEffect, useState } from "react";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { PaneSettings } from "../settings";
import { DraftErrors, TOLERANCE_KEYS, draftFromSettings, settingsFromDraft } from "../settingsDraft";
import { ChangeBaseEditor } from "./ChangeBaseEditor";
import { YearValueEditor } from "./YearValueEditor";
import { useSaving } from "../hooks/useSaving";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsPanelProps {
  settings: PaneSettings;
  onSave(settings: PaneSettings): Promise<void>;
  onInvalid(): void;
}

/** Tolerances, populations, Muutos % bases and management totals, saved into the workbook. */
export function SettingsPanel({ settings, onSave, onInvalid }: SettingsPanelProps) {
  const t = useT();
  const styles = useStyles();
  const [draft, setDraft] = useState(() => draftFromSettings(settings, settings.lang));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, runSave] = useSaving();

  // Stored settings loaded after the form opened (or changed elsewhere) replace the form.
  useEffect(() => {
    setDraft(draftFromSettings(settings, settings.lang));
    setErrors({});
  }, [settings]);

  const submit = async () => {
    const { settings: next, errors: found } = settingsFromDraft(draft, settings);
    setErrors(found);
    if (!next) {
      onInvalid();
      return;
    }
    await runSave(() => onSave(next));
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text className={styles.muted}>{t("settings.stored")}</Text>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("settings.tolerances")}</legend>
        {TOLERANCE_KEYS.map((key) => (
          <Field key={key} label={t(`settings.tol.${key}`)} validationMessage={errors[`tolerances.${key}`] ? t(errors[`tolerances.${key}`]) : undefined}>
            <Input
              inputMode="decimal"
              value={draft.tolerances[key]}
              onChange={(_, d) => setDraft({ ...draft, tolerances: { ...draft.tolerances, [key]: d.value } })}
            />
          </Field>
        ))}
      </fieldset>
      <YearValueEditor
        field="population"
        legend={t("settings.population")}
        hint={t("settings.populationHint")}
        rows={draft.population}
        errors={errors}
        onChange={(population) => setDraft({ ...draft, population })}
      />
      <ChangeBaseEditor rows={draft.changeBases} errors={errors} onChange={(changeBases) => setDraft({ ...draft, changeBases })} />
      <YearValueEditor
        field="managementTotals"
        legend={t("settings.managementTotals")}
        hint={t("settings.managementTotalsHint")}
        rows={draft.managementTotals}
        errors={errors}
        onChange={(managementTotals) => setDraft({ ...draft, managementTotals })}
      />
      <div>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={saving}>
          {t("settings.save")}
        </Button>
      </div>
    </form>
  );
}
