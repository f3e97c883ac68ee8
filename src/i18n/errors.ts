import { XlsxReadError } from "../hosts/xlsx/errors";
import { Catalog, Params, Translate } from "./translate";

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
    "error.file.too-many-cells": "yli {limit} solua (tarkistimen raja; talousarviotyökirjat jäävät kauas sen alle)",
    "error.detail": "{message} (tekninen tieto: {detail})",
    "error.clipboard": "Selain ei sallinut kopiointia leikepöydälle.",
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
    "error.file.too-many-cells": "more than {limit} cells (this checker's limit; budget workbooks stay far below it)",
    "error.detail": "{message} (technical detail: {detail})",
    "error.clipboard": "The browser did not allow copying to the clipboard.",
  },
};

/** An error whose words are a message key, worded where it is shown (in the language then chosen). */
export class LocalizedError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
    readonly detail?: string,
  ) {
    super(detail ? `${key} (${detail})` : key);
    this.name = "LocalizedError";
  }
}

/**
 * The one line to show for an error, through a translator that includes `errorMessages`:
 * our sentence first, the library's text as a detail. An error we do not know is shown as it is
 * (it is a bug or the host's own message, and hiding it would not help).
 */
export function describeError(error: unknown, t: Translate): string {
  const withDetail = (message: string, detail?: string) => (detail ? t("error.detail", { message, detail }) : message);
  if (error instanceof XlsxReadError) return withDetail(`${error.path}: ${t(`error.file.${error.reason}`, error.params)}`, error.detail);
  if (error instanceof LocalizedError) return withDetail(t(error.key, error.params), error.detail);
  if (error instanceof Error) return error.message;
  return String(error);
}
