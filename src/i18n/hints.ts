import { Catalog } from "./translate";

/**
 * Advice that depends on where the reader is: the task pane has settings, the command line has
 * options. Messages refer to these with `{@hint.…}` (see translate.ts); the settings wording is
 * the default, and the CLI puts `optionHints` first in its translators so its words win.
 */

/** Where a message is read. */
export type Surface = "pane" | "cli";

export const settingsHints: Catalog = {
  fi: {
    "hint.base-given": "käyttäjän asetus",
    "hint.change-base": "Vertailupohjan voi asettaa asetuksissa (Muutos %:n vertailupohjat).",
    "hint.population": "Anna asukasluku asetuksissa.",
    "hint.population-year": "Anna vuoden {year} asukasluku asetuksissa.",
    "hint.management-total-year": "Anna vuoden {year} kokonaissumma asetuksissa.",
    "hint.total-where": "asetuksissa",
    "hint.population-where": "asetuksissa",
  },
  en: {
    "hint.base-given": "user setting",
    "hint.change-base": "The base can be set in the settings (Change % comparison bases).",
    "hint.population": "Set the population in the settings.",
    "hint.population-year": "Set the population of {year} in the settings.",
    "hint.management-total-year": "Give the total for {year} in the settings.",
    "hint.total-where": "in the settings",
    "hint.population-where": "in the settings",
  },
};

export const optionHints: Catalog = {
  fi: {
    "hint.base-given": "valinta --base",
    "hint.change-base": "Vertailupohjan voi antaa valinnalla --base \"{column}=SARAKE\".",
    "hint.population": "Anna asukasluku valinnalla --population VUOSI=ASUKASLUKU.",
    "hint.population-year": "Anna vuoden {year} asukasluku valinnalla --population {year}=ASUKASLUKU.",
    "hint.management-total-year": "Anna vuoden {year} kokonaissumma valinnalla --management-total {year}=SUMMA.",
    "hint.total-where": "valinnalla --management-total",
    "hint.population-where": "valinnalla --population",
  },
  en: {
    "hint.base-given": "option --base",
    "hint.change-base": "The base can be given with --base \"{column}=COLUMN\".",
    "hint.population": "Give the population with --population YEAR=RESIDENTS.",
    "hint.population-year": "Give the population of {year} with --population {year}=RESIDENTS.",
    "hint.management-total-year": "Give the total for {year} with --management-total {year}=AMOUNT.",
    "hint.total-where": "with --management-total",
    "hint.population-where": "with --population",
  },
};

/** The hint catalog of a surface, to put first in a translator. */
export function hintsFor(surface: Surface | undefined): Catalog {
  return surface === "cli" ? optionHints : settingsHints;
}

