import { TableKind } from "../findings";

/**
 * The identities between the rows of a budget book, as a finance person would write them down:
 * each relation has a name in Finnish and English, the row it checks (`target`), its terms with
 * their signs, and the tables it applies to. Terms are written as the kuntajaosto layout writes
 * them, costs negative, so most signs are `+`; a table printing costs as positive figures is
 * evaluated in its own convention (relations/convention.ts turns the signs round for it).
 *
 * A term marked `optional` is a row many books leave out (valmistus omaan käyttöön); when absent it
 * counts as nothing. A relation whose target or a required term is missing in a table is not
 * checked there, and the table says so once (info). A municipality's variant of a relation is a
 * new line here.
 *
 * Roles are those of recognize/vocabulary/rows.ts.
 */

export interface RelationTerm {
  role: string;
  sign: 1 | -1;
  optional?: boolean;
}

export interface Relation {
  id: string;
  name: { fi: string; en: string };
  target: string;
  terms: readonly RelationTerm[];
  tables: readonly TableKind[];
  /**
   * Ways of writing the same identity share a group (`toimintakate` from toimintatuotot and
   * -kulut, or from a chapter's tulot and menot): the first whose rows are present is checked.
   */
  group?: string;
  /** A sum of optional lines is checked only when at least this many of them are present. */
  minTerms?: number;
  /**
   * A condensed statement may leave all the optional rows out (the yli-/alijäämä printed under
   * the tilikauden tulos without the transfers between): with none of them printed, a difference
   * is only told (info), as the rows left out may explain it.
   */
  optionalMayBeOmitted?: boolean;
}

const plus = (role: string, optional = false): RelationTerm => ({ role, sign: 1, ...(optional ? { optional } : {}) });
const minus = (role: string): RelationTerm => ({ role, sign: -1 });

const STATEMENTS: readonly TableKind[] = ["tuloslaskelma", "erittely"];
const ALL: readonly TableKind[] = ["tuloslaskelma", "rahoituslaskelma", "investoinnit", "erittely"];

export const RELATIONS: readonly Relation[] = [
  {
    id: "toimintakate",
    name: { fi: "toimintakate = toimintatuotot + valmistus omaan käyttöön + toimintakulut + osuus osakkuusyhteisöjen voitosta", en: "operating margin = operating income + production for own use + operating expenses + share of associates' profit" },
    target: "toimintakate",
    terms: [plus("toimintatuotot"), plus("valmistus omaan käyttöön", true), plus("valmistevarastojen muutos", true), plus("toimintakulut"), plus("osuus osakkuusyhteisöjen voitosta", true)],
    tables: STATEMENTS,
    group: "toimintakate",
  },
  {
    id: "toimintakate-tulot-menot",
    name: { fi: "toimintakate = tulot + menot (menot negatiivisina)", en: "operating margin = revenue + expenditure (expenditure negative)" },
    target: "toimintakate",
    terms: [plus("tulot"), plus("menot")],
    tables: STATEMENTS,
    group: "toimintakate",
  },
  {
    id: "toimintatuotot",
    name: { fi: "toimintatuotot = myyntituotot + maksutuotot + tuet ja avustukset + vuokratuotot + muut toimintatuotot", en: "operating income = sales + fees + subsidies and grants + rents + other operating income" },
    target: "toimintatuotot",
    terms: [plus("myyntituotot", true), plus("maksutuotot", true), plus("tuet ja avustukset", true), plus("vuokratuotot", true), plus("muut toimintatuotot", true)],
    tables: STATEMENTS,
    minTerms: 2,
  },
  {
    id: "toimintakulut",
    name: { fi: "toimintakulut = henkilöstökulut + palvelujen ostot + aineet, tarvikkeet ja tavarat + avustukset + vuokrat + muut toimintakulut", en: "operating expenses = personnel + purchases of services + materials + grants + rents + other operating expenses" },
    target: "toimintakulut",
    terms: [plus("henkilöstökulut"), plus("palvelujen ostot", true), plus("aineet, tarvikkeet ja tavarat", true), plus("avustukset", true), plus("vuokrakulut", true), plus("muut toimintakulut", true)],
    tables: STATEMENTS,
    minTerms: 2,
    group: "toimintakulut",
  },
  {
    id: "toimintakulut-palkoista",
    name: { fi: "toimintakulut = palkat + henkilösivukulut + palvelujen ostot + aineet, tarvikkeet ja tavarat + avustukset + vuokrat + muut toimintakulut", en: "operating expenses = wages + social security costs + purchases of services + materials + grants + rents + other operating expenses" },
    target: "toimintakulut",
    terms: [plus("palkat ja palkkiot"), plus("henkilösivukulut"), plus("palvelujen ostot", true), plus("aineet, tarvikkeet ja tavarat", true), plus("avustukset", true), plus("vuokrakulut", true), plus("muut toimintakulut", true)],
    tables: STATEMENTS,
    minTerms: 2,
    group: "toimintakulut",
  },
  {
    id: "rahoitustuotot-ja-kulut",
    name: { fi: "rahoitustuotot ja -kulut = korkotuotot + muut rahoitustuotot + korkokulut + muut rahoituskulut", en: "financial income and expenses = interest income + other financial income + interest expenses + other financial expenses" },
    target: "rahoitustuotot ja -kulut",
    terms: [plus("korkotuotot"), plus("muut rahoitustuotot", true), plus("korkokulut"), plus("muut rahoituskulut", true)],
    tables: STATEMENTS,
  },
  {
    id: "vuosikate",
    name: { fi: "vuosikate = toimintakate + verotulot + valtionosuudet + rahoitustuotot ja -kulut", en: "annual margin = operating margin + tax revenue + state contributions + financial income and expenses" },
    target: "vuosikate",
    terms: [plus("toimintakate"), plus("verotulot"), plus("valtionosuudet"), plus("rahoitustuotot ja -kulut")],
    tables: STATEMENTS,
    group: "vuosikate",
  },
  {
    id: "vuosikate-riveistä",
    name: { fi: "vuosikate = toimintakate + verotulot + valtionosuudet + korkotuotot + muut rahoitustuotot + korkokulut + muut rahoituskulut", en: "annual margin = operating margin + tax revenue + state contributions + interest income + other financial income + interest expenses + other financial expenses" },
    target: "vuosikate",
    terms: [plus("toimintakate"), plus("verotulot"), plus("valtionosuudet"), plus("korkotuotot"), plus("muut rahoitustuotot", true), plus("korkokulut"), plus("muut rahoituskulut", true)],
    tables: STATEMENTS,
    group: "vuosikate",
  },
  {
    id: "vuosikate-rahoitustuotoista-ja-kuluista",
    name: { fi: "vuosikate = toimintakate + verotulot + valtionosuudet + rahoitustuotot + rahoituskulut", en: "annual margin = operating margin + tax revenue + state contributions + financial income + financial expenses" },
    target: "vuosikate",
    terms: [plus("toimintakate"), plus("verotulot"), plus("valtionosuudet"), plus("rahoitustuotot"), plus("rahoituskulut")],
    tables: STATEMENTS,
    group: "vuosikate",
  },
  {
    id: "kayttokate",
    name: { fi: "käyttökate = toimintakate + verotulot + valtionosuudet", en: "operating contribution = operating margin + tax revenue + state contributions" },
    target: "käyttökate",
    terms: [plus("toimintakate"), plus("verotulot"), plus("valtionosuudet")],
    tables: STATEMENTS,
  },
  {
    id: "poistot",
    name: { fi: "poistot ja arvonalentumiset = suunnitelman mukaiset poistot + omistuksen eliminointierot + arvonalentumiset", en: "depreciation and impairment = planned depreciation + elimination differences + impairments" },
    target: "poistot ja arvonalentumiset",
    terms: [plus("suunnitelman mukaiset poistot"), plus("omistuksen eliminointierot", true), plus("muut lisäpoistot", true), plus("arvonalentumiset", true)],
    tables: STATEMENTS,
  },
  {
    id: "satunnaiset-erat",
    name: { fi: "satunnaiset erät = satunnaiset tuotot + satunnaiset kulut", en: "extraordinary items = extraordinary income + extraordinary expenses" },
    target: "satunnaiset erät",
    terms: [plus("satunnaiset tuotot"), plus("satunnaiset kulut")],
    tables: STATEMENTS,
  },
  {
    id: "tilikauden-tulos",
    name: { fi: "tilikauden tulos = vuosikate + poistot ja arvonalentumiset + satunnaiset erät", en: "result for the year = annual margin + depreciation and impairment + extraordinary items" },
    target: "tilikauden tulos",
    terms: [plus("vuosikate"), plus("poistot ja arvonalentumiset"), plus("satunnaiset erät", true)],
    tables: STATEMENTS,
    group: "tilikauden-tulos",
  },
  {
    id: "tilikauden-tulos-toimintakatteesta",
    name: { fi: "tilikauden tulos = toimintakate + poistot ja arvonalentumiset (taulukko ilman vuosikatetta)", en: "result for the year = operating margin + depreciation (a table without annual margin)" },
    target: "tilikauden tulos",
    terms: [plus("toimintakate"), plus("poistot ja arvonalentumiset"), plus("satunnaiset erät", true)],
    tables: STATEMENTS,
    group: "tilikauden-tulos",
  },
  {
    id: "tilikauden-tulos-poistoriveista",
    name: { fi: "tilikauden tulos = vuosikate + suunnitelman mukaiset poistot + arvonalentumiset + satunnaiset tuotot ja kulut", en: "result for the year = annual margin + planned depreciation + impairments + extraordinary income and expenses" },
    target: "tilikauden tulos",
    terms: [plus("vuosikate"), plus("suunnitelman mukaiset poistot"), plus("arvonalentumiset", true), plus("satunnaiset erät", true), plus("satunnaiset tuotot", true), plus("satunnaiset kulut", true)],
    tables: STATEMENTS,
    group: "tilikauden-tulos",
  },
  {
    id: "verotulot-ja-valtionosuudet",
    name: { fi: "verotulot ja valtionosuudet = verotulot + valtionosuudet", en: "tax revenue and state contributions = tax revenue + state contributions" },
    target: "verotulot ja valtionosuudet",
    terms: [plus("verotulot"), plus("valtionosuudet")],
    tables: STATEMENTS,
  },
  {
    id: "tilikauden-ylijaama",
    name: { fi: "tilikauden yli-/alijäämä = tilikauden tulos + poistoeron, varausten ja rahastojen muutos (+ tilinpäätössiirrot, verot ja vähemmistöosuudet konsernissa)", en: "surplus/deficit = result for the year + change in depreciation difference, reserves and funds (+ appropriations, taxes and minority interests in a group)" },
    target: "tilikauden ylijäämä",
    terms: [
      plus("tilikauden tulos"),
      plus("poistoeron muutos", true),
      plus("varausten muutos", true),
      plus("rahastojen muutos", true),
      plus("tilinpäätössiirrot", true),
      plus("tilikauden verot", true),
      plus("laskennalliset verot", true),
      plus("vähemmistöosuudet", true),
    ],
    tables: STATEMENTS,
    optionalMayBeOmitted: true,
  },
  {
    id: "henkilostokulut",
    name: { fi: "henkilöstökulut = palkat ja palkkiot + henkilösivukulut", en: "personnel expenses = wages and salaries + social security costs" },
    target: "henkilöstökulut",
    terms: [plus("palkat ja palkkiot"), plus("henkilösivukulut")],
    tables: STATEMENTS,
    group: "henkilostokulut",
  },
  {
    id: "henkilostokulut-eriteltyna",
    name: { fi: "henkilöstökulut = palkat ja palkkiot + eläkekulut + muut henkilösivukulut", en: "personnel expenses = wages and salaries + pension costs + other social security costs" },
    target: "henkilöstökulut",
    terms: [plus("palkat ja palkkiot"), plus("eläkekulut"), plus("muut henkilösivukulut")],
    tables: STATEMENTS,
    group: "henkilostokulut",
  },
  {
    id: "henkilosivukulut",
    name: { fi: "henkilösivukulut = eläkekulut + muut henkilösivukulut", en: "social security costs = pension costs + other social security costs" },
    target: "henkilösivukulut",
    terms: [plus("eläkekulut"), plus("muut henkilösivukulut")],
    tables: STATEMENTS,
  },
  {
    id: "netto",
    name: { fi: "netto = tulot + menot (menot negatiivisina)", en: "net = revenue + expenditure (expenditure negative)" },
    target: "netto",
    terms: [plus("tulot"), plus("menot")],
    tables: ALL,
  },
  {
    id: "nettoinvestoinnit",
    name: { fi: "nettoinvestoinnit = investointimenot + investointitulot", en: "net investments = capital expenditure + investment income" },
    target: "nettoinvestoinnit",
    terms: [plus("investointimenot"), plus("investointitulot")],
    tables: ["investoinnit", "erittely"],
  },
  {
    id: "toiminnan-rahavirta",
    name: { fi: "toiminnan rahavirta = vuosikate + satunnaiset erät + tulorahoituksen korjauserät", en: "cash flow from operations = annual margin + extraordinary items + adjustments to internal financing" },
    target: "toiminnan rahavirta",
    terms: [plus("vuosikate"), plus("satunnaiset erät", true), plus("tulorahoituksen korjauserät")],
    tables: ["rahoituslaskelma"],
  },
  {
    id: "investointien-rahavirta",
    name: { fi: "investointien rahavirta = investointimenot + rahoitusosuudet investointimenoihin + pysyvien vastaavien hyödykkeiden luovutustulot", en: "cash flow from investments = capital expenditure + contributions to it + proceeds from sale of fixed assets" },
    target: "investointien rahavirta",
    terms: [plus("investointimenot"), plus("rahoitusosuudet investointimenoihin", true), plus("luovutustulot", true)],
    tables: ["rahoituslaskelma"],
  },
  {
    id: "toiminnan-ja-investointien-rahavirta",
    name: { fi: "toiminnan ja investointien rahavirta = toiminnan rahavirta + investointien rahavirta", en: "cash flow from operations and investments = from operations + from investments" },
    target: "toiminnan ja investointien rahavirta",
    terms: [plus("toiminnan rahavirta"), plus("investointien rahavirta")],
    tables: ["rahoituslaskelma"],
    group: "toiminnan-ja-investointien-rahavirta",
  },
  {
    id: "toiminnan-ja-investointien-rahavirta-riveistä",
    name: { fi: "toiminnan ja investointien rahavirta = vuosikate + satunnaiset erät + tulorahoituksen korjauserät + investointimenot + rahoitusosuudet + luovutustulot", en: "cash flow from operations and investments = annual margin + extraordinary items + adjustments + capital expenditure + contributions + proceeds" },
    target: "toiminnan ja investointien rahavirta",
    terms: [plus("vuosikate"), plus("satunnaiset erät", true), plus("tulorahoituksen korjauserät", true), plus("investointimenot"), plus("rahoitusosuudet investointimenoihin", true), plus("luovutustulot", true)],
    tables: ["rahoituslaskelma"],
    group: "toiminnan-ja-investointien-rahavirta",
  },
  {
    id: "antolainauksen-muutokset",
    name: { fi: "antolainauksen muutokset = antolainasaamisten lisäykset + vähennykset", en: "change in lending = increase + decrease in loans granted" },
    target: "antolainauksen muutokset",
    terms: [plus("antolainasaamisten lisäykset", true), plus("antolainasaamisten vähennykset", true)],
    tables: ["rahoituslaskelma"],
  },
  {
    id: "lainakannan-muutokset",
    name: { fi: "lainakannan muutokset = pitkäaikaisten lainojen lisäys + pitkäaikaisten lainojen vähennys + lyhytaikaisten lainojen muutos", en: "change in loans = increase + decrease in long-term loans + change in short-term loans" },
    target: "lainakannan muutokset",
    terms: [plus("pitkäaikaisten lainojen lisäys", true), plus("pitkäaikaisten lainojen vähennys", true), plus("lyhytaikaisten lainojen muutos", true)],
    tables: ["rahoituslaskelma"],
  },
  {
    id: "muut-maksuvalmiuden-muutokset",
    name: { fi: "muut maksuvalmiuden muutokset = toimeksiantojen varojen ja pääomien + vaihto-omaisuuden + saamisten + korottomien velkojen muutos", en: "other changes in liquidity = trust funds + inventories + receivables + interest-free liabilities" },
    target: "muut maksuvalmiuden muutokset",
    terms: [plus("toimeksiantojen varojen ja pääomien muutokset", true), plus("vaihto-omaisuuden muutos", true), plus("saamisten muutos", true), plus("korottomien velkojen muutos", true)],
    tables: ["rahoituslaskelma"],
    minTerms: 2,
  },
  {
    id: "rahoituksen-rahavirta",
    name: { fi: "rahoituksen rahavirta = antolainauksen muutokset + lainakannan muutokset + oman pääoman muutokset + muut maksuvalmiuden muutokset", en: "cash flow from financing = change in lending + change in loans + change in equity + other changes in liquidity" },
    target: "rahoituksen rahavirta",
    terms: [plus("antolainauksen muutokset", true), plus("lainakannan muutokset"), plus("oman pääoman muutokset", true), plus("muut maksuvalmiuden muutokset", true)],
    tables: ["rahoituslaskelma"],
    group: "rahoituksen-rahavirta",
  },
  {
    id: "rahoituksen-rahavirta-riveistä",
    name: { fi: "rahoituksen rahavirta = antolainasaamisten lisäykset ja vähennykset + pitkäaikaisten lainojen lisäys ja vähennys + lyhytaikaisten lainojen muutos + oman pääoman muutokset + muut maksuvalmiuden muutokset", en: "cash flow from financing = loans granted and repaid + long-term loans raised and repaid + change in short-term loans + change in equity + other changes in liquidity" },
    target: "rahoituksen rahavirta",
    terms: [
      plus("antolainasaamisten lisäykset", true),
      plus("antolainasaamisten vähennykset", true),
      plus("pitkäaikaisten lainojen lisäys", true),
      plus("pitkäaikaisten lainojen vähennys", true),
      plus("lyhytaikaisten lainojen muutos", true),
      plus("oman pääoman muutokset", true),
      plus("muut maksuvalmiuden muutokset", true),
    ],
    tables: ["rahoituslaskelma"],
    minTerms: 2,
    group: "rahoituksen-rahavirta",
  },
  {
    id: "rahavarojen-muutos",
    name: { fi: "rahavarojen muutos = toiminnan ja investointien rahavirta + rahoituksen rahavirta", en: "change in cash = cash flow from operations and investments + from financing" },
    target: "rahavarojen muutos",
    terms: [plus("toiminnan ja investointien rahavirta"), plus("rahoituksen rahavirta")],
    tables: ["rahoituslaskelma"],
  },
  {
    id: "rahavarojen-muutos-rahavaroista",
    name: { fi: "rahavarojen muutos = rahavarat 31.12 − rahavarat 1.1", en: "change in cash = cash 31 December − cash 1 January" },
    target: "rahavarojen muutos",
    terms: [plus("rahavarat 31.12"), minus("rahavarat 1.1")],
    tables: ["rahoituslaskelma"],
  },
];

/**
 * Roles that are parts of a role, at any depth (palkat under henkilöstökulut under toimintakulut):
 * rows of these may sit between a total and its lines without being lines of their own.
 */
export function partsOf(role: string, seen = new Set<string>()): Set<string> {
  for (const rel of RELATIONS) {
    if (rel.target !== role) continue;
    for (const t of rel.terms) {
      if (seen.has(t.role)) continue;
      seen.add(t.role);
      partsOf(t.role, seen);
    }
  }
  return seen;
}

/** Key figures computed from rows of the same table (non-linear: checked at the decimals shown). */
export interface RatioRelation {
  id: string;
  name: { fi: string; en: string };
  target: string;
  numerator: string;
  /** Null: the denominator is the population row (`asukasmäärä`) or the user's population. */
  denominator: string;
  /** The row divided by when the table has no `denominator` row (a statement printing only its planned depreciation). */
  denominatorElse?: string;
  /** Multiplier: 100 for a percentage of a cost (the cost's sign folded away), or per resident. */
  factor: number;
  /** The denominator is a cost: its magnitude is used, whatever the convention. */
  denominatorIsCost: boolean;
  /** Per-resident figures are in euros: the table's unit multiplies the numerator. */
  perResident?: boolean;
  /** Not checked when the table has this row: books differ on whether it is in the denominator. */
  unlessRole?: string;
  tables: readonly TableKind[];
}

export const RATIOS: readonly RatioRelation[] = [
  {
    id: "toimintatuotot-toimintakuluista",
    name: { fi: "toimintatuotot / toimintakulut % = toimintatuotot / toimintakulut ilman etumerkkiä × 100", en: "operating income / operating expenses % = income / expenses without sign × 100" },
    target: "toimintatuotot/toimintakulut %",
    numerator: "toimintatuotot",
    denominator: "toimintakulut",
    factor: 100,
    denominatorIsCost: true,
    tables: STATEMENTS,
  },
  {
    id: "vuosikate-poistoista",
    name: { fi: "vuosikate / poistot % = vuosikate / poistot ja arvonalentumiset ilman etumerkkiä × 100", en: "annual margin / depreciation % = margin / depreciation without sign × 100" },
    target: "vuosikate/poistot %",
    numerator: "vuosikate",
    denominator: "poistot ja arvonalentumiset",
    denominatorElse: "suunnitelman mukaiset poistot",
    factor: 100,
    denominatorIsCost: true,
    // A group's elimination differences are left out of the ratio by some books and not others.
    unlessRole: "omistuksen eliminointierot",
    tables: STATEMENTS,
  },
  {
    id: "vuosikate-asukasta-kohden",
    name: { fi: "vuosikate €/asukas = vuosikate (euroina) / asukasmäärä", en: "annual margin €/resident = annual margin (in euros) / population" },
    target: "vuosikate €/asukas",
    numerator: "vuosikate",
    denominator: "asukasmäärä",
    factor: 1,
    denominatorIsCost: false,
    perResident: true,
    tables: STATEMENTS,
  },
];
