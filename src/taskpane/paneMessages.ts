import { Catalog } from "../i18n/translate";

/**
 * The task pane's words for its overview, stepping, evidence, legend and the summary-sheet
 * update, Finnish and English. Kept beside the shared UI catalogue (src/i18n/ui.ts) and looked up
 * before it, so the pane's newer features do not have to edit the shared file at the same time.
 */
export const paneMessages: Catalog = {
  fi: {
    "tab.checkShort": "Tarkistus",
    "tab.allocationShort": "Johtaminen",
    "tab.settingsShort": "Asetukset",

    "check.where": "{error, plural, =0 {Ei virheitä.} one {# virhe} other {# virhettä}}{where}",
    "check.whereSheets": " välilehdillä: {sheets}.",
    "check.whereSheet": " välilehdellä {sheets}.",

    "overview.title": "Yleiskuva",
    "overview.label": "Välilehdet ja taulukot, väri pahimman avoimen havainnon mukaan",
    "overview.clean": "kunnossa",
    "n.error": "{count, plural, one {# virhe} other {# virhettä}}",
    "n.warning": "{count, plural, one {# varoitus} other {# varoitusta}}",
    "n.info": "{count, plural, one {# huomio} other {# huomiota}}",
    "overview.goTo": "Näytä välilehden {sheet} havainnot",

    "group.showNotes": "Näytä {count, plural, one {# huomio} other {# huomiota}}",
    "group.hideNotes": "Piilota huomiot",

    "step.label": "Siirry havainnosta toiseen",
    "step.previous": "Edellinen",
    "step.next": "Seuraava",
    "step.position": "{index}/{total}",
    "step.hint": "Pikanäppäimet: Alt+Page Down seuraava, Alt+Page Up edellinen havainto.",

    "evidence.title": "Laskettu soluista",
    "evidence.goTo": "Valitse {range}",
    "evidence.none": "Ei lähdesoluja.",

    "legend.title": "Merkintöjen värit",
    "legend.error": "Virhe: solun arvo ei täsmää",
    "legend.warning": "Varoitus: tarkista solu",
    "legend.info": "Huomio: pyöristys tai tieto",
    "legend.selected": "Valittu solu",
    "legend.related": "Solut, joista odotettu arvo laskettiin",
    "legend.cause": "Todennäköinen syy",

    "cause.title": "Todennäköinen syy: {cell}",
    "cause.goTo": "Siirry syyhyn",
    "cause.consequences": "{count, plural, one {# seuraus} other {# seurausta}}",

    "summary.updateTitle": "Päivitetäänkö yhteenveto?",
    "summary.updateBody": "Työkirjassa on jo tämän apuohjelman luoma välilehti ”{name}”. Sen sisältö voidaan laskea uudelleen, tai voidaan luoda uusi välilehti. Omia välilehtiäsi ei muuteta.",
    "summary.update": "Päivitä ”{name}”",
    "summary.createNew": "Luo uusi välilehti",
    "summary.cancel": "Peruuta",
    "summary.updated": "Päivitettiin välilehti ”{name}”.",
  },
  en: {
    "tab.checkShort": "Check",
    "tab.allocationShort": "Management",
    "tab.settingsShort": "Settings",

    "check.where": "{error, plural, =0 {No errors.} one {# error} other {# errors}}{where}",
    "check.whereSheets": " on the sheets {sheets}.",
    "check.whereSheet": " on the sheet {sheets}.",

    "overview.title": "Overview",
    "overview.label": "Sheets and tables, coloured by their worst open finding",
    "overview.clean": "clean",
    "n.error": "{count, plural, one {# error} other {# errors}}",
    "n.warning": "{count, plural, one {# warning} other {# warnings}}",
    "n.info": "{count, plural, one {# note} other {# notes}}",
    "overview.goTo": "Show the findings of the sheet {sheet}",

    "group.showNotes": "Show {count, plural, one {# note} other {# notes}}",
    "group.hideNotes": "Hide notes",

    "step.label": "Step through the findings",
    "step.previous": "Previous",
    "step.next": "Next",
    "step.position": "{index}/{total}",
    "step.hint": "Shortcuts: Alt+Page Down next, Alt+Page Up previous finding.",

    "evidence.title": "Computed from",
    "evidence.goTo": "Select {range}",
    "evidence.none": "No source cells.",

    "legend.title": "Mark colours",
    "legend.error": "Error: the value does not agree",
    "legend.warning": "Warning: check the cell",
    "legend.info": "Note: rounding or information",
    "legend.selected": "Selected cell",
    "legend.related": "Cells the expected value was computed from",
    "legend.cause": "Probable cause",

    "cause.title": "Probable cause: {cell}",
    "cause.goTo": "Go to the cause",
    "cause.consequences": "{count, plural, one {# consequence} other {# consequences}}",

    "summary.updateTitle": "Update the summary?",
    "summary.updateBody": "The workbook already has the sheet “{name}” that this add-in created. Its contents can be computed again, or a new sheet can be added. Your own sheets are not changed.",
    "summary.update": "Update “{name}”",
    "summary.createNew": "Create a new sheet",
    "summary.cancel": "Cancel",
    "summary.updated": "Updated the sheet “{name}”.",
  },
};
