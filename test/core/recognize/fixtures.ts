import { CellValue, Grid } from "../../../src/core/grid";

/** A grid from rows of cells, placed with its top-left cell at (row, col) of the sheet. */
export function gridAt(sheet: string, row: number, col: number, rows: CellValue[][]): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < row; r++) values.push([]);
  for (const cells of rows) values.push([...Array<CellValue>(col).fill(null), ...cells]);
  return { sheet, originRow: 0, originCol: 0, values };
}

/** Käyttötalous with two-row header, as the founding document lays it out. */
export const KAYTTOTALOUS_ROWS: CellValue[][] = [
  [null, "TP", "TA+MUUTOS", "TA"],
  [null, 2022, 2023, 2024],
  ["KÄYTTÖTALOUS", null, null, null],
  ["TOIMINTATUOTOT", null, null, null],
  ["Myyntituotot", 100, 200, 300],
  ["Vuokratuotot", 50, 60, 70],
  ["TOIMINTATUOTOT", 150, 260, 370],
  ["TOIMINTAKULUT", null, null, null],
  ["Henkilöstökulut", -400, -500, -600],
  ["Palvelujen ostot", -100, -100, -100],
  ["TOIMINTAKULUT", -500, -600, -700],
  ["TOIMINTAKATE/JÄÄMÄ", -350, -340, -330],
];
