import Decimal from "decimal.js";
import { CellValue, Grid, cellAt } from "../../core/grid";
import { a1, parseA1 } from "../../core/address";
import { SheetData, spillArea } from "../../core/sheetData";
import { CellResolver, ExternalFunctions, FormulaValue, evaluateFormulaArea } from "../../core/formula/evaluate";

/**
 * A created sheet as a grid: formulas kept, and each formula cell's value computed from the
 * formulas by the core's evaluator over the workbook's other sheets, spills included, as Excel
 * would compute them. `functions` are the add-in's own functions (BUDJETTI.*); a formula calling
 * one that is not given shows #NAME?, as in an Excel without the add-in.
 */
export function gridFromSheetData(name: string, data: SheetData, others: readonly Grid[] = [], functions: ExternalFunctions = {}): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const ensure = (row: number, col: number) => {
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    for (const r of [values[row], formulas[row], numberFormats[row]]) while (r.length <= col) r.push(null);
  };

  const byAddress = new Map(data.cells.map((c) => [parseA1(c.address), c] as const).map(([p, c]) => [`${p.row},${p.col}`, c]));
  // Cells a spill fills, pointing at the formula that fills them.
  const spilledFrom = new Map<string, { anchor: string; index: number; columns: number; top: number; left: number }>();
  for (const cell of data.cells) {
    const area = spillArea(cell, data.cells);
    if (!area) continue;
    const anchor = parseA1(cell.address);
    area.cells.forEach((target, index) => {
      const p = parseA1(target.address);
      spilledFrom.set(`${p.row},${p.col}`, { anchor: `${anchor.row},${anchor.col}`, index, columns: area.columns, top: anchor.row, left: anchor.col });
    });
  }

  const computed = new Map<string, FormulaValue[][]>();
  const inProgress = new Set<string>();
  const evaluateAt = (key: string): FormulaValue[][] => {
    const known = computed.get(key);
    if (known) return known;
    const cell = byAddress.get(key);
    if (!cell?.formula) return [[cell?.value === undefined || cell.value === null ? "" : typeof cell.value === "number" ? new Decimal(cell.value) : cell.value]];
    // A formula that reaches itself is a circular reference; Excel shows 0 and warns, we show the error.
    if (inProgress.has(key)) return [[{ error: "#REF!" }]];
    inProgress.add(key);
    const result = evaluateFormulaArea(cell.formula, name, resolve, functions);
    inProgress.delete(key);
    computed.set(key, result);
    return result;
  };
  const grids = new Map(others.map((g) => [g.sheet.toLowerCase(), g]));
  const resolve: CellResolver = (sheet, row, col) => {
    if (sheet.toLowerCase() !== name.toLowerCase()) {
      const grid = grids.get(sheet.toLowerCase());
      return grid ? cellAt(grid, row, col) : { error: "#REF!" };
    }
    const key = `${row},${col}`;
    const spill = spilledFrom.get(key);
    if (spill && spill.anchor !== key) {
      const area = evaluateAt(spill.anchor);
      const r = Math.floor(spill.index / spill.columns);
      const c = spill.index % spill.columns;
      return area[r]?.[c] ?? { error: "#N/A" };
    }
    const cell = byAddress.get(key);
    if (!cell) return null;
    return evaluateAt(key)[0][0];
  };

  for (const cell of data.cells) {
    const { row, col } = parseA1(cell.address);
    ensure(row, col);
    numberFormats[row][col] = cell.numberFormat ?? null;
    if (!cell.formula) {
      values[row][col] = cell.value ?? null;
      continue;
    }
    formulas[row][col] = cell.formula;
    const result = evaluateAt(`${row},${col}`);
    const area = spillArea(cell, data.cells);
    if (!area) {
      values[row][col] = toCellValue(result[0][0]);
      continue;
    }
    area.cells.forEach((target, index) => {
      const p = parseA1(target.address);
      ensure(p.row, p.col);
      numberFormats[p.row][p.col] = cell.numberFormat ?? null;
      const v = result[Math.floor(index / area.columns)]?.[index % area.columns];
      values[p.row][p.col] = v === undefined ? { error: "#N/A" } : toCellValue(v);
    });
  }
  return { sheet: name, originRow: 0, originCol: 0, values, formulas, numberFormats };
}

function toCellValue(v: FormulaValue): CellValue {
  if (v instanceof Decimal) return v.toNumber();
  if (v === "") return null;
  return v;
}

/** The spill anchor of a cell of a created sheet, for the formula bar: `G2` for G3 when G2 spills into it. */
export function spillAnchorOf(data: SheetData, address: string): string | undefined {
  const at = parseA1(address);
  for (const cell of data.cells) {
    const area = spillArea(cell, data.cells);
    if (area && area.cells.some((c) => c.address === a1(at.row, at.col))) return cell.address;
  }
  return undefined;
}
