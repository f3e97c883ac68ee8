import { LabeledRow, YearColumn } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { BodyRow } from "./region";
import { normaliseLabel } from "./labels";

export function labeledRow(view: SheetView, body: BodyRow, labelCol: number, columns: readonly YearColumn[]): LabeledRow {
  return {
    label: body.label,
    key: normaliseLabel(body.label),
    row: body.row,
    labelCell: a1(body.row, Math.max(labelCol, 0)),
    cells: view.valueCells(body.row, columns),
  };
}
