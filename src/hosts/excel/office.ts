import { ExcelHost, ExcelHostEnvironment } from "./ExcelHost";
import { officeDocumentSettings } from "./documentSettings";
import { DESKTOP_LIMITS, WEB_LIMITS } from "./readPlan";

/**
 * The Excel host wired to the running Office: `Excel.run`, the document's settings, the
 * payload limits of the platform (only Excel on the web has the 5 MB limit) and whether notes
 * exist (ExcelApi 1.18). Call after `Office.onReady`.
 */
export function officeEnvironment(): ExcelHostEnvironment {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    settings: officeDocumentSettings(),
    limits: Office.context.platform === Office.PlatformType.OfficeOnline ? WEB_LIMITS : DESKTOP_LIMITS,
    notesSupported: Office.context.requirements.isSetSupported("ExcelApi", "1.18"),
    areasSelectable: Office.context.requirements.isSetSupported("ExcelApi", "1.18"),
  };
}

export function createExcelHost(): ExcelHost {
  return new ExcelHost(officeEnvironment());
}
