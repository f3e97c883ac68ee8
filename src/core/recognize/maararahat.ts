import { MaararahatRow, MaararahatTable, Observation } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { TableRegion } from "./region";
import { labeledRow } from "./rows";
import { tableFrame } from "./frame";

/** Määrärahat (appropriations): MENOT / TULOT / NETTOMENO for two years, change € and %. */
export function readMaararahat(view: SheetView, region: TableRegion, area: string, observations: Observation[]): MaararahatTable {
  const { header, labelCol } = region;
  const table: MaararahatTable = Object.assign(tableFrame(view, "maararahat", region, area, region.bottom), {
    kind: "maararahat" as const,
    title: labelCol >= view.left ? view.text(header.top, labelCol) : "",
  });
  if (header.changeEurCol !== undefined) table.changeEurCol = header.changeEurCol;
  if (header.changePctCol !== undefined) table.changePctCol = header.changePctCol;
  for (const b of region.rows) {
    if (b.role !== "menot" && b.role !== "tulot" && b.role !== "nettomeno") {
      observations.push({ kind: "unknown-row", sheet: view.sheet, cell: a1(b.row, Math.max(labelCol, 0)), text: b.label, table: "maararahat" });
      continue;
    }
    const row: MaararahatRow = labeledRow(view, b, labelCol, header.columns);
    if (header.changeEurCol !== undefined) row.changeEur = view.valueCell(b.row, header.changeEurCol);
    if (header.changePctCol !== undefined) row.changePct = view.valueCell(b.row, header.changePctCol);
    if (table[b.role]) {
      observations.push({ kind: "unknown-row", sheet: view.sheet, cell: row.labelCell, text: b.label, table: "maararahat" });
    } else if (b.role === "menot") table.menot = row;
    else if (b.role === "tulot") table.tulot = row;
    else table.nettomeno = row;
  }
  return table;
}
