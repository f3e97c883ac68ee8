import { Catalog } from "./translate";

/** Labels of the sheets the add-in creates. Budget terms (MENOT, TULOT, NETTOMENO) stay Finnish. */
export const summaryMessages: Catalog = {
  fi: {
    "summary.sheetName": "Määrärahat yhteenveto",
    "summary.title": "Määrärahojen yhteenveto",
    "summary.subtitle": "Kaavat viittaavat vastuualueiden käyttötalouden yhteissummiin ja päivittyvät niiden mukana.",
    "summary.area": "Vastuualue",
    "summary.item": "",
    "summary.changeEur": "MUUTOS €",
    "summary.changePct": "MUUTOS %",
    "summary.total": "Yhteensä",
    "summary.noSource": "ei lähdesolua",
    "summary.empty": "Työkirjasta ei löytynyt käyttötaloustaulukoita.",
  },
  en: {
    "summary.sheetName": "Määrärahat yhteenveto",
    "summary.title": "Appropriations summary (määrärahat)",
    "summary.subtitle": "Formulas point at each responsibility area's operating-budget totals and update with them.",
    "summary.area": "Responsibility area",
    "summary.item": "",
    "summary.changeEur": "CHANGE €",
    "summary.changePct": "CHANGE %",
    "summary.total": "Total",
    "summary.noSource": "no source cell",
    "summary.empty": "No operating-budget (käyttötalous) tables were found in the workbook.",
  },
};
