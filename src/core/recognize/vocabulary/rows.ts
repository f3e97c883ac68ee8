import { normaliseSpaces } from "../../numbers";
import { withoutUnit } from "./units";
import { perText } from "../../perText";

/**
 * The rows of the statutory parts of a budget book and financial statement (kuntalaki 110 §, the
 * layouts of kirjanpitolautakunnan kuntajaosto) and their everyday variants, as data: one line per
 * row, what it is (its role), its nature (how its sign behaves) and the words that name it in
 * Finnish, Swedish and English. A municipality's own wording is another word on a line here.
 *
 * Nature says how the row's sign follows the table's convention:
 * - `revenue`: printed positive in every convention;
 * - `cost`: printed negative where costs are negative (kuntajaosto, Kemijärvi), positive where a
 *   book prints costs as positive figures;
 * - `margin`: a signed result (toimintakate, vuosikate, a cash flow): negative is a deficit in
 *   either convention;
 * - `net`: a net of revenues and costs (`Netto`): a margin where costs are negative; where they
 *   are positive, printed either as tulot − menot or as menot − tulot (the reading is taken from
 *   the figures and said).
 * `signed: false` rows may carry either sign legitimately (valtionosuudet after the equalisation,
 * a refunded financial cost) and are never reported for their sign.
 */

export type Nature = "revenue" | "cost" | "margin" | "net";

export interface RowWord {
  role: string;
  nature: Nature;
  signed?: boolean;
  fi: readonly string[];
  sv?: readonly string[];
  en?: readonly string[];
}

export const ROW_WORDS: readonly RowWord[] = [
  // Käyttötalous and tuloslaskelma: operating items.
  { role: "toimintatuotot", nature: "revenue", fi: ["toimintatuotot", "toimintatulot", "toiminnan tuotot", "toimintatuoto"], sv: ["verksamhetsintäkter", "verksamhetens intäkter"], en: ["operating income", "operating revenue", "operating revenues"] },
  { role: "myyntituotot", nature: "revenue", fi: ["myyntituotot", "myyntitulot"], sv: ["försäljningsintäkter", "försäljningsinkomster"], en: ["sales income", "sales revenue"] },
  { role: "maksutuotot", nature: "revenue", fi: ["maksutuotot", "maksutulot"], sv: ["avgiftsintäkter", "avgiftsinkomster"], en: ["fee income", "charges"] },
  { role: "tuet ja avustukset", nature: "revenue", fi: ["tuet ja avustukset"], sv: ["understöd och bidrag"], en: ["subsidies and grants"] },
  { role: "vuokratuotot", nature: "revenue", fi: ["vuokratuotot", "vuokratulot"], sv: ["hyresintäkter"], en: ["rental income"] },
  { role: "muut toimintatuotot", nature: "revenue", fi: ["muut toimintatuotot", "muut toimintatulot"], sv: ["övriga verksamhetsintäkter"], en: ["other operating income"] },
  { role: "valmistus omaan käyttöön", nature: "revenue", fi: ["valmistus omaan käyttöön", "valmistus omaan käyttöön (+)"], sv: ["tillverkning för eget bruk"], en: ["production for own use", "manufacturing for own use"] },
  { role: "valmistevarastojen muutos", nature: "margin", signed: false, fi: ["valmistevarastojen muutos", "varastojen lisäys tai vähennys", "valmistevarastojen lisäys tai vähennys"], sv: ["förändring av lager av färdiga varor"], en: ["change in inventories"] },
  { role: "toimintakulut", nature: "cost", fi: ["toimintakulut", "toimintamenot", "toiminnan kulut"], sv: ["verksamhetskostnader", "verksamhetens kostnader", "omkostnader", "verksamhetsutgifter"], en: ["operating expenses", "operating costs", "operating expenditure"] },
  { role: "henkilöstökulut", nature: "cost", fi: ["henkilöstökulut", "henkilöstömenot"], sv: ["personalkostnader"], en: ["personnel expenses", "staff costs", "personnel costs"] },
  { role: "palkat ja palkkiot", nature: "cost", fi: ["palkat ja palkkiot", "palkat"], sv: ["löner och arvoden", "löner"], en: ["wages and salaries"] },
  { role: "henkilösivukulut", nature: "cost", fi: ["henkilösivukulut", "henkilösivumenot"], sv: ["lönebikostnader"], en: ["social security costs"] },
  { role: "eläkekulut", nature: "cost", fi: ["eläkekulut"], sv: ["pensionskostnader"], en: ["pension costs"] },
  { role: "muut henkilösivukulut", nature: "cost", fi: ["muut henkilösivukulut"], sv: ["övriga lönebikostnader"], en: ["other social security costs"] },
  { role: "palvelujen ostot", nature: "cost", fi: ["palvelujen ostot"], sv: ["köp av tjänster"], en: ["purchases of services"] },
  { role: "aineet, tarvikkeet ja tavarat", nature: "cost", fi: ["aineet, tarvikkeet ja tavarat", "aineet tarvikkeet ja tavarat", "aineet ja tarvikkeet"], sv: ["material, förnödenheter och varor"], en: ["materials, supplies and goods"] },
  { role: "vuokrakulut", nature: "cost", fi: ["vuokrakulut", "vuokramenot", "vuokrat"], sv: ["hyreskostnader", "hyresutgifter"], en: ["rents", "rent expenses"] },
  { role: "avustukset", nature: "cost", fi: ["avustukset"], sv: ["understöd"], en: ["grants"] },
  { role: "muut toimintakulut", nature: "cost", fi: ["muut toimintakulut", "muut toimintamenot"], sv: ["övriga verksamhetskostnader", "övriga utgifter"], en: ["other operating expenses"] },
  { role: "osuus osakkuusyhteisöjen voitosta", nature: "margin", signed: false, fi: ["osuus osakkuusyhteisöjen voitosta", "osuus osakkuusyhteisöjen voitosta/tappiosta", "osuus osakkuusyhteisöjen tuloksesta", "osuus osakkuusyhtiöiden voitosta", "osuus osakkuusyhtiöiden voitosta/tappiosta"], sv: ["andel av intressesammanslutningarnas vinst", "andel av intressesammanslutningarnas vinst/förlust", "andel av dottersammanslutningarnas vinst/förlust"], en: ["share of profit of associates"] },
  { role: "toimintakate", nature: "margin", fi: ["toimintakate", "toimintajäämä", "toimintakate/jäämä", "toimintakate/-jäämä", "toimintajäämä/kate"], sv: ["verksamhetsbidrag"], en: ["operating margin"] },
  // Tuloslaskelmaosa below toimintakate.
  { role: "käyttökate", nature: "margin", fi: ["käyttökate"], sv: ["driftsbidrag"], en: ["operating contribution"] },
  { role: "verotulot", nature: "revenue", fi: ["verotulot"], sv: ["skatteintäkter", "skatteinkomster"], en: ["tax revenue", "tax revenues", "tax income"] },
  { role: "valtionosuudet", nature: "revenue", signed: false, fi: ["valtionosuudet"], sv: ["statsandelar"], en: ["state contributions", "central government transfers"] },
  { role: "verotulot ja valtionosuudet", nature: "revenue", signed: false, fi: ["verotulot ja valtionosuudet", "verorahoitus"], sv: ["skatteinkomster och statsandelar", "skatteintäkter och statsandelar", "skattefinansiering"], en: ["tax revenue and state contributions", "tax financing"] },
  { role: "rahoitustuotot ja -kulut", nature: "margin", fi: ["rahoitustuotot ja -kulut", "rahoitustuotot ja kulut", "rahoitustuotot- ja kulut", "rahoitustuotot ja -kulut yhteensä"], sv: ["finansiella intäkter och kostnader", "finansieringsinkomster och -utgifter", "finansieringsinkomster och utgifter", "finansiella kostnader o intäkter", "finansiella kostnader och intäkter", "finansiella intäkter o kostnader"], en: ["financial income and expenses"] },
  { role: "rahoitustuotot", nature: "revenue", fi: ["rahoitustuotot"], sv: ["finansiella intäkter", "finansieringsinkomster"], en: ["financial income"] },
  { role: "rahoituskulut", nature: "cost", fi: ["rahoituskulut", "rahoitusmenot"], sv: ["finansiella kostnader", "finansieringsutgifter"], en: ["financial expenses"] },
  { role: "korkotuotot", nature: "revenue", fi: ["korkotuotot"], sv: ["ränteintäkter", "ränteinkomster"], en: ["interest income"] },
  { role: "muut rahoitustuotot", nature: "revenue", signed: false, fi: ["muut rahoitustuotot"], sv: ["övriga finansiella intäkter", "övriga finansieringsinkomster"], en: ["other financial income"] },
  { role: "korkokulut", nature: "cost", fi: ["korkokulut"], sv: ["räntekostnader", "ränteutgifter"], en: ["interest expenses"] },
  { role: "muut rahoituskulut", nature: "cost", signed: false, fi: ["muut rahoituskulut", "muut rahoitusmenot"], sv: ["övriga finansiella kostnader", "övriga finansieringsutgifter"], en: ["other financial expenses"] },
  { role: "vuosikate", nature: "margin", fi: ["vuosikate"], sv: ["årsbidrag"], en: ["annual contribution margin", "annual margin"] },
  { role: "poistot ja arvonalentumiset", nature: "cost", fi: ["poistot ja arvonalentumiset", "poistot", "poistot ja arvonalennukset"], sv: ["avskrivningar och nedskrivningar", "avskrivningar"], en: ["depreciation and impairment", "depreciation and impairments", "depreciation"] },
  { role: "suunnitelman mukaiset poistot", nature: "cost", fi: ["suunnitelman mukaiset poistot", "sumu-poistot", "sumupoistot"], sv: ["avskrivningar enligt plan"], en: ["planned depreciation"] },
  { role: "omistuksen eliminointierot", nature: "cost", signed: false, fi: ["omistuksen eliminointierot"], sv: ["differens vid eliminering av innehav"], en: ["elimination differences"] },
  { role: "muut lisäpoistot", nature: "cost", signed: false, fi: ["muut lisäpoistot", "lisäpoistot"], sv: ["tilläggsavskrivningar"], en: ["additional depreciation"] },
  { role: "arvonalentumiset", nature: "cost", signed: false, fi: ["arvonalentumiset"], sv: ["nedskrivningar"], en: ["impairments"] },
  { role: "satunnaiset erät", nature: "margin", fi: ["satunnaiset erät"], sv: ["extraordinära poster"], en: ["extraordinary items"] },
  { role: "satunnaiset tuotot", nature: "revenue", fi: ["satunnaiset tuotot"], sv: ["extraordinära intäkter"], en: ["extraordinary income"] },
  { role: "satunnaiset kulut", nature: "cost", fi: ["satunnaiset kulut"], sv: ["extraordinära kostnader"], en: ["extraordinary expenses"] },
  { role: "tilikauden tulos", nature: "margin", fi: ["tilikauden tulos", "yli/alijäämä", "yli-/alijäämä"], sv: ["räkenskapsperiodens resultat", "resultat", "periodens resultat"], en: ["result for the financial year", "result for the period"] },
  { role: "poistoeron muutos", nature: "margin", signed: false, fi: ["poistoeron muutos", "poistoeron lisäys/vähennys", "poistoeron vähennys", "poistoeron lisäys", "poistoeron lisäys tai vähennys", "poistoeron vähennys tai lisäys", "poistoeron, varausten ja rahastojen muutos"], sv: ["förändring av avskrivningsdifferens", "förändring i avskrivningsdifferens", "förändr. av avskr.diff., reserv., fonder", "förändring av avskrivningsdifferens, reserver och fonder"], en: ["change in depreciation difference"] },
  { role: "varausten muutos", nature: "margin", signed: false, fi: ["varausten muutos", "varausten lisäys/vähennys", "varausten lisäys tai vähennys", "varausten vähennys tai lisäys"], sv: ["förändring av reserver", "förändring i reserveringar", "förändring av reserveringar"], en: ["change in reserves"] },
  { role: "rahastojen muutos", nature: "margin", signed: false, fi: ["rahastojen muutos", "rahastojen lisäys/vähennys", "rahastojen lisäys tai vähennys", "rahastojen vähennys tai lisäys"], sv: ["förändring av fonder", "minskning av fonder", "ökning av fonder", "ökning/minskning av fonder", "förändring i fonder"], en: ["change in funds"] },
  { role: "tilinpäätössiirrot", nature: "margin", signed: false, fi: ["tilinpäätössiirrot"], sv: ["bokslutsdispositioner"], en: ["appropriations"] },
  { role: "tilikauden verot", nature: "margin", signed: false, fi: ["tilikauden verot"], sv: ["räkenskapsperiodens skatter"], en: ["taxes for the period"] },
  { role: "laskennalliset verot", nature: "margin", signed: false, fi: ["laskennalliset verot"], sv: ["latent skatt", "latenta skatter"], en: ["deferred taxes"] },
  { role: "vähemmistöosuudet", nature: "margin", signed: false, fi: ["vähemmistöosuudet"], sv: ["minoritetsandelar"], en: ["minority interests"] },
  { role: "tilikauden ylijäämä", nature: "margin", fi: ["tilikauden ylijäämä", "tilikauden alijäämä", "tilikauden ylijäämä/alijäämä", "tilikauden yli-/alijäämä", "tilikauden ylijäämä (alijäämä)", "tilikauden yli/alijäämä", "tilikauden ylijäämä/-alijäämä"], sv: ["räkenskapsperiodens överskott/underskott", "räkenskapsperiodens överskott", "räkenskapsperiodens underskott", "periodens över/underskott", "periodens överskott/underskott", "periodens överskott (underskott)"], en: ["surplus/deficit for the financial year", "surplus for the financial year"] },
  // Revenues, costs and their net, as budget chapters and investment parts write them.
  { role: "tulot", nature: "revenue", fi: ["tulot", "tuotot", "tuloarviot"], sv: ["inkomster", "intäkter"], en: ["revenue", "income", "revenues"] },
  { role: "menot", nature: "cost", fi: ["menot", "kulut", "määrärahat"], sv: ["utgifter", "kostnader", "anslag"], en: ["expenditure", "expenses", "costs"] },
  { role: "netto", nature: "net", fi: ["netto", "nettomenot", "nettomeno", "nettotulot"], sv: ["netto", "nettoutgifter"], en: ["net"] },
  { role: "ylitykset", nature: "margin", signed: false, fi: ["ylitykset", "ylitysoikeus", "ylitysoikeudet"], sv: ["överskridningar", "överskridningsrätt"], en: ["overruns"] },
  // Investointiosa.
  { role: "investointimenot", nature: "cost", fi: ["investointimenot", "investoinnit", "investointien menot"], sv: ["investeringsutgifter", "investeringar"], en: ["capital expenditure", "investment expenditure", "investments"] },
  { role: "investointitulot", nature: "revenue", fi: ["investointitulot", "investointien tulot"], sv: ["investeringsinkomster"], en: ["investment income"] },
  { role: "rahoitusosuudet investointimenoihin", nature: "revenue", fi: ["rahoitusosuudet investointimenoihin", "rahoitusosuudet investointeihin"], sv: ["finansieringsandelar för investeringsutgifter"], en: ["contributions to capital expenditure"] },
  { role: "luovutustulot", nature: "revenue", fi: ["pysyvien vastaavien hyödykkeiden luovutustulot", "pysyvien vastaavien höydykkeiden luovutustulot", "pysyvien vastaavien luovutustulot", "luovutustulot"], sv: ["försäljningsinkomster av tillgångar bland bestående aktiva"], en: ["proceeds from sale of fixed assets"] },
  { role: "nettoinvestoinnit", nature: "net", fi: ["nettoinvestoinnit", "investoinnit netto", "investointien netto"], sv: ["nettoinvesteringar"], en: ["net investments"] },
  // Rahoitusosa (rahoituslaskelma).
  { role: "toiminnan rahavirta", nature: "margin", fi: ["toiminnan rahavirta"], sv: ["kassaflödet i verksamheten", "verksamhetens kassaflöde"], en: ["cash flow from operations", "operating cash flow"] },
  { role: "tulorahoituksen korjauserät", nature: "margin", signed: false, fi: ["tulorahoituksen korjauserät"], sv: ["korrektivposter till internt tillförda medel"], en: ["adjustments to internal financing"] },
  { role: "investointien rahavirta", nature: "margin", fi: ["investointien rahavirta"], sv: ["investeringarnas kassaflöde"], en: ["cash flow from investments"] },
  { role: "toiminnan ja investointien rahavirta", nature: "margin", fi: ["toiminnan ja investointien rahavirta"], sv: ["verksamhetens och investeringarnas kassaflöde"], en: ["cash flow from operations and investments"] },
  { role: "antolainauksen muutokset", nature: "margin", signed: false, fi: ["antolainauksen muutokset", "antolainojen muutokset"], sv: ["förändringar i utlåningen"], en: ["change in lending"] },
  { role: "antolainasaamisten lisäykset", nature: "cost", fi: ["antolainasaamisten lisäykset"], sv: ["ökning av utlåningen"], en: ["increase in loans granted"] },
  { role: "antolainasaamisten vähennykset", nature: "revenue", fi: ["antolainasaamisten vähennykset"], sv: ["minskning av utlåningen"], en: ["decrease in loans granted"] },
  { role: "lainakannan muutokset", nature: "margin", signed: false, fi: ["lainakannan muutokset"], sv: ["förändringar i lånestocken"], en: ["change in loans"] },
  { role: "pitkäaikaisten lainojen lisäys", nature: "revenue", fi: ["pitkäaikaisten lainojen lisäys"], sv: ["ökning av långfristiga lån"], en: ["increase in long-term loans"] },
  { role: "pitkäaikaisten lainojen vähennys", nature: "cost", fi: ["pitkäaikaisten lainojen vähennys"], sv: ["minskning av långfristiga lån"], en: ["decrease in long-term loans"] },
  { role: "lyhytaikaisten lainojen muutos", nature: "margin", signed: false, fi: ["lyhytaikaisten lainojen muutos", "lyhytaikaisten lainojen lisäys/vähennys"], sv: ["förändring av kortfristiga lån"], en: ["change in short-term loans"] },
  { role: "oman pääoman muutokset", nature: "margin", signed: false, fi: ["oman pääoman muutokset"], sv: ["förändringar i eget kapital"], en: ["change in equity"] },
  { role: "muut maksuvalmiuden muutokset", nature: "margin", signed: false, fi: ["muut maksuvalmiuden muutokset"], sv: ["övriga förändringar av likviditeten"], en: ["other changes in liquidity"] },
  { role: "toimeksiantojen varojen ja pääomien muutokset", nature: "margin", signed: false, fi: ["toimeksiantojen varojen ja pääomien muutokset", "toimeksiantojen varojen ja pääomien muutos"], sv: ["förändringar av uppdragsmedel och uppdragskapital"], en: ["change in trust funds"] },
  { role: "vaihto-omaisuuden muutos", nature: "margin", signed: false, fi: ["vaihto-omaisuuden muutos", "vaihto-omaisuuden lisäys (-) tai vähennys (+)", "vaihto-omaisuuden lisäys tai vähennys"], sv: ["förändring av omsättningstillgångar"], en: ["change in inventories and work in progress"] },
  { role: "saamisten muutos", nature: "margin", signed: false, fi: ["saamisten muutos", "saamisten lisäys tai vähennys"], sv: ["förändring av fordringar"], en: ["change in receivables"] },
  { role: "korottomien velkojen muutos", nature: "margin", signed: false, fi: ["korottomien velkojen muutos", "korottomien velkojen lisäys tai vähennys"], sv: ["förändring av räntefria skulder"], en: ["change in interest-free liabilities"] },
  { role: "rahoituksen rahavirta", nature: "margin", fi: ["rahoituksen rahavirta"], sv: ["finansieringens kassaflöde"], en: ["cash flow from financing"] },
  { role: "rahavarojen muutos", nature: "margin", signed: false, fi: ["rahavarojen muutos", "vaikutus maksuvalmiuteen"], sv: ["förändring av likvida medel", "inverkan på likviditeten"], en: ["change in cash"] },
  { role: "rahavarat 31.12", nature: "margin", signed: false, fi: ["rahavarat 31.12", "rahavarat 31.12.", "rahavarat tilikauden lopussa"], sv: ["likvida medel 31.12"], en: ["cash 31 december", "cash at end of year"] },
  { role: "rahavarat 1.1", nature: "margin", signed: false, fi: ["rahavarat 1.1", "rahavarat 1.1.", "rahavarat tilikauden alussa"], sv: ["likvida medel 1.1"], en: ["cash 1 january", "cash at start of year"] },
  // Key figures.
  { role: "toimintatuotot/toimintakulut %", nature: "margin", signed: false, fi: ["toimintatuotot/toimintakulut %", "toimintatuotot/toimintakulut, %", "toimintatuotot/toimintakulut, prosenttia", "toimintatuotot/toimintakulut prosenttia", "toimintatuotot (%) toimintakuluista", "toimintatuotot % toimintakuluista", "toimintatuotot, % toimintakuluista", "toimintatuotot toimintakuluista, %", "toimintatuotot toimintakuluista, prosenttia"], sv: ["verksamhetsintäkter/verksamhetskostnader, procent", "verksamhetsintäkter/verksamhetskostnader %"], en: ["operating income/operating expenses %"] },
  { role: "vuosikate/poistot %", nature: "margin", signed: false, fi: ["vuosikate/poistot %", "vuosikate/poistot, %", "vuosikate/poistot, prosenttia", "vuosikate prosenttia poistoista", "vuosikate, % poistoista", "vuosikate (%) poistoista", "vuosikate % poistoista", "vuosikate, prosenttia poistoista", "vuosikate poistoista, %"], sv: ["årsbidrag/avskrivningar, procent", "årsbidrag/avskrivningar %", "årsbidrag i % av avskrivningar", "årsbidrag, % av avskrivningar"], en: ["annual margin/depreciation %"] },
  { role: "vuosikate €/asukas", nature: "margin", signed: false, fi: ["vuosikate €/asukas", "vuosikate, €/asukas", "vuosikate, euroa/asukas", "vuosikate euroa/asukas", "vuosikate/asukas"], sv: ["årsbidrag, euro/invånare", "årsbidrag euro/invånare", "årsbidrag €/invånare"], en: ["annual margin €/resident", "annual margin per resident"] },
  { role: "asukasmäärä", nature: "margin", signed: false, fi: ["asukasmäärä", "asukasluku", "asukkaat", "asukasmäärä 31.12", "asukasluku 31.12", "väkiluku", "väkiluku 31.12"], sv: ["invånarantal", "antal invånare", "invånarantal 31.12", "hela befolkningen", "befolkningen", "befolkning", "befolkning 31.12", "invånare, antal", "invånare"], en: ["population", "residents"] },
];

/** Words that open a block of change % rows under the amounts (`Muutos, %`). */
export const CHANGE_HEADINGS: readonly string[] = ["muutos %", "muutos, %", "muutos-%", "förändring %", "förändring, %", "change %", "change, %"];

/** Words that make a row a total of the lines above it. */
const TOTAL_WORDS = /(^|\s)(yhteensä|kaikkiaan|totalt|sammanlagt|summa|total)(\s|$)/;

export interface RowReading {
  role?: RowWord;
  /** The label says it totals the lines above (`… yhteensä`, `Totalt`). */
  total: boolean;
  /** The label folded for matching. */
  key: string;
}

const INDEX = new Map<string, RowWord>();
for (const w of ROW_WORDS) for (const words of [...w.fi, ...(w.sv ?? []), ...(w.en ?? [])]) INDEX.set(words, w);

/**
 * A label folded for the vocabulary: case, spaces, leading numbering (`7 01 01`, `4.`), a unit
 * (`, 1 000 euroa`), sign hints (`(-)`, `(+/-)`) and a footnote star taken out.
 */
export function rowKey(label: string): string {
  return keys(label);
}

const keys = perText(foldLabel);

function foldLabel(label: string): string {
  let t = normaliseSpaces(label).toLowerCase().replace(/\n/g, " ");
  t = withoutUnit(t);
  return t
    .replace(/^(\d+[\s.]*)+(?=\p{L})/u, "")
    .replace(/\((\+|-|−|\+\/-|-\/\+)\)/g, " ")
    .replace(/\*/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s*,\s*$/g, "")
    .replace(/[:;.]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*,\s*(?=%|prosenttia|procent)/, ", ")
    .trim();
}

/**
 * What a row label says: its role in the vocabulary, and whether it is a total. A bilingual label
 * (`Verotulot - Skatteinkomster`) is read by either language; a qualifier in brackets
 * (`Toimintatuotot (ulkoiset)`) is read past when the label is not known with it.
 */
export function readRow(label: string): RowReading {
  return readings(label);
}

// Shared and frozen: a label reads the same on every sheet.
const readings = perText(readLabel);

function readLabel(label: string): RowReading {
  const key = rowKey(label);
  const total = TOTAL_WORDS.test(key);
  const role = lookUp(key) ?? bilingual(key);
  return { ...(role ? { role } : {}), total, key };
}

function lookUp(key: string): RowWord | undefined {
  const plain = (k: string) => INDEX.get(k) ?? INDEX.get(k.replace(TOTAL_WORDS, " ").replace(/\s+/g, " ").trim());
  const role = plain(key);
  if (role) return role;
  const unbracketed = key.replace(/\s*\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
  return unbracketed !== key && unbracketed !== "" ? plain(unbracketed) : undefined;
}

function bilingual(key: string): RowWord | undefined {
  // `Verotulot - Skatteinkomster`: either half names the row. Halves around a slash must both be
  // known and agree (`Toimintatuotot/toimintakulut` is a ratio, `rahavirta/kertymä` another figure).
  const dashed = key.split(/\s+[-–]\s*(?=[a-zåäö])/);
  if (dashed.length === 2) {
    const a = lookUp(dashed[0].trim());
    const b = lookUp(dashed[1].trim());
    if (a && b) return a.role === b.role ? a : undefined;
    return a ?? b;
  }
  const slashed = key.split(/\s*\/\s*(?=[a-zåäö]{4})/);
  if (slashed.length === 2) {
    const a = lookUp(slashed[0].trim());
    const b = lookUp(slashed[1].trim());
    if (a && b && a.role === b.role) return a;
  }
  return undefined;
}

// Lines that say what a figure above contains without adding to a sum (`josta palkat`, `Varav hyresinkomster`).
const OF_WHICH = /^(josta|joista|siitä|niistä|därav|varav|of which)(\s|$)/i;

/** A `josta` / `varav` line: a part of the line above it, not a line of its own. */
export function isOfWhich(label: string): boolean {
  return OF_WHICH.test(label.trimStart());
}

export function isChangeHeading(label: string): boolean {
  return changeHeadings(label);
}

const changeHeadings = perText(readChangeHeading);

function readChangeHeading(label: string): boolean {
  const k = rowKey(label);
  return CHANGE_HEADINGS.includes(k) || CHANGE_HEADINGS.includes(k.replace(/\s*,\s*/, " "));
}

export function roleWord(role: string): RowWord | undefined {
  return ROW_WORDS.find((w) => w.role === role);
}
