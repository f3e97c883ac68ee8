import { Catalog } from "./translate";

/**
 * Words of the root-cause analysis (core/why): the probable cause of a group of findings, the
 * slip it looks like, and what cannot be decided. Figures arrive formatted for the language.
 */
export const whyMessages: Catalog = {
  fi: {
    "why.cause":
      "Todennäköinen syy: {row} ({column}, {where}) on {actual}; jos arvo olisi {suggested}, {resolves, plural, one {# ristiriita poistuisi} other {# ristiriitaa poistuisi}}.",
    "why.follows": "Samalla muuttuvat siitä lasketut {cells}.",
    "why.tie": "Yksittäistä syytä ei voi päätellä: {n} solua selittää eron yhtä hyvin ({cells}).",
    "why.candidate": "{row} ({column}, {where}) {actual} → {suggested}",
    "why.pattern.one-digit": "Näyttää yhden numeron näppäilyvirheeltä: {wrongDigit}, kun oikea numero olisi {rightDigit}.",
    "why.pattern.swapped-digits": "Kaksi vierekkäistä numeroa näyttää vaihtaneen paikkaa ({digits}, oikein {right}).",
    "why.pattern.sign-flipped": "Summa on oikea, mutta etumerkki on väärä.",
    "why.pattern.times-ten": "Luku on kymmenkertainen oikeaan nähden: ylimääräinen numero?",
    "why.pattern.divided-by-ten": "Luku on kymmenesosa oikeasta: puuttuuko numero?",
    "why.pattern.copied-column": "Luku on sama kuin saman rivin {column}: kopioitu väärästä sarakkeesta?",
    "why.pattern.percent-index": "{actual} on indeksi {new} / {old} × 100 = {exact} ({newColumn} / {oldColumn}), ei muutosprosentti ({change}).",
    "why.pattern.percent-truncated": "{actual} on tarkka arvo {exact} katkaistuna; pyöristettynä se on {expected}.",
    "why.pattern.percent-other-column": "{actual} on muutos sarakkeeseen {oldColumn} verrattuna ({exact}), ei vertailupohjaan {base}.",
    "why.pattern.percent-against-column": "{actual} on muutos sarakkeeseen {oldColumn} verrattuna ({exact}).",
    "why.report.causes": "Todennäköiset syyt",
    "why.report.causesHint": "Kunkin syyn korjaus poistaa sen alle kootut havainnot; ne eivät ole erillisiä virheitä.",
    "why.report.counts": "Seurannaiset erikseen: {errors, plural, one {# virhe} other {# virhettä}} ja {consequences, plural, one {# seurannainen havainto, joka poistuu} other {# seurannaista havaintoa, jotka poistuvat}} syynsä korjauksella",
    "why.report.consequence": "seurausta: {cell} {rule}",
    "why.report.folded": "{n, plural, one {# seurannainen havainto on koottu} other {# seurannaista havaintoa on koottu}} syynsä alle (Todennäköiset syyt).",
    "why.report.noSingle": "Ei yksittäistä syytä",
    "why.pattern.sum-short": "Kaavan {formula} alue päättyy riviä liian aikaisin: {missing} jää summasta pois.",
    "why.pattern.sum-skip": "Kaava {formula} ohittaa rivin: {missing} jää summasta pois.",
    "why.pattern.constant-over-formula": "Solussa on kirjoitettu luku, vaikka rivin muissa sarakkeissa on kaava ({column}: {formula}): kaavan päälle kirjoitettu vakio?",
  },
  en: {
    "why.cause":
      "Probable cause: {row} ({column}, {where}) is {actual}; with {suggested}, {resolves, plural, one {# inconsistency goes away} other {# inconsistencies go away}}.",
    "why.follows": "The figures computed from it change with it: {cells}.",
    "why.tie": "No single cause stands out: {n} cells explain the difference equally well ({cells}).",
    "why.candidate": "{row} ({column}, {where}) {actual} → {suggested}",
    "why.pattern.one-digit": "One digit looks mistyped ({wrongDigit} where {rightDigit} belongs).",
    "why.pattern.swapped-digits": "Two neighbouring digits look swapped ({digits}, should be {right}).",
    "why.pattern.sign-flipped": "The amount is right but its sign is wrong.",
    "why.pattern.times-ten": "The figure is ten times the right one: a digit too many?",
    "why.pattern.divided-by-ten": "The figure is a tenth of the right one: a digit missing?",
    "why.pattern.copied-column": "The figure equals the same row's {column}: copied from the wrong column?",
    "why.pattern.percent-index": "{actual} is an index, {new} / {old} × 100 = {exact} ({newColumn} / {oldColumn}), not a change percentage ({change}).",
    "why.pattern.percent-truncated": "{actual} is the exact {exact} cut off; rounded it is {expected}.",
    "why.pattern.percent-other-column": "{actual} is the change against {oldColumn} ({exact}), not against the base {base}.",
    "why.pattern.percent-against-column": "{actual} is the change against {oldColumn} ({exact}).",
    "why.report.causes": "Probable causes",
    "why.report.causesHint": "Repairing each cause makes the findings gathered under it go away; they are not separate errors.",
    "why.report.counts": "Consequences apart: {errors, plural, one {# error} other {# errors}} and {consequences, plural, one {# consequent finding that goes} other {# consequent findings that go}} away when their cause is fixed",
    "why.report.consequence": "follows: {cell} {rule}",
    "why.report.folded": "{n, plural, one {# consequence is} other {# consequences are}} gathered under its cause (Probable causes).",
    "why.report.noSingle": "No single cause",
    "why.pattern.sum-short": "The range of {formula} stops a row short: {missing} is left out of the sum.",
    "why.pattern.sum-skip": "The formula {formula} skips a row: {missing} is left out of the sum.",
    "why.pattern.constant-over-formula": "The cell holds a typed figure where the row's other columns hold formulas ({column}: {formula}): a constant typed over a formula?",
  },
};
