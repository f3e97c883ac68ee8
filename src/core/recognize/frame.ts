import { TableKind } from "../findings";
import { YearColumn } from "../model";
import { rangeA1 } from "../address";
import { SheetView } from "./sheetView";
import { TableRegion } from "./region";

/**
 * The fields every table shares, for a table spanning the header down to `bottom`. Readers make
 * their table by assigning their own fields onto it (`Object.assign(frame, { kind, … })`): a spread
 * of the frame followed by more fields takes V8's slow path for every field added, some µs a table.
 */
export function tableFrame(view: SheetView, kind: TableKind, region: TableRegion, area: string, bottom: number, top = region.header.top) {
  const left = Math.min(region.labelCol, region.header.left);
  const right = region.header.right;
  const columns: YearColumn[] = region.header.columns;
  return {
    kind,
    sheet: view.sheet,
    area,
    range: rangeA1(top, Math.max(left, 0), bottom, right),
    top,
    left,
    bottom,
    right,
    labelCol: region.labelCol,
    columns,
  };
}
