import { LabeledRow, YearColumn } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { BodyRow } from "./region";

export function labeledRow(view: SheetView, body: BodyRow, labelCol: number, columns: readonly YearColumn[]): LabeledRow {
  return {
    label: body.label,
    key: body.reading.key,
    row: body.row,
    labelCell: a1(body.row, Math.max(labelCol, 0)),
    cells: view.valueCells(body.row, columns),
  };
}
