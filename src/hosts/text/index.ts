export { gridsFromText, textCellCount } from "./gridsFromText";
export type { TextOptions } from "./gridsFromText";
export { excelSheetName, sectionTitle } from "./sections";
