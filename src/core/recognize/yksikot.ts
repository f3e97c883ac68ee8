import { AllocationKey, Observation, UnitBlock, YksikotTable } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { BodyRow, TableRegion } from "./region";
import { labeledRow } from "./rows";
import { readLabel } from "./labelReading";
import { tableFrame } from "./frame";
import { NO_KEYS, isManagementUnit, parseAllocationKeys } from "./keys";

/**
 * Unit blocks: a unit's name on a row of its own, then MENOT / TULOT / NETTOMENO; the blocks end
 * with `Vastuualue yhteensä`.
 */
export function readYksikot(
  view: SheetView,
  region: TableRegion,
  rows: readonly BodyRow[],
  area: string,
  observations: Observation[],
): YksikotTable | null {
  if (rows.length === 0) return null;
  const { header, labelCol } = region;
  const units: UnitBlock[] = [];
  let total: UnitBlock | undefined;
  let current: UnitBlock | undefined;
  const open = (b: BodyRow, isTotal: boolean): UnitBlock => {
    const nameCell = a1(b.row, Math.max(labelCol, 0));
    const keys = isTotal ? (NO_KEYS as AllocationKey[]) : parseAllocationKeys(b.label, nameCell);
    const unit: UnitBlock = {
      name: b.label,
      nameRow: b.row,
      nameCell,
      keys,
      management: !isTotal && isManagementUnit(b.label, keys),
    };
    if (isTotal) total = unit;
    else units.push(unit);
    return unit;
  };
  for (const b of rows) {
    const role = b.role;
    if (role === "menot" || role === "tulot" || role === "nettomeno") {
      if (!current) {
        // Figures with no unit name above them: keep them under an unnamed unit and say so.
        observations.push({ kind: "unknown-row", sheet: view.sheet, cell: a1(b.row, Math.max(labelCol, 0)), text: b.label, table: "yksikot" });
        current = open({ ...b, label: "", reading: readLabel("") }, false);
      }
      const target = current;
      const row = labeledRow(view, b, labelCol, header.columns);
      // Each role by its own name, not `target[role]`: a load keyed by a varying string is megamorphic.
      const taken = role === "menot" ? target.menot : role === "tulot" ? target.tulot : target.nettomeno;
      if (taken) {
        observations.push({ kind: "unknown-row", sheet: view.sheet, cell: row.labelCell, text: b.label, table: "yksikot" });
      } else if (role === "menot") target.menot = row;
      else if (role === "tulot") target.tulot = row;
      else target.nettomeno = row;
      continue;
    }
    if (role === "vastuualue-yhteensa") {
      current = open(b, true);
      continue;
    }
    if (b.hasValues) {
      observations.push({ kind: "unknown-row", sheet: view.sheet, cell: a1(b.row, Math.max(labelCol, 0)), text: b.label, table: "yksikot" });
      continue;
    }
    current = open(b, false);
  }
  for (const u of [...units, ...(total ? [total] : [])]) {
    if (!u.menot && !u.tulot && !u.nettomeno) {
      observations.push({ kind: "unit-without-rows", sheet: view.sheet, cell: u.nameCell, text: u.name, table: "yksikot" });
    }
  }
  const last = rows[rows.length - 1].row;
  const table: YksikotTable = Object.assign(tableFrame(view, "yksikot", region, area, last, rows === region.rows ? region.header.top : rows[0].row), {
    kind: "yksikot" as const,
    units: units.filter((u) => u.menot || u.tulot || u.nettomeno),
  });
  if (total) table.total = total;
  return table;
}
