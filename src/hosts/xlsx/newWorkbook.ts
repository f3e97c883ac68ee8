import type ExcelJS from "exceljs";
import Workbook from "exceljs/lib/doc/workbook";

/**
 * An empty ExcelJS workbook, under Node. ExcelJS's index also loads its streaming reader and
 * writer (unzipper and its helpers), which reading a whole file never uses: half of the library's
 * load time, paid at every start of the CLI and of each batch worker. The browser bundle takes
 * newWorkbook.browser.ts instead (webpack.config.js), where the library is one prebuilt file.
 */
export function newWorkbook(): ExcelJS.Workbook {
  return new Workbook();
}
