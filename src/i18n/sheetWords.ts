import { Lang } from "../core/options";
import { SheetWords } from "../core/message";
import { makeTranslator } from "./translate";
import { summaryMessages } from "./summary";
import { functionMessages } from "./functions";

/** The words of the määrärahat summary sheet (core/summary.ts) in `lang`. */
export function summaryWords(lang: Lang): SheetWords {
  return { lang, t: makeTranslator(lang, summaryMessages) };
}

/** The words of the allocation sheet (core/allocationSheet.ts) in `lang`. */
export function allocationWords(lang: Lang): SheetWords {
  return { lang, t: makeTranslator(lang, functionMessages) };
}
