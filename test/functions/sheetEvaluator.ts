import Decimal from "decimal.js";
import { a1, parseRange } from "../../src/core/address";
import { Grid, cellAt, isCellError } from "../../src/core/grid";
import { parseCell } from "../../src/core/numbers";
import { SheetCell, SheetData } from "../../src/core/sheetData";
import { CellResolver, FormulaValue, evaluateFormula } from "../../src/core/formula/evaluate";
import * as fns from "../../src/functions/functions";

/**
 * Evaluates a created sheet the way Excel would with the add-in loaded: ordinary formulas through
 * the engine's small evaluator, `BUDJETTI.*` calls through our custom functions, spilled results
 * into the cells below their anchor. Source sheets are read from grids (Finnish text numbers too).
 */
const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  PERRESIDENT: fns.perResident,
  CHANGE: fns.change,
  CHANGEPCT: fns.changePct,
  SHARE: fns.share,
  ALLOCATE: fns.allocate,
  IMPLIEDTOTAL: fns.impliedTotal,
  SUMDIFF: fns.sumDiff,
};

type Raw = Decimal | string | boolean | null | { error: string };
type Result = FormulaValue | Raw[][];

export function sheetEvaluator(name: string, data: SheetData, sources: readonly Grid[]) {
  const byAddress = new Map<string, SheetCell>(data.cells.map((c) => [c.address, c]));
  const spilledFrom = new Map<string, { anchor: string; index: number }>();
  for (const c of data.cells) {
    if (!c.spill) continue;
    const { range } = parseRange(c.spill.range);
    let index = 0;
    for (let r = range.top; r <= range.bottom; r++)
      for (let col = range.left; col <= range.right; col++) spilledFrom.set(a1(r, col), { anchor: c.address, index: index++ });
  }
  const memo = new Map<string, Result>();

  const raw = (sheet: string, row: number, col: number): Raw => {
    if (sheet === name) {
      const address = a1(row, col);
      const owner = spilledFrom.get(address);
      if (owner && owner.anchor !== address) {
        const m = evaluateCell(owner.anchor);
        return Array.isArray(m) ? m.flat()[owner.index] : { error: "#SPILL!" };
      }
      const cell = byAddress.get(address);
      if (!cell) return null;
      if (cell.formula) {
        const v = evaluateCell(address);
        return Array.isArray(v) ? v[0][0] : v;
      }
      if (typeof cell.value === "number") return new Decimal(cell.value);
      return cell.value ?? null;
    }
    const grid = sources.find((g) => g.sheet === sheet);
    if (!grid) return { error: "#REF!" };
    const v = cellAt(grid, row, col);
    if (v !== null && typeof v === "object" && isCellError(v)) return { error: v.error };
    const p = parseCell(v);
    return p.kind === "number" ? p.value : p.kind === "empty" ? null : typeof v === "string" ? v : String(v);
  };

  const toArg = (v: Raw): unknown => (v instanceof Decimal ? v.toNumber() : v);

  const callBudjetti = (fn: string, argText: string): Result => {
    const impl = FUNCTIONS[fn];
    if (!impl) return { error: "#NAME?" };
    const args = argText.split(",").map((a) => {
      const text = a.trim().replace(/\$/g, "");
      if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
      const { sheet, range } = parseRange(text);
      const rows: unknown[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const cells: unknown[] = [];
        for (let c = range.left; c <= range.right; c++) cells.push(toArg(raw(sheet ?? name, r, c)));
        rows.push(cells);
      }
      return text.includes(":") ? rows : rows[0][0];
    });
    const out = (impl as (...a: unknown[]) => unknown)(...args);
    if (typeof out === "number") return new Decimal(out);
    if (Array.isArray(out)) return out.map((r: unknown[]) => r.map((x) => (typeof x === "number" ? new Decimal(x) : { error: String((x as { code: string }).code) })));
    return { error: (out as { code: string }).code };
  };

  const resolver: CellResolver = (sheet, row, col) => {
    const v = raw(sheet, row, col);
    return v;
  };

  function evaluateCell(address: string): Result {
    const cached = memo.get(address);
    if (cached !== undefined) return cached;
    const formula = byAddress.get(address)?.formula ?? "";
    const m = /^=BUDJETTI\.([A-Z]+)\((.*)\)$/.exec(formula);
    const result = m ? callBudjetti(m[1], m[2]) : evaluateFormula(formula, name, resolver);
    memo.set(address, result);
    return result;
  }

  /** The value shown in a cell: a Decimal, text, an error, or null. */
  return (address: string): Raw => {
    const { range } = parseRange(address);
    return raw(name, range.top, range.left);
  };
}

/** A shown value as the plain string `expected` uses (`-93951`, `#VALUE!`). */
export function shown(v: Raw): string {
  if (v instanceof Decimal) return v.toDecimalPlaces(6).toFixed();
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return String(v);
}
