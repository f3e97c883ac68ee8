// ExcelJS ships types for its index only; its workbook module exports the same class.
declare module "exceljs/lib/doc/workbook" {
  import { Workbook } from "exceljs";
  export default Workbook;
}
