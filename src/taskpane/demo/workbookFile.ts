import { Grid } from "../../core/grid";

/** A workbook the demo has read: its file name (for the report and stored state) and its sheets. */
export interface LoadedWorkbook {
  name: string;
  grids: Grid[];
}

export function looksLikeXlsx(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName);
}
