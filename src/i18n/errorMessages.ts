import { Catalog } from "./translate";

/**
 * Errors a user can meet, in their language. A library's own words (ExcelJS, the browser,
 * Office) are kept, but only as a detail in parentheses after our sentence, so a Finnish reader
 * never gets a message that starts in English.
 */
export const errorMessages: Catalog = {
  fi: {
    "error.file.missing": "tiedostoa ei löydy",
    "error.file.not-a-file": "ei ole tiedosto",
    "error.file.not-xlsx": "ei ole .xlsx-työkirja",
    "error.file.legacy-or-encrypted": "vanha .xls-työkirja tai salasanalla suojattu työkirja; tallenna se .xlsx-muodossa ilman salasanaa",
    "error.file.corrupt": "tiedosto on vioittunut tai se ei ole .xlsx-työkirja",
    "error.file.unreadable": "tiedostoa ei voi lukea",
    "error.file.too-large": "liian suuri: osa {part} on purettuna yli {limit} (tarkistimen raja; talousarviotyökirjat jäävät kauas sen alle)",
    "error.file.too-large-total": "liian suuri: osat ovat purettuina yhteensä yli {limit} (tarkistimen raja; talousarviotyökirjat jäävät kauas sen alle)",
    "error.file.outside-sheet": "välilehdellä {sheet} on solu {cell} Excelin taulukon ulkopuolella (enintään 1 048 576 riviä ja sarake XFD)",
    "error.file.text-too-large": "liian suuri: tekstitiedosto on yli {limit} (tarkistimen raja; talousarviot jäävät kauas sen alle)",
    "error.file.too-many-cells": "yli {limit, number} solua (tarkistimen raja; talousarviotyökirjat jäävät kauas sen alle)",
    "error.file.sheet-name": "välilehden nimi {sheet} on pidempi kuin Excelin sallimat 31 merkkiä; lyhennä nimi",
    "error.detail": "{message} (tekninen tieto: {detail})",
    "error.clipboard": "Selain ei sallinut kopiointia leikepöydälle.",
    "error.host.noSheet": "Työkirjassa ei ole välilehteä ”{sheet}”.",
    "error.host.noCell": "Työkirjassa ei ole enää välilehteä ”{sheet}”, tai {range} ei ole sen solu.",
    "error.host.notOurs": "Välilehteä ”{sheet}” ei ole luonut tämä apuohjelma tähän tarkoitukseen, joten sitä ei muuteta.",
    "error.host.createdSheetGone": "Apuohjelman aiemmin luoma välilehti ei ole enää työkirjassa.",
    "error.host.saveSettings": "Apuohjelman asetuksia ei voitu tallentaa työkirjaan.",
  },
  en: {
    "error.file.missing": "file not found",
    "error.file.not-a-file": "not a file",
    "error.file.not-xlsx": "not an .xlsx workbook",
    "error.file.legacy-or-encrypted": "an old .xls or password-protected workbook; save it as .xlsx without a password",
    "error.file.corrupt": "the file is damaged or not an .xlsx workbook",
    "error.file.unreadable": "the file cannot be read",
    "error.file.too-large": "too large: part {part} unpacks to more than {limit} (this checker's limit; budget workbooks stay far below it)",
    "error.file.too-large-total": "too large: its parts unpack to more than {limit} together (this checker's limit; budget workbooks stay far below it)",
    "error.file.outside-sheet": "sheet {sheet} has a cell {cell} outside Excel's sheet (at most 1,048,576 rows and column XFD)",
    "error.file.text-too-large": "too large: the text file is over {limit} (this checker's limit; budget books stay far below it)",
    "error.file.too-many-cells": "more than {limit, number} cells (this checker's limit; budget workbooks stay far below it)",
    "error.file.sheet-name": "the sheet name {sheet} is longer than the 31 characters Excel allows; shorten it",
    "error.detail": "{message} (technical detail: {detail})",
    "error.clipboard": "The browser did not allow copying to the clipboard.",
    "error.host.noSheet": "The workbook has no sheet named \"{sheet}\".",
    "error.host.noCell": "The workbook has no sheet named \"{sheet}\" any more, or {range} is not a cell on it.",
    "error.host.notOurs": "The sheet \"{sheet}\" was not created by the add-in for this; it is left as it is.",
    "error.host.createdSheetGone": "The sheet the add-in created earlier is no longer in the workbook.",
    "error.host.saveSettings": "Could not save the add-in's settings in the workbook.",
  },
};
