import { useT } from "../hooks/useTranslate";
import { useId, useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useSaving } from "../hooks/useSaving";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ExplainFormProps {
  onSave(comment: string): Promise<void>;
  onCancel(): void;
}

/** Accepting a finding with a short comment; ready-made comments for the usual cases. */
export function ExplainForm({ onSave, onCancel }: ExplainFormProps) {
  const t = useT();
  const styles = useStyles();
  const [comment, setComment] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [saving, runSave] = useSaving();
  const suggestionsId = useId();

  const submit = async () => {
    if (comment.trim() === "") {
      setInvalid(true);
      return;
    }
    await runSave(() => onSave(comment.trim()));
  };

  return (
    <form
      className={styles.form}
      // Our own message replaces the browser's bubble, which screen readers announce poorly.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <Field
        label={t("explain.label")}
        hint={t("explain.hint")}
        required
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t("explain.empty") : undefined}
      >
        <Input
          autoFocus
          value={comment}
          maxLength={500}
          onChange={(_, data) => {
            setComment(data.value);
            if (data.value.trim() !== "") setInvalid(false);
          }}
        />
      </Field>
      <div className={styles.row} role="group" aria-labelledby={suggestionsId}>
        <span id={suggestionsId} hidden>
          {t("explain.suggestions")}
        </span>
        {(["explain.suggest.rounding", "explain.suggest.board"] as const).map((key) => (
          <Button
            key={key}
            size="small"
            appearance="outline"
            type="button"
            onClick={() => {
              setComment(t(key));
              setInvalid(false);
            }}
          >
            {t(key)}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {t("explain.save")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("explain.cancel")}
        </Button>
      </div>
    </form>
  );
}
