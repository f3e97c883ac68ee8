import Decimal from "decimal.js";
import { readFileSync } from "fs";
import * as path from "path";
import { a1 } from "../../src/core/address";
import { BudgetModel, ColumnKind, LabeledRow, UnitBlock, YearColumn, YksikotTable } from "../../src/core/model";
import { parseCell } from "../../src/core/numbers";
import { CellValue } from "../../src/core/grid";

/** A management unit block, hand-built: keys by year and the MENOT figures per column. */
export interface UnitSpec {
  name: string;
  keys: [number, string][];
  menot?: CellValue[];
  nettomeno?: CellValue[];
}

export interface AreaSpec {
  sheet: string;
  area?: string;
  columns: [ColumnKind, number][];
  units: UnitSpec[];
}

function labeled(label: string, row: number, values: CellValue[]): LabeledRow {
  return {
    label,
    key: label.toLowerCase(),
    row,
    labelCell: a1(row, 0),
    cells: values.map((v, i) => {
      const parsed = parseCell(v);
      return { cell: a1(row, i + 1), row, col: i + 1, parsed, value: parsed.kind === "number" ? parsed.value : null };
    }),
  };
}

/** A model whose sheets each hold one yksiköt table with the given units from row 10 down. */
export function modelOf(areas: AreaSpec[]): BudgetModel {
  return {
    sheets: areas.map((spec) => {
      const columns: YearColumn[] = spec.columns.map(([kind, year], i) => ({
        kind,
        year,
        label: `${kind} ${year}`,
        col: i + 1,
        headerRange: a1(8, i + 1),
        starred: false,
      }));
      let row = 10;
      const units: UnitBlock[] = spec.units.map((u) => {
        const nameRow = row;
        const unit: UnitBlock = {
          name: u.name,
          nameRow,
          nameCell: a1(nameRow, 0),
          management: true,
          keys: u.keys.map(([year, pct]) => ({ year, percent: new Decimal(pct), text: `${pct} % v. ${year}`, cell: a1(nameRow, 0) })),
        };
        if (u.menot) unit.menot = labeled("MENOT", nameRow + 1, u.menot);
        if (u.nettomeno) unit.nettomeno = labeled("NETTOMENO", nameRow + 3, u.nettomeno);
        row += 4;
        return unit;
      });
      const area = spec.area ?? spec.sheet;
      const table: YksikotTable = {
        kind: "yksikot",
        sheet: spec.sheet,
        area,
        range: `A9:${a1(row, columns.length)}`,
        top: 8,
        left: 0,
        bottom: row,
        right: columns.length,
        labelCol: 0,
        columns,
        units,
      };
      return { sheet: spec.sheet, area, tables: [table], observations: [] };
    }),
  };
}

export function seedText(): string {
  return readFileSync(path.resolve(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
}
