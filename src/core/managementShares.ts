import { AllocationKey, BudgetModel, ColumnKind, UnitBlock, ValueCell, YksikotTable, tablesOf } from "./model";
import { findFirstColumn } from "./compare/columns";

/** One area's key for one year's shared management cost, and the budget column it is read from. */
export interface ManagementShare {
  table: YksikotTable;
  unit: UnitBlock;
  key: AllocationKey;
  /** Index into `table.columns`, or −1 when the table has no budget column for the key's year. */
  columnIndex: number;
}

/**
 * The budget column a key's year is allocated in: TA of that year (the budget the keys were
 * agreed for), else TA+MUUTOS (the seed's 2023 keys sit over `TA+MUUTOS 2023`), else KS.
 * The rules and the auditor's allocation view both read shares through here, so the findings and
 * the view always speak of the same cells.
 */
const BUDGET_KINDS: readonly ColumnKind[] = ["TA", "TA+MUUTOS", "KS"];

/** Every management unit's key in the workbook, by year, years ascending. */
export function managementSharesByYear(model: BudgetModel): Map<number, ManagementShare[]> {
  const byYear = new Map<number, ManagementShare[]>();
  for (const sheet of model.sheets) {
    for (const table of tablesOf(sheet, "yksikot")) {
      for (const unit of table.units) {
        if (!unit.management) continue;
        for (const key of unit.keys) {
          const columnIndex = findFirstColumn(BUDGET_KINDS.map((kind) => ({ kind, year: key.year })), table.columns);
          const share: ManagementShare = { table, unit, key, columnIndex };
          const list = byYear.get(key.year);
          if (list) list.push(share);
          else byYear.set(key.year, [share]);
        }
      }
    }
  }
  return new Map([...byYear.entries()].sort((a, b) => a[0] - b[0]));
}

/** The share's cell in one of its unit's rows, in the share's budget column. */
export function shareCell(share: ManagementShare, role: "menot" | "nettomeno"): ValueCell | undefined {
  return share.columnIndex >= 0 ? share.unit[role]?.cells[share.columnIndex] : undefined;
}
