import { useMemo } from "react";
import { Lang } from "../../core/options";
import { makeTranslator, Translate } from "../../i18n/translate";
import { uiMessages } from "../../i18n/ui";

export function useTranslate(lang: Lang): Translate {
  return useMemo(() => makeTranslator(lang, uiMessages), [lang]);
}
