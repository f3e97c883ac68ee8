export { renderCsv, csvField, csvDialect } from "./csv";
export { renderHtml, escapeHtml } from "./html";
export { renderTsv } from "./plainText";
export { reportFileName, formatDateTime } from "./report";
export type { ReportInput } from "./report";
