import { Lang } from "../core/options";
import { Catalog } from "./translate";

/**
 * What each rule id is called in the filters and reports, with a one-line description, Finnish
 * and English. Keys are `rule.<id>` (the name) and `rule.<id>.about` (the description); the
 * UI and CLI catalogs include these, so `t("rule.sum")` works on every surface.
 * A test holds this catalog to the engine's RULE_IDS: a new rule id needs its entry here.
 */
const RULES: Record<string, Record<Lang, [name: string, about: string]>> = {
  "unreadable-cell": {
    fi: ["Lukukelvoton solu", "Lukusarakkeessa on teksti tai Excelin virhearvo luvun paikalla."],
    en: ["Unreadable cell", "A figure column holds text or an Excel error where a number belongs."],
  },
  structure: {
    fi: ["Taulukon rakenne", "Tyhjät välilehdet, välilehdet ilman taulukoita, keskeneräiset taulukot, yhdistetyt solut ja tuntemattomat rivit."],
    en: ["Table structure", "Empty sheets, sheets without tables, tables cut short, merged cells and unknown rows."],
  },
  sum: {
    fi: ["Summa", "Käyttötalouden rivit täsmäävät TOIMINTATUOTTOIHIN ja TOIMINTAKULUIHIN."],
    en: ["Sum", "The käyttötalous lines add up to TOIMINTATUOTOT and TOIMINTAKULUT."],
  },
  toimintakate: {
    fi: ["Toimintakate", "TOIMINTAKATE/JÄÄMÄ on toimintatuottojen ja toimintakulujen summa."],
    en: ["Toimintakate", "TOIMINTAKATE/JÄÄMÄ equals revenues plus costs."],
  },
  "unit-nettomeno": {
    fi: ["Yksikön nettomeno", "Kunkin yksikön NETTOMENO on MENOT + TULOT."],
    en: ["Unit net cost", "Each unit's NETTOMENO equals MENOT + TULOT."],
  },
  "unit-total": {
    fi: ["Yksiköiden yhteissumma", "Yksiköiden rivit täsmäävät vastuualueen yhteissummaan."],
    en: ["Units' total", "The units add up to the responsibility area's total."],
  },
  "unit-kayttotalous": {
    fi: ["Yksiköt ja käyttötalous", "Vastuualueen yhteissumma on sama kuin käyttötalouden luvut."],
    en: ["Units and käyttötalous", "The responsibility area's total equals the käyttötalous figures."],
  },
  "maararahat-total": {
    fi: ["Määräraha", "Määrärahat ovat samat kuin saman vuoden käyttötalouden luvut."],
    en: ["Appropriation", "The määrärahat equal the käyttötalous figures of their year."],
  },
  "maararahat-change-eur": {
    fi: ["Määrärahan muutos €", "Määrärahojen muutos euroina on uusi luku miinus vertailuluku."],
    en: ["Appropriation change €", "The määrärahat change in euros is the new figure minus the base."],
  },
  "maararahat-change-percent": {
    fi: ["Määrärahan muutos %", "Määrärahojen muutosprosentti lasketaan uudesta luvusta ja vertailuluvusta."],
    en: ["Appropriation change %", "The määrärahat change percentage follows from the new figure and the base."],
  },
  "tunnusluku-kayttotalous": {
    fi: ["Tunnusluku ja käyttötalous", "Tunnuslukujen eurot ovat samat kuin käyttötalouden vastaavat rivit."],
    en: ["Key figure and käyttötalous", "Key-figure amounts equal their käyttötalous lines."],
  },
  "tunnusluku-not-compared": {
    fi: ["Vertaamaton tunnusluku", "Tunnusluvut tai sarakkeet, joille käyttötaloudessa ei ole vastinetta."],
    en: ["Key figure not compared", "Key figures or columns with no counterpart in the käyttötalous."],
  },
  "change-percent": {
    fi: ["Muutos %", "Muutosprosentti on laskettu oikeasta vertailupohjasta."],
    en: ["Change %", "Each change percentage is right against its comparison base."],
  },
  "change-base-missing": {
    fi: ["Vertailupohja puuttuu", "Muutosprosentin vertailusarake ei ole taulukossa, joten sitä ei tarkistettu."],
    en: ["Comparison base missing", "The base column of a change percentage is not in the table, so it was not checked."],
  },
  "per-resident": {
    fi: ["€/asukas", "Toimintakate €/asukas on toimintakate jaettuna vuoden asukasluvulla."],
    en: ["€ per resident", "Toimintakate €/asukas is the toimintakate divided by the year's population."],
  },
  "per-resident-population": {
    fi: ["€/asukas ilman asukaslukua", "Luku, jonka asukasluku poikkeaa työkirjan muiden lukujen asukasluvusta."],
    en: ["€ per resident without population", "A figure whose implied population differs from the rest of the workbook."],
  },
  "per-resident-not-checked": {
    fi: ["€/asukas tarkistamatta", "€/asukas-luvut, joita ei voitu tarkistaa (ei toimintakatetta tai asukaslukua)."],
    en: ["€ per resident not checked", "€/asukas figures that could not be checked (no toimintakate or population)."],
  },
  "allocation-keys-sum": {
    fi: ["Jakoavainten summa", "Johtamisen kustannusten jakoavaimet ovat vuosittain yhteensä 100 %."],
    en: ["Keys' total", "The management-cost keys of a year add up to 100 %."],
  },
  "allocation-implied-total": {
    fi: ["Laskennallinen kokonaissumma", "Kunkin vastuualueen osuus ja avain antavat saman johtamisen kokonaiskustannuksen."],
    en: ["Implied total", "Each area's amount and key imply the same total management cost."],
  },
  "allocation-expected": {
    fi: ["Kohdistettu osuus", "Vastuualueen osuus on avaimen mukainen osa kokonaissummasta (suurimman jäännöksen menetelmä)."],
    en: ["Allocated share", "Each area's amount is its key's part of the total (largest-remainder method)."],
  },
  sign: {
    fi: ["Etumerkki", "Menot ja tulot noudattavat taulukon etumerkkikäytäntöä (esim. menot negatiivisina, tulot positiivisina)."],
    en: ["Sign", "Costs and revenues follow the table's sign convention (e.g. costs negative, revenues positive)."],
  },
  relation: {
    fi: ["Laskelman yhtälö", "Tuloslaskelman, rahoituslaskelman ja investointiosan rivit täsmäävät toisiinsa (toimintakate, vuosikate, tilikauden tulos, netto, rahavirrat)."],
    en: ["Statement identity", "The rows of the income statement, cash flow statement and investment part agree (operating margin, annual margin, result, net, cash flows)."],
  },
  "relation-total": {
    fi: ["Yhteensä-rivi", "Yhteensä-rivi on sen yläpuolella olevien rivien summa."],
    en: ["Total row", "A total row equals the sum of the lines above it."],
  },
  "relation-change": {
    fi: ["Muutos %:n rivi", "Muutos %:n rivit vastaavat summarivien muutosta vertailupohjaan nähden."],
    en: ["Change % row", "Change % rows match the change of their amount rows from the base column."],
  },
  "relation-ratio": {
    fi: ["Tunnusluku laskelmasta", "Toimintatuotot/toimintakulut %, vuosikate/poistot % ja vuosikate €/asukas vastaavat laskelman rivejä."],
    en: ["Key figure from the statement", "Operating income/expenses %, annual margin/depreciation % and annual margin per resident match the statement's rows."],
  },
  "column-sum": {
    fi: ["Sarakkeiden summa", "Yhteensä-sarake on otsikon mukaan muiden sarakkeiden summa (talousarvio + talousarviomuutokset)."],
    en: ["Column total", "A total column equals the columns its header adds up (budget + budget amendments)."],
  },
  "relation-not-checked": {
    fi: ["Tarkistamatta jäänyt yhtälö", "Yhtälöt, joita ei voitu tarkistaa, koska rivi tai vertailupohja puuttuu (kerran taulukkoa kohden)."],
    en: ["Identity not checked", "Identities that could not be checked because a row or a base column is missing (once per table)."],
  },
};

function catalogFor(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, texts] of Object.entries(RULES)) {
    out[`rule.${id}`] = texts[lang][0];
    out[`rule.${id}.about`] = texts[lang][1];
  }
  return out;
}

export const ruleMessages: Catalog = { fi: catalogFor("fi"), en: catalogFor("en") };

/** The rule ids this catalog names. */
export const NAMED_RULE_IDS: readonly string[] = Object.keys(RULES);

/** A rule's name in `lang`; an id the catalog does not know is shown as it is rather than lost. */
export function ruleName(id: string, lang: Lang): string {
  return RULES[id]?.[lang][0] ?? id;
}

/** A rule's one-line description in `lang`, or "" for an unknown id. */
export function ruleDescription(id: string, lang: Lang): string {
  return RULES[id]?.[lang][1] ?? "";
}

/** A rule's name through a translator that includes `ruleMessages`; an unknown id as it is. */
export function ruleLabel(t: (key: string) => string, id: string): string {
  return NAMED_RULE_IDS.includes(id) ? t(`rule.${id}`) : id;
}
