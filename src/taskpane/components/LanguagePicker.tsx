import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";

const LANGS: Lang[] = ["fi", "en"];

const useStyles = makeStyles({ dropdown: { minWidth: "8em" } });

export function LanguagePicker({ lang, onChange, t }: { lang: Lang; onChange: (lang: Lang) => void; t: Translate }) {
  const styles = useStyles();
  return (
    <Field label={t("app.lang")} orientation="horizontal">
      <Dropdown
        value={t(`lang.${lang}`)}
        selectedOptions={[lang]}
        onOptionSelect={(_, data) => {
          if (data.optionValue === "fi" || data.optionValue === "en") onChange(data.optionValue);
        }}
        className={styles.dropdown}
      >
        {LANGS.map((l) => (
          <Option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
