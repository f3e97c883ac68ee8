import { Catalog } from "../../i18n/translate";

/** Words of a batch check (several files or a folder) that a single-file report does not need. */
export const batchMessages: Catalog = {
  fi: {
    "batch.title": "Budjettitarkistimen raportit",
    "batch.files": "{n, plural, one {# tiedosto} other {# tiedostoa}}",
    "batch.total": "Kaikki tiedostot ({files}): {counts}",
    "batch.notChecked": "{n, plural, one {# tiedostoa ei voitu tarkistaa} other {# tiedostoa ei voitu tarkistaa}}",
    "batch.noFiles": "kansioista ei löytynyt yhtään .xlsx-työkirjaa",
    "batch.problem": "Ei tarkistettu",
    "batch.report": "Raportti",
    "batch.written": "HTML-raportit ({n}) ja hakemisto kirjoitettu: {path}",
    "batch.htmlNotDir": "--html tarvitsee useaa tiedostoa tarkistettaessa kansion",
    "batch.workerStopped": "tarkistava säie pysähtyi (paluukoodi {code})",
    "batch.progressStart": "Tarkistetaan {files}…",
    "batch.progress": "Tarkistettu {done}/{total}: {file}",
  },
  en: {
    "batch.title": "Budget checker reports",
    "batch.files": "{n, plural, one {# file} other {# files}}",
    "batch.total": "All files ({files}): {counts}",
    "batch.notChecked": "{n, plural, one {# file could not be checked} other {# files could not be checked}}",
    "batch.noFiles": "no .xlsx workbook found in the folders",
    "batch.problem": "Not checked",
    "batch.report": "Report",
    "batch.written": "HTML reports ({n}) and index written: {path}",
    "batch.htmlNotDir": "--html needs a folder when several files are checked",
    "batch.workerStopped": "worker stopped (exit code {code})",
    "batch.progressStart": "Checking {files}…",
    "batch.progress": "Checked {done}/{total}: {file}",
  },
};
