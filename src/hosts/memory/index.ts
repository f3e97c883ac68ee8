export { MemoryHost, markKey } from "./MemoryHost";
export type { MemoryHostOptions, MemorySheet, MemorySelection, MemorySnapshot, CellMark } from "./MemoryHost";
export type { StatePersistence } from "./persistence";
export { parseStoredState } from "./persistence";
export { gridFromSheetData, spillAnchorOf } from "./sheetDataGrid";
