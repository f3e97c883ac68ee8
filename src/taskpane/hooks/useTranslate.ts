import { createContext, useContext, useMemo } from "react";
import { Lang } from "../../core/options";
import { makeTranslator, Translate } from "../../i18n/translate";
import { uiMessages } from "../../i18n/ui";

export function useTranslate(lang: Lang): Translate {
  return useMemo(() => makeTranslator(lang, uiMessages), [lang]);
}

/**
 * The pane's words in the chosen language, for every component below the provider. The pane
 * (and the demo around it) provides it once instead of handing `t` down through each component.
 */
export const TranslateContext = createContext<Translate>(makeTranslator("fi", uiMessages));

export function useT(): Translate {
  return useContext(TranslateContext);
}
