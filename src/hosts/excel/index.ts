export { ExcelHost } from "./ExcelHost";
export type { ExcelHostEnvironment, ExcelRun } from "./ExcelHost";
export { createExcelHost, officeEnvironment } from "./office";
export type { DocumentSettings } from "./documentSettings";
export { DESKTOP_LIMITS, WEB_LIMITS } from "./readPlan";
export type { ReadLimits } from "./readPlan";
export { CAUSE_COLOUR, MARK_COLOURS } from "./markRecords";
