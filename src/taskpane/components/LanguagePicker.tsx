import { useT } from "../hooks/useTranslate";
import { useId } from "react";
import { Dropdown, Label, Option, makeStyles, tokens } from "@fluentui/react-components";
import { Lang } from "../../core/options";

const LANGS: Lang[] = ["fi", "en"];

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "8em" },
});

/** Language of the pane, the findings and the report; saved with the workbook's settings. */
export function LanguagePicker({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.row}>
      <Label htmlFor={id}>{t("app.lang")}</Label>
      <Dropdown
        id={id}
        className={styles.dropdown}
        value={t(`lang.${lang}`)}
        selectedOptions={[lang]}
        onOptionSelect={(_, data) => {
          if (data.optionValue === "fi" || data.optionValue === "en") onChange(data.optionValue);
        }}
      >
        {LANGS.map((l) => (
          <Option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
