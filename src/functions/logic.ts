import Decimal from "decimal.js";
import { excelRound } from "../core/arithmetic/rounding";
import { perResident } from "../core/arithmetic/perResident";
import { changeEuro, changePercent } from "../core/arithmetic/change";
import { AllocationKeysError, allocate, impliedTotal, shareOf, sumOf } from "../core/arithmetic/allocation";
import { FunctionError } from "./errors";
import { ArgName, readCell, readDecimals, readMatrix, readNumber } from "./inputs";

/**
 * The custom functions' logic without Office: inputs as Excel passes them (numbers, texts, null
 * for an omitted argument), results as plain numbers, bad input as a thrown FunctionError.
 * The arithmetic is the engine's own (src/core/arithmetic), in decimal.js.
 */

function rounded(value: Decimal, decimals: number | null): number {
  return (decimals === null ? value : excelRound(value, decimals)).toNumber();
}

function divisionByZero(): FunctionError {
  return new FunctionError("#DIV/0!", "fn.divideByZero");
}

/** €/asukas: amount / population, rounded to `decimals` when given (Excel ROUND). */
export function calcPerResident(amount: unknown, population: unknown, decimals: unknown): number {
  const a = readNumber(amount, "amount");
  const p = readNumber(population, "population");
  const d = readDecimals(decimals, null);
  if (p.isZero()) throw divisionByZero();
  if (p.isNegative()) throw new FunctionError("#VALUE!", "fn.populationNegative", { value: p.toFixed() });
  return rounded(perResident(a, p), d);
}

/** Change € = new − old. */
export function calcChange(newValue: unknown, oldValue: unknown): number {
  return changeEuro(readNumber(newValue, "newValue"), readNumber(oldValue, "oldValue")).toNumber();
}

/** Change % = (new / old − 1) × 100; #DIV/0! when old is 0, as Excel's own formula would give. */
export function calcChangePercent(newValue: unknown, oldValue: unknown, decimals: unknown): number {
  const n = readNumber(newValue, "newValue");
  const o = readNumber(oldValue, "oldValue");
  const d = readDecimals(decimals, null);
  const pct = changePercent(n, o);
  if (pct === null) throw divisionByZero();
  return rounded(pct, d);
}

function readKey(value: unknown, arg: ArgName): Decimal {
  const k = readNumber(value, arg);
  if (k.isNegative()) throw new FunctionError("#VALUE!", "fn.keyNegative", { value: k.toFixed() });
  return k;
}

/** total × key % / 100. */
export function calcShare(total: unknown, key: unknown, decimals: unknown): number {
  const t = readNumber(total, "total");
  const k = readKey(key, "key");
  return rounded(shareOf(t, k), readDecimals(decimals, null));
}

/** The total an allocated amount implies: amount / key % × 100 (the auditor's back-calculation). */
export function calcImpliedTotal(amount: unknown, key: unknown, decimals: unknown): number {
  const a = readNumber(amount, "amount");
  const k = readKey(key, "key");
  const d = readDecimals(decimals, null);
  const implied = impliedTotal(a, k);
  if (implied === null) throw divisionByZero();
  return rounded(implied, d);
}

/** The keys of a range, row by row; every cell must hold a non-negative number. */
export function readKeys(keys: unknown): { keys: Decimal[]; rows: number; cols: number } {
  const m = readMatrix(keys);
  const parsed = m.cells.map((cell, i) => {
    const index = i + 1;
    const c = readCell(cell);
    if (c.kind === "empty") throw new FunctionError("#VALUE!", "fn.keyEmpty", { index });
    if (c.kind !== "number") throw new FunctionError("#VALUE!", "fn.keyNotNumber", { index, text: c.text });
    const k = c.value;
    if (k.isNegative()) throw new FunctionError("#VALUE!", "fn.keyNegative", { value: k.toFixed() });
    return k;
  });
  if (parsed.length === 0) throw new FunctionError("#VALUE!", "fn.keysNone");
  return { keys: parsed, rows: m.rows, cols: m.cols };
}

/**
 * Splits `total` by the keys with the largest-remainder method, so the parts (rounded to
 * `decimals`, whole euros by default) add up to the total rounded the same way. The result has
 * the keys' shape: a column of keys spills a column of parts.
 */
export function calcAllocate(total: unknown, keys: unknown, decimals: unknown): number[][] {
  const t = readNumber(total, "total");
  const k = readKeys(keys);
  const d = readDecimals(decimals, 0) ?? 0;
  let parts: Decimal[];
  try {
    parts = allocate(t, k.keys, d);
  } catch (e) {
    if (e instanceof AllocationKeysError) throw new FunctionError("#VALUE!", "fn.keysSum", { sum: e.sum.toFixed() });
    throw e;
  }
  const out: number[][] = [];
  for (let r = 0; r < k.rows; r++) out.push(parts.slice(r * k.cols, (r + 1) * k.cols).map((p) => p.toNumber()));
  return out;
}

/**
 * total − the sum of the items. Empty cells and markers (`sis. joht.`, `x`, `-`) in the items are
 * not figures and count as nothing; any other text is an error, never silently skipped.
 */
export function calcSumDiff(total: unknown, items: unknown): number {
  const t = readNumber(total, "total");
  const values: Decimal[] = [];
  readMatrix(items).cells.forEach((cell, i) => {
    const c = readCell(cell);
    if (c.kind === "number") values.push(c.value);
    else if (c.kind !== "empty" && c.kind !== "marker") throw new FunctionError("#VALUE!", "fn.itemNotNumber", { index: i + 1, text: c.text });
  });
  return t.minus(sumOf(values)).toNumber();
}
