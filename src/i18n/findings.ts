import { Catalog } from "./translate";

/**
 * Finding messages, Finnish and English. Each says what was compared with what (cells, columns,
 * figures), so a reader can redo the check by hand. Figures arrive formatted for the language.
 */
export const findingMessages: Catalog = {
  fi: {
    "verdict.euro-rounding": "Ero {difference} € on pyöristyksen rajoissa (toleranssi {tolerance} €).",
    "verdict.euro-wrong": "Ero on {difference} €.",
    "verdict.shown-rounding": "Ero {difference} on pyöristysero (tarkka arvo {exact}).",
    "verdict.shown-wrong": "Ero on {difference} (tarkka arvo {exact}).",

    "sum.tuotot": "{row} ({column}) on {actual}, mutta toimintatuottojen rivien {ranges} summa on {expected}.",
    "sum.kulut": "{row} ({column}) on {actual}, mutta toimintakulujen rivien {ranges} summa on {expected}.",
    toimintakate: "{row} ({column}) on {actual}, mutta toimintatuotot {tuotot} + toimintakulut {kulut} ({ranges}) = {expected}.",

    "unit-nettomeno": "Yksikön {unit} NETTOMENO ({column}) on {actual}, mutta MENOT + TULOT ({ranges}) = {expected}.",
    "unit-total": "{total}: {row} ({column}) on {actual}, mutta {units} yksikön {row}-rivien summa on {expected} (merkinnät kuten sis. joht. lasketaan nollaksi).",
    "unit-kayttotalous": "{total}: {row} ({column}) on {actual}, mutta käyttötalouden {kRow} samassa sarakkeessa ({kCell}) on {expected}.",

    "maararahat-total": "Määrärahojen {row} ({column}) on {actual}, mutta käyttötalouden {kRow} ({kColumn}, {kCell}) on {expected}.",
    "maararahat-change-eur": "Määrärahojen {row}: muutos € on {actual}, mutta {newColumn} {new} − {oldColumn} {old} = {expected}.",
    "maararahat-change-percent": "Määrärahojen {row}: muutos % on {actual}, mutta ({newColumn} {new} / {oldColumn} {old} − 1) × 100 = {expected}.",
    "change.zero-to-zero": "{row}: sekä vertailuarvo että uusi arvo ovat 0, joten muutos on 0 %, mutta solussa on {actual}.",
    "change.zero-base": "{row}: vertailuarvo on 0 ja uusi arvo {new}, joten muutosprosenttia ei voi laskea, mutta solussa on luku {actual}. Merkitse soluun x tai jätä se tyhjäksi.",

    "tunnusluku-kayttotalous": "Tunnusluku {row} ({column}) on {actual}, mutta käyttötalouden {kRow} ({kColumn}, {kCell}) on {expected}.",
    "tunnusluku.no-kayttotalous": "Tunnuslukuja ei verrattu käyttötalouteen: vastuualueelle {area} ei löytynyt käyttötaloustaulukkoa.",
    "tunnusluku.columns-not-compared": "Tunnuslukujen sarakkeita {columns} ei verrattu käyttötalouteen, koska käyttötaloudessa ei ole vastaavaa saraketta (käyttötaloudessa on {kColumns}).",
    "tunnusluku.rows-not-compared": "Tunnuslukuja {rows} ei verrattu käyttötalouteen, koska käyttötaloudessa ei ole vastaavaa riviä.",

    "change-percent": "{row}: muutos % ({column}) on {actual}, mutta {column} {new} verrattuna sarakkeen {base} lukuun {old} antaa {expected} (vertailupohja {base}: {source}).",
    "change-base-missing": "{row}: muutos % ({column}) jäi tarkistamatta, koska vertailusaraketta {base} ei ole taulukossa (vertailupohja: {source}). {@hint.change-base}",
    "word.or": " tai ",
    "change.source-option": "{@hint.base-given}",
    "change.source-note": "taulukon alaviite {cell}",
    "change.source-default.TA": "oletus, jonka mukaan TA:ta verrataan edellisen vuoden TA:han tai TA+muutokseen",
    "change.source-default.KS": "oletus, jonka mukaan KS:ää verrataan edellisen vuoden TA:han tai TA+muutokseen",
    "change.source-default.TA+MUUTOS": "oletus, jonka mukaan TA+muutosta verrataan edellisen vuoden TA+muutokseen tai TA:han",
    "change.source-default.TPE": "oletus, jonka mukaan TPE:tä verrataan saman vuoden TA:han tai TA+muutokseen",
    "change.source-default.TS": "oletus, jonka mukaan TS:ää verrataan edellisen vuoden TA:han, KS:ään tai TS:ään",
    "change.source-default.TP": "oletus, jonka mukaan TP:tä verrataan edellisen vuoden TP:hen",
    "change-percent.sign":
      "{row}: muutos % ({column}) on {actual}, mikä vastaa lukuja ilman etumerkkejä, mutta {column} {new} ja {base} {old} ovat erimerkkisiä. Todennäköisesti toisesta puuttuu miinusmerkki (ks. etumerkkihavainto).",

    "per-resident": "Toimintakate €/asukas ({column}) on {actual}, mutta toimintakate {kate} ({kateCell}) / asukasluku {population} (v. {year}) = {expected}.",
    "per-resident-population":
      "Toimintakate €/asukas ({column}) on {actual}: toimintakate {kate} ({kateCell}) antaa asukasluvuksi noin {implied} ({low}–{high}), kun vuoden {year} muut solut ({agreeing} kpl, yhtäpitävät) antavat {consensus}. Tällä asukasluvulla luvun pitäisi olla {expected} (ero {difference}). Verratut solut: {cells}. Asukaslukua ei ole annettu; toleranssi {tolerance} %.",
    "per-resident-population.median":
      "Toimintakate €/asukas ({column}) on {actual}: toimintakate {kate} ({kateCell}) antaa asukasluvuksi noin {implied} ({low}–{high}). Mitkään kaksi vuoden {year} solua eivät anna samaa asukaslukua; niiden mediaani on {consensus}, jolla luvun pitäisi olla {expected} (ero {difference}). Verratut solut: {cells}. {@hint.population-year}",
    "per-resident.no-toimintakate": "Toimintakate €/asukas sarakkeissa {columns} jäi tarkistamatta, koska käyttötaloudessa ei ole samaa saraketta, josta toimintakatteen saisi.",
    "per-resident.no-population":
      "Toimintakate €/asukas sarakkeissa {columns} jäi tarkistamatta: asukaslukua ei ole annettu, eikä muita vastuualueita ole verrattavana. {@hint.population}",
    "per-resident.zero-kate": "Toimintakate €/asukas ({column}) on {actual}, mutta toimintakate ({kateCell}) on 0, joten luvun pitäisi olla 0.",

    "allocation-keys-sum": "Johtamisen kustannusten jakoavaimet vuodelle {year} ovat yhteensä {sum} %, eivät 100 %: {keys}.",
    "allocation-keys-sum.single":
      "Johtamisen kustannusten jakoavain vuodelle {year} on {sum} % ({keys}); muiden vastuualueiden avaimia ei ole tässä työkirjassa, joten summaa 100 % ei voi tarkistaa.",
    "allocation.basis-option": "käyttäjän antama kokonaissumma",
    "allocation.basis-all": "vastuualueiden osuuksien summa",
    "allocation.basis-agreeing": "keskenään yhtäpitävien vastuualueiden ({areas}) osuuksista laskettu",
    "allocation-implied-total":
      "{unit}: MENOT {amount} ({column}) jakoavaimella {key} % tarkoittaa johtamisen kokonaiskustannusta {implied}, mutta sovittu kokonaissumma on {total} ({basis}). Vastuualueiden osuuksista lasketut kokonaissummat: {implications}.",
    "allocation-expected":
      "{unit}: MENOT ({column}) on {actual}, mutta {key} % kokonaissummasta {total} ({basis}) on suurimman jäännöksen menetelmällä {expected}.",
    "allocation.no-amount":
      "{unit}: vuoden {year} johtamisen kustannukselle ei löytynyt MENOT-lukua (TA-, TA+muutos- tai KS-sarakkeesta), joten kokonaissummaa ei voi muodostaa eikä osuuksia tarkistaa. {@hint.management-total-year}",
    "allocation.key-rounding": "Ero {difference} € selittyy jakoavaimen pyöristyksellä (enintään {slack} €).",

    "sign.cost": "{row} ({column}) on positiivinen ({actual}), vaikka taulukossa menot ja kulut merkitään negatiivisina. Puuttuuko miinusmerkki?",
    "sign.revenue": "{row} ({column}) on negatiivinen ({actual}), vaikka taulukossa tulot ja tuotot merkitään positiivisina. Onko etumerkki väärin?",

    "unreadable-cell.text": "Solussa {cell} ({row}, {column}) on teksti \"{text}\", joka ei ole luku eikä merkintä; sitä ei voitu käyttää tarkistuksissa.",
    "unreadable-cell.error": "Solussa {cell} ({row}, {column}) on Excelin virhearvo {text}; sitä ei voitu käyttää tarkistuksissa.",

    "structure.empty-sheet": "Välilehti {sheet} on tyhjä.",
    "structure.no-tables": "Välilehdeltä {sheet} ei löytynyt talousarviotaulukoita (käyttötalous, yksiköt, määrärahat, tunnusluvut).",
    "structure.merged-cells": "Yhdistetyt solut {cell} ovat lukujen päällä; yhdistäminen voi piilottaa lukuja.",
    "structure.header-without-rows": "Vuosisarakkeiden otsikon ({text}) alta ei löytynyt tunnistettavia rivejä; taulukko on kesken tai sen rivejä ei tunnistettu.",
    "structure.unknown-row": "Rivi \"{text}\" ({cell}) ei kuulu tunnistettuun taulukkorakenteeseen, joten sitä ei tarkistettu.",
    "structure.duplicate-year-column": "Sarake {text} on otsikossa kahdesti ({cell}); sarakkeiden vertailu voi osua väärään sarakkeeseen.",
    "structure.unit-without-rows": "Yksiköllä \"{text}\" ({cell}) ei ole MENOT-, TULOT- eikä NETTOMENO-rivejä.",
    "structure.cut-short": "{table} ({range}) on kesken: {missing} puuttuu, joten siihen liittyvät tarkistukset jäivät tekemättä.",
    "table.kayttotalous": "Käyttötalous",
    "table.yksikot": "Yksiköt",
    "table.maararahat": "Määrärahat",
    "table.tunnusluvut": "Tunnusluvut",
    "relation.not-checked": "Taulukosta {range} jäi tarkistamatta: {list}.",
    "relation.missing-rows": "{relation} (rivi puuttuu: {rows})",
    "relation.unread-between": "{relation} (välissä on rivejä, joita ei tunnistettu: {rows})",
    "relation.ambiguous-ratio": "{relation} (taulukossa on rivi {row}, jonka mukanaolo jakajassa vaihtelee)",
    "relation.no-population": "{relation} (asukaslukua ei ole taulukossa, eikä sitä ole annettu {@hint.population-where}: {columns})",
    "relation.change-no-base": "{row}: muutos % sarakkeissa {columns} (vertailusaraketta ei ole taulukossa)",
    "relation.total-name": "{row} = yllä olevien rivien summa",
    "relation.failed": "{row} ({column}) on {actual} {unit}, mutta {relation} antaa {expected} ({ranges}; {convention}).",
    "relation.total": "{row} ({column}) on {actual} {unit}, mutta yllä olevien rivien {ranges} summa on {expected} ({convention}).",
    "relation.verdict-rounding": "Ero {difference} on pyöristyksen rajoissa.",
    "relation.verdict-wrong": "Ero on {difference} {unit}.",
    "relation.convention.costs-negative": "kulut merkitty negatiivisina",
    "relation.convention.costs-positive": "taulukossa kulut ovat positiivisia, joten ne vähennetään",
    "relation.convention.costs-positive-net": "taulukossa kulut ovat positiivisia ja netto on menot − tulot",
    "relation.change-suffix": "muutos %",
    "relation.change-rounding": "{row} ({column}) on {actual}, mutta ({new} / {old} − 1) × 100 = {expected} (vertailupohja {base}); ero on pyöristyksen rajoissa.",
    "relation.change-wrong": "{row} ({column}) on {actual}, mutta ({new} / {old} − 1) × 100 = {expected} (vertailupohja {base}).",
    "relation.ratio-rounding": "{row} ({column}) on {actual}, mutta {relation} antaa {expected}; ero on pyöristyksen rajoissa.",
    "relation.ratio-wrong": "{row} ({column}) on {actual}, mutta {relation} antaa {expected}.",
    "table.tuloslaskelma": "Tuloslaskelma",
    "table.rahoituslaskelma": "Rahoituslaskelma",
    "table.investoinnit": "Investoinnit",
    "table.erittely": "Erittely",
    "structure.unread-parts": "Taulukko {cell} luettiin vain osin, joten näitä ei tarkistettu: {text}.",
    "structure.header-reading": "Otsikolla on kaksi mahdollista tulkintaa: {text}.",
    "sign.cost-positive": "{row} ({column}) on negatiivinen ({actual}), vaikka tässä taulukossa menot ja kulut merkitään positiivisina. Onko etumerkki väärin?",
    "structure.header-years": "Sarakkeiden {text} otsikoissa on vain vuosi; ne luettiin tilinpäätösvuosiksi (TP).",
  },
  en: {
    "verdict.euro-rounding": "The difference of {difference} € is within rounding (tolerance {tolerance} €).",
    "verdict.euro-wrong": "The difference is {difference} €.",
    "verdict.shown-rounding": "The difference of {difference} is a rounding difference (exact value {exact}).",
    "verdict.shown-wrong": "The difference is {difference} (exact value {exact}).",

    "sum.tuotot": "{row} ({column}) is {actual}, but the revenue lines {ranges} add up to {expected}.",
    "sum.kulut": "{row} ({column}) is {actual}, but the cost lines {ranges} add up to {expected}.",
    toimintakate: "{row} ({column}) is {actual}, but revenues {tuotot} + costs {kulut} ({ranges}) = {expected}.",

    "unit-nettomeno": "Unit {unit}: NETTOMENO ({column}) is {actual}, but MENOT + TULOT ({ranges}) = {expected}.",
    "unit-total": "{total}: {row} ({column}) is {actual}, but the {row} rows of {units, plural, one {# unit} other {# units}} add up to {expected} (markers such as sis. joht. count as nothing).",
    "unit-kayttotalous": "{total}: {row} ({column}) is {actual}, but the käyttötalous {kRow} of the same column ({kCell}) is {expected}.",

    "maararahat-total": "Määrärahat {row} ({column}) is {actual}, but the käyttötalous {kRow} ({kColumn}, {kCell}) is {expected}.",
    "maararahat-change-eur": "Määrärahat {row}: change € is {actual}, but {newColumn} {new} − {oldColumn} {old} = {expected}.",
    "maararahat-change-percent": "Määrärahat {row}: change % is {actual}, but ({newColumn} {new} / {oldColumn} {old} − 1) × 100 = {expected}.",
    "change.zero-to-zero": "{row}: both the base and the new figure are 0, so the change is 0 %, but the cell shows {actual}.",
    "change.zero-base": "{row}: the base is 0 and the new figure {new}, so no percentage exists, yet the cell shows the number {actual}. Write x or leave it empty.",

    "tunnusluku-kayttotalous": "Key figure {row} ({column}) is {actual}, but the käyttötalous {kRow} ({kColumn}, {kCell}) is {expected}.",
    "tunnusluku.no-kayttotalous": "Key figures were not compared with a käyttötalous: none was found for the area {area}.",
    "tunnusluku.columns-not-compared": "Key-figure columns {columns} were not compared with the käyttötalous, which has no such column (it has {kColumns}).",
    "tunnusluku.rows-not-compared": "Key figures {rows} were not compared with the käyttötalous, which has no matching line.",

    "change-percent": "{row}: change % ({column}) is {actual}, but {column} {new} against {base} {old} gives {expected} (base {base}: {source}).",
    "change-base-missing": "{row}: change % ({column}) was not checked because the base column {base} is not in the table (base: {source}). {@hint.change-base}",
    "word.or": " or ",
    "change.source-option": "{@hint.base-given}",
    "change.source-note": "note under the table, {cell}",
    "change.source-default.TA": "the default, TA against the previous year's TA or TA+muutos",
    "change.source-default.KS": "the default, KS against the previous year's TA or TA+muutos",
    "change.source-default.TA+MUUTOS": "the default, TA+muutos against the previous year's TA+muutos or TA",
    "change.source-default.TPE": "the default, TPE against the same year's TA or TA+muutos",
    "change.source-default.TS": "the default, TS against the previous year's TA, KS or TS",
    "change.source-default.TP": "the default, TP against the previous year's TP",
    "change-percent.sign":
      "{row}: change % ({column}) is {actual}, which fits the figures without their signs, but {column} {new} and {base} {old} have opposite signs. One of them has probably lost its minus sign (see the sign finding).",

    "per-resident": "Toimintakate €/asukas ({column}) is {actual}, but toimintakate {kate} ({kateCell}) / population {population} ({year}) = {expected}.",
    "per-resident-population":
      "Toimintakate €/asukas ({column}) is {actual}: toimintakate {kate} ({kateCell}) implies a population of about {implied} ({low}–{high}), while {agreeing, plural, one {# other cell} other {# other cells}} of {year} {agreeing, plural, one {gives} other {agree on}} {consensus}. At that population the figure should be {expected} (difference {difference}). Cells compared: {cells}. No population was given; tolerance {tolerance} %.",
    "per-resident-population.median":
      "Toimintakate €/asukas ({column}) is {actual}: toimintakate {kate} ({kateCell}) implies a population of about {implied} ({low}–{high}). No two cells of {year} imply the same population; their median is {consensus}, at which the figure should be {expected} (difference {difference}). Cells compared: {cells}. {@hint.population-year}",
    "per-resident.no-toimintakate": "Toimintakate €/asukas in columns {columns} was not checked: the käyttötalous has no such column to take the toimintakate from.",
    "per-resident.no-population":
      "Toimintakate €/asukas in columns {columns} was not checked: no population was given and no other area has figures to compare with. {@hint.population}",
    "per-resident.zero-kate": "Toimintakate €/asukas ({column}) is {actual}, but the toimintakate ({kateCell}) is 0, so it should be 0.",

    "allocation-keys-sum": "The management-cost keys for {year} add up to {sum} %, not 100 %: {keys}.",
    "allocation-keys-sum.single":
      "The management-cost key for {year} is {sum} % ({keys}); the other areas' keys are not in this workbook, so the 100 % total cannot be checked.",
    "allocation.basis-option": "total given by the user",
    "allocation.basis-all": "the sum of the areas' shares",
    "allocation.basis-agreeing": "computed from the areas that agree with each other ({areas})",
    "allocation-implied-total":
      "{unit}: MENOT {amount} ({column}) at a key of {key} % implies a total management cost of {implied}, but the agreed total is {total} ({basis}). Totals implied by the areas: {implications}.",
    "allocation-expected":
      "{unit}: MENOT ({column}) is {actual}, but {key} % of the total {total} ({basis}) is {expected} by the largest-remainder method.",
    "allocation.no-amount":
      "{unit}: no MENOT figure was found for {year}'s management cost (in a TA, TA+muutos or KS column), so the total cannot be formed and the shares were not checked. {@hint.management-total-year}",
    "allocation.key-rounding": "The difference of {difference} € is explained by the key's rounding (up to {slack} €).",

    "sign.cost": "{row} ({column}) is positive, {actual}, although the table writes costs as negative figures. Is a minus sign missing?",
    "sign.revenue": "{row} ({column}) is negative, {actual}, although the table writes revenues as positive figures. Is the sign wrong?",

    "unreadable-cell.text": "Cell {cell} ({row}, {column}) holds the text \"{text}\", which is neither a number nor a marker; it was left out of the checks.",
    "unreadable-cell.error": "Cell {cell} ({row}, {column}) holds the Excel error {text}; it was left out of the checks.",

    "structure.empty-sheet": "Sheet {sheet} is empty.",
    "structure.no-tables": "No budget tables (käyttötalous, units, määrärahat, tunnusluvut) were found on sheet {sheet}.",
    "structure.merged-cells": "Merged cells {cell} lie over figures; merging can hide figures.",
    "structure.header-without-rows": "No recognisable rows were found under the year header ({text}); the table is cut short or its rows are unknown.",
    "structure.unknown-row": "Row \"{text}\" ({cell}) does not fit the recognised table, so it was not checked.",
    "structure.duplicate-year-column": "Column {text} appears twice in the header ({cell}); matching columns may pick the wrong one.",
    "structure.unit-without-rows": "Unit \"{text}\" ({cell}) has no MENOT, TULOT or NETTOMENO rows.",
    "structure.cut-short": "{table} ({range}) is cut short: {missing} is missing, so the checks that need it were not made.",
    "table.kayttotalous": "Käyttötalous",
    "table.yksikot": "Units",
    "table.maararahat": "Määrärahat",
    "table.tunnusluvut": "Key figures",
    "relation.not-checked": "Not checked in table {range}: {list}.",
    "relation.missing-rows": "{relation} (row missing: {rows})",
    "relation.unread-between": "{relation} (rows in between were not recognised: {rows})",
    "relation.ambiguous-ratio": "{relation} (the table has the row {row}, which books count in the denominator or not)",
    "relation.no-population": "{relation} (no population in the table, and none given {@hint.population-where}: {columns})",
    "relation.change-no-base": "{row}: change % in columns {columns} (the base column is not in the table)",
    "relation.total-name": "{row} = sum of the lines above",
    "relation.failed": "{row} ({column}) is {actual} {unit}, but {relation} gives {expected} ({ranges}; {convention}).",
    "relation.total": "{row} ({column}) is {actual} {unit}, but the lines above, {ranges}, add up to {expected} ({convention}).",
    "relation.verdict-rounding": "The difference {difference} is within rounding.",
    "relation.verdict-wrong": "The difference is {difference} {unit}.",
    "relation.convention.costs-negative": "costs negative",
    "relation.convention.costs-positive": "the table prints costs as positive figures, so they are subtracted",
    "relation.convention.costs-positive-net": "the table prints costs as positive figures and net as costs − revenue",
    "relation.change-suffix": "change %",
    "relation.change-rounding": "{row} ({column}) is {actual}, but ({new} / {old} − 1) × 100 = {expected} (base column {base}); the difference is within rounding.",
    "relation.change-wrong": "{row} ({column}) is {actual}, but ({new} / {old} − 1) × 100 = {expected} (base column {base}).",
    "relation.ratio-rounding": "{row} ({column}) is {actual}, but {relation} gives {expected}; the difference is within rounding.",
    "relation.ratio-wrong": "{row} ({column}) is {actual}, but {relation} gives {expected}.",
    "table.tuloslaskelma": "Income statement",
    "table.rahoituslaskelma": "Cash flow statement",
    "table.investoinnit": "Investments",
    "table.erittely": "Breakdown",
    "structure.unread-parts": "Table {cell} was read only in part, so these were not checked: {text}.",
    "structure.header-reading": "A header has two possible readings: {text}.",
    "sign.cost-positive": "{row} ({column}) is negative, {actual}, although this table prints costs as positive figures. Is the sign wrong?",
    "structure.header-years": "Columns {text} are headed by a year alone; they were read as actual years (TP).",
  },
};
