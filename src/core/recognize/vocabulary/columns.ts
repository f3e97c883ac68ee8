import { ColumnKind } from "../../model";

/**
 * The words municipalities head their figure columns with, as data: one line per wording, the
 * kind of column it means and the language it is written in. A municipality's own wording is a
 * new line here, not new code. Words are compared after `columnWords` has folded case, spaces,
 * the year, a footnote star and hyphenation, so `Talous-` over `arvio 2024*` is `talousarvio`.
 */

export type Lang = "fi" | "sv" | "en";

/** One wording, the kind of column (or ratio column) it names, and its language. */
export interface HeaderWord<K extends string> {
  words: string;
  kind: K;
  lang: Lang;
}

export type ColumnWord = HeaderWord<ColumnKind>;

export const COLUMN_WORDS: readonly ColumnWord[] = [
  // Actuals: tilinpäätös.
  { words: "tp", kind: "TP", lang: "fi" },
  { words: "tilinpäätös", kind: "TP", lang: "fi" },
  { words: "toteuma", kind: "TP", lang: "fi" },
  { words: "toteutuma", kind: "TP", lang: "fi" },
  { words: "toteutunut", kind: "TP", lang: "fi" },
  { words: "käyttö", kind: "TP", lang: "fi" },
  { words: "bokslut", kind: "TP", lang: "sv" },
  { words: "bs", kind: "TP", lang: "sv" },
  { words: "utfall", kind: "TP", lang: "sv" },
  // Helsingfors' Swedish edition heads its actuals "Förbrukning" where the Finnish one says Käyttö.
  { words: "förbrukning", kind: "TP", lang: "sv" },
  { words: "actual", kind: "TP", lang: "en" },
  { words: "actuals", kind: "TP", lang: "en" },
  { words: "financial statements", kind: "TP", lang: "en" },
  // Budget: talousarvio as first approved.
  { words: "ta", kind: "TA", lang: "fi" },
  { words: "talousarvio", kind: "TA", lang: "fi" },
  { words: "budjetti", kind: "TA", lang: "fi" },
  { words: "alkuperäinen ta", kind: "TA", lang: "fi" },
  { words: "alkuperäinen talousarvio", kind: "TA", lang: "fi" },
  { words: "budget", kind: "TA", lang: "sv" },
  { words: "bu", kind: "TA", lang: "sv" },
  { words: "ursprunglig budget", kind: "TA", lang: "sv" },
  { words: "original budget", kind: "TA", lang: "en" },
  // Budget with amendments.
  { words: "ta+muutos", kind: "TA+MUUTOS", lang: "fi" },
  { words: "ta+muutokset", kind: "TA+MUUTOS", lang: "fi" },
  { words: "ta+m", kind: "TA+MUUTOS", lang: "fi" },
  { words: "ta+mta", kind: "TA+MUUTOS", lang: "fi" },
  { words: "muutettu ta", kind: "TA+MUUTOS", lang: "fi" },
  { words: "muutettu talousarvio", kind: "TA+MUUTOS", lang: "fi" },
  { words: "ta muutoksineen", kind: "TA+MUUTOS", lang: "fi" },
  { words: "talousarvio muutoksineen", kind: "TA+MUUTOS", lang: "fi" },
  { words: "talousarvio+muutokset", kind: "TA+MUUTOS", lang: "fi" },
  { words: "ändrad budget", kind: "TA+MUUTOS", lang: "sv" },
  { words: "budget inkl. ändringar", kind: "TA+MUUTOS", lang: "sv" },
  { words: "budget+ändringar", kind: "TA+MUUTOS", lang: "sv" },
  { words: "revised budget", kind: "TA+MUUTOS", lang: "en" },
  { words: "amended budget", kind: "TA+MUUTOS", lang: "en" },
  // Forecast of the year's outcome.
  { words: "tpe", kind: "TPE", lang: "fi" },
  { words: "enn", kind: "TPE", lang: "fi" },
  { words: "ennuste", kind: "TPE", lang: "fi" },
  { words: "tp-ennuste", kind: "TPE", lang: "fi" },
  { words: "tilinpäätösennuste", kind: "TPE", lang: "fi" },
  { words: "arvio", kind: "TPE", lang: "fi" },
  { words: "prognos", kind: "TPE", lang: "sv" },
  { words: "forecast", kind: "TPE", lang: "en" },
  { words: "estimate", kind: "TPE", lang: "en" },
  // Operating plan.
  { words: "ks", kind: "KS", lang: "fi" },
  { words: "käyttösuunnitelma", kind: "KS", lang: "fi" },
  { words: "dispositionsplan", kind: "KS", lang: "sv" },
  { words: "operating plan", kind: "KS", lang: "en" },
  // Financial plan years.
  { words: "ts", kind: "TS", lang: "fi" },
  { words: "taloussuunnitelma", kind: "TS", lang: "fi" },
  { words: "suunnitelma", kind: "TS", lang: "fi" },
  { words: "tsv", kind: "TS", lang: "fi" },
  { words: "ekonomiplan", kind: "TS", lang: "sv" },
  { words: "ep", kind: "TS", lang: "sv" },
  { words: "plan", kind: "TS", lang: "en" },
  { words: "financial plan", kind: "TS", lang: "en" },
  // Proposals: the budget as proposed, before the council decides.
  { words: "ehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "talousarvioehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "ta-ehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "esitys", kind: "EHDOTUS", lang: "fi" },
  { words: "lautakunnan esitys", kind: "EHDOTUS", lang: "fi" },
  { words: "lautakunnan ehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "kunnanjohtajan esitys", kind: "EHDOTUS", lang: "fi" },
  { words: "kunnanjohtajan ehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "kaupunginjohtajan esitys", kind: "EHDOTUS", lang: "fi" },
  { words: "kaupunginjohtajan ehdotus", kind: "EHDOTUS", lang: "fi" },
  { words: "kunnanhallituksen esitys", kind: "EHDOTUS", lang: "fi" },
  { words: "budgetförslag", kind: "EHDOTUS", lang: "sv" },
  { words: "förslag", kind: "EHDOTUS", lang: "sv" },
  { words: "proposal", kind: "EHDOTUS", lang: "en" },
  { words: "draft budget", kind: "EHDOTUS", lang: "en" },
  // Spending frame.
  { words: "kehys", kind: "KEHYS", lang: "fi" },
  { words: "talousarviokehys", kind: "KEHYS", lang: "fi" },
  { words: "ram", kind: "KEHYS", lang: "sv" },
  { words: "frame", kind: "KEHYS", lang: "en" },
  // The budget's amendments during the year, printed between the budget and its total.
  { words: "ta-muutokset", kind: "MUUTOKSET", lang: "fi" },
  { words: "ta muutokset", kind: "MUUTOKSET", lang: "fi" },
  { words: "talousarviomuutokset", kind: "MUUTOKSET", lang: "fi" },
  { words: "talousarvion muutokset", kind: "MUUTOKSET", lang: "fi" },
  { words: "budgetändringar", kind: "MUUTOKSET", lang: "sv" },
  { words: "ändringar i budgeten", kind: "MUUTOKSET", lang: "sv" },
  { words: "budget amendments", kind: "MUUTOKSET", lang: "en" },
  { words: "budget changes", kind: "MUUTOKSET", lang: "en" },
  // The overrun right granted beside a realisation comparison (Helsinki's Ylitysoikeus column).
  { words: "ylitysoikeus", kind: "YLITYSOIKEUS", lang: "fi" },
  { words: "ylitysoikeudet", kind: "YLITYSOIKEUS", lang: "fi" },
  { words: "överskridningsrätt", kind: "YLITYSOIKEUS", lang: "sv" },
  { words: "överskridningsrätter", kind: "YLITYSOIKEUS", lang: "sv" },
  { words: "overrun right", kind: "YLITYSOIKEUS", lang: "en" },
  { words: "overrun rights", kind: "YLITYSOIKEUS", lang: "en" },
];

/**
 * Kinds of column whose figures carry either sign whatever the row (an overrun right on revenue
 * is negative, one on costs too): the sign rule leaves them alone and the relations take them as
 * printed in the table's convention, never a revenue or cost by its magnitude.
 */
export const SIGNED_KINDS: ReadonlySet<ColumnKind> = new Set(["YLITYSOIKEUS"]);

/**
 * The parts a city's statement is split into by column (kuntalaki: the city without its
 * enterprises and funds, the enterprises and funds), compared after `.` and `,` are folded away.
 * Each is a column of its own kind (OSA) labelled by its header.
 */
export const ENTITY_COLUMN_WORDS: readonly HeaderWord<"part" | "total" | "net-total">[] = [
  { words: "kaupunki ilman liikelaitoksia ja rahastoja", kind: "part", lang: "fi" },
  { words: "kaupunki pl liikelaitokset ja rahastot", kind: "part", lang: "fi" },
  { words: "kunta ilman liikelaitoksia ja rahastoja", kind: "part", lang: "fi" },
  { words: "kunta pl liikelaitokset ja rahastot", kind: "part", lang: "fi" },
  { words: "liikelaitokset ja rahastot", kind: "part", lang: "fi" },
  { words: "liikelaitokset", kind: "part", lang: "fi" },
  { words: "staden exkl affärsverk och fonder", kind: "part", lang: "sv" },
  { words: "staden utan affärsverk och fonder", kind: "part", lang: "sv" },
  { words: "kommunen exkl affärsverk och fonder", kind: "part", lang: "sv" },
  { words: "affärsverk och fonder", kind: "part", lang: "sv" },
  { words: "affärsverk", kind: "part", lang: "sv" },
  { words: "city excl enterprises and funds", kind: "part", lang: "en" },
  { words: "municipal enterprises and funds", kind: "part", lang: "en" },
  { words: "enterprises and funds", kind: "part", lang: "en" },
  // The parts added up with the items between them: the sum of the parts.
  { words: "yhteensä sis sisäiset erät", kind: "total", lang: "fi" },
  { words: "yhteensä sisäiset erät mukana", kind: "total", lang: "fi" },
  { words: "yhteensä sisäisine erineen", kind: "total", lang: "fi" },
  { words: "sammanlagt inkl interna poster", kind: "total", lang: "sv" },
  { words: "total incl internal items", kind: "total", lang: "en" },
  // Their total with the items between them eliminated: not a sum of the columns shown.
  { words: "yhteensä pl sisäiset erät", kind: "net-total", lang: "fi" },
  { words: "yhteensä ilman sisäisiä eriä", kind: "net-total", lang: "fi" },
  { words: "sammanlagt exkl interna poster", kind: "net-total", lang: "sv" },
  { words: "total excl internal items", kind: "net-total", lang: "en" },
];

const ENTITY_INDEX = new Map(ENTITY_COLUMN_WORDS.map((w) => [w.words, w]));

/** The entity column word for folded words (`Staden exkl. affärsverk och fonder`), if any. */
export function entityColumnWord(words: string): HeaderWord<"part" | "total" | "net-total"> | undefined {
  return ENTITY_INDEX.get(words.replace(/[.,]/g, " ").replace(/\s+/g, " ").trim());
}

/**
 * Words that head a column totalling the columns before it (`Talousarvio`, `TA-muutokset`,
 * `Yhteensä`): what the total is depends on what it adds up, so it is read in its header's context.
 */
export const SUM_WORDS: readonly string[] = ["yhteensä", "yht", "sammanlagt", "totalt", "total"];

/** Columns that are not a year's figures but compare two of them. */
export type RatioKind = "change-eur" | "change-pct" | "usage-pct";

/**
 * Words that compare a year's outcome with its own budget (poikkeama = toteutunut − talousarvio)
 * rather than one year with the year before (muutos).
 */
export const DEVIATION_WORDS: readonly string[] = ["ero", "poikkeama", "avvikelse", "variance", "difference"];

export type RatioWord = HeaderWord<RatioKind>;

export const RATIO_WORDS: readonly RatioWord[] = [
  { words: "muutos", kind: "change-eur", lang: "fi" },
  { words: "muutos €", kind: "change-eur", lang: "fi" },
  { words: "muutos e", kind: "change-eur", lang: "fi" },
  { words: "muutos eur", kind: "change-eur", lang: "fi" },
  { words: "muutos euroa", kind: "change-eur", lang: "fi" },
  { words: "ero", kind: "change-eur", lang: "fi" },
  { words: "ero €", kind: "change-eur", lang: "fi" },
  { words: "poikkeama", kind: "change-eur", lang: "fi" },
  { words: "poikkeama €", kind: "change-eur", lang: "fi" },
  { words: "förändring", kind: "change-eur", lang: "sv" },
  { words: "förändring €", kind: "change-eur", lang: "sv" },
  { words: "avvikelse", kind: "change-eur", lang: "sv" },
  { words: "change", kind: "change-eur", lang: "en" },
  { words: "change €", kind: "change-eur", lang: "en" },
  { words: "difference", kind: "change-eur", lang: "en" },
  { words: "variance", kind: "change-eur", lang: "en" },
  { words: "muutos %", kind: "change-pct", lang: "fi" },
  { words: "ero %", kind: "change-pct", lang: "fi" },
  { words: "poikkeama %", kind: "change-pct", lang: "fi" },
  { words: "förändring %", kind: "change-pct", lang: "sv" },
  { words: "avvikelse %", kind: "change-pct", lang: "sv" },
  { words: "change %", kind: "change-pct", lang: "en" },
  { words: "käyttö %", kind: "usage-pct", lang: "fi" },
  { words: "toteutuma %", kind: "usage-pct", lang: "fi" },
  { words: "toteuma %", kind: "usage-pct", lang: "fi" },
  { words: "toteutumis %", kind: "usage-pct", lang: "fi" },
  { words: "ta %", kind: "usage-pct", lang: "fi" },
  { words: "tot %", kind: "usage-pct", lang: "fi" },
  { words: "utfall %", kind: "usage-pct", lang: "sv" },
  { words: "förverkligande %", kind: "usage-pct", lang: "sv" },
  { words: "% of budget", kind: "usage-pct", lang: "en" },
  { words: "utilisation %", kind: "usage-pct", lang: "en" },
];

const byWords = <W extends HeaderWord<string>>(list: readonly W[]) => new Map<string, W>(list.map((w) => [w.words, w]));
const COLUMN_INDEX = byWords(COLUMN_WORDS);
const RATIO_INDEX = byWords(RATIO_WORDS);

/** The column word for folded words, if any. */
export function columnWord(words: string): ColumnWord | undefined {
  return COLUMN_INDEX.get(words);
}

/** The ratio column word (muutos €, muutos %, toteuma %) for folded words, if any. */
export function ratioWord(words: string): RatioWord | undefined {
  return RATIO_INDEX.get(words);
}
