/**
 * Custom-function benchmark: 10 000 calls of each function's logic (as Excel would call it, with
 * numbers and Finnish text numbers) and one allocation over 1 000 keys. Prints figures only.
 * Run: npx tsx bench/functions.ts
 */
import { performance } from "perf_hooks";
import {
  calcAllocate,
  calcChange,
  calcChangePercent,
  calcImpliedTotal,
  calcPerResident,
  calcShare,
  calcSumDiff,
} from "../src/functions/logic";

const CALLS = 10_000;

function time(label: string, calls: number, run: (i: number) => unknown): void {
  for (let i = 0; i < 200; i++) run(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < calls; i++) run(i);
  const ms = performance.now() - start;
  const per = (ms * 1000) / calls;
  console.log(`${label.padEnd(44)} ${String(calls).padStart(6)} calls  ${ms.toFixed(1).padStart(8)} ms  ${per.toFixed(1).padStart(7)} µs/call`);
}

/** Deterministic keys in thousandths of a percent that add up to exactly 100 %. */
function keys(n: number): number[][] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const weights = Array.from({ length: n }, () => 1 + next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const thousandths = weights.map((w) => Math.floor((w / sum) * 100_000));
  thousandths[0] += 100_000 - thousandths.reduce((a, b) => a + b, 0);
  return thousandths.map((t) => [t / 1000]);
}

const items = [[615100], ["62 000"], [0], ["435 000"], [null], ["sis. joht."]];
const keys3 = [[65.7], ["5,5"], [28.8]];

console.log(`Custom functions (pure logic, decimal.js), node ${process.version}`);
time("PERRESIDENT(-1871150 + i, 7008, 0)", CALLS, (i) => calcPerResident(-1871150 + i, 7008, 0));
time('PERRESIDENT("-1 871 150", "7 008", null)', CALLS, () => calcPerResident("-1 871 150", "7 008", null));
time("CHANGE(-2983250, -2759200 + i)", CALLS, (i) => calcChange(-2983250, -2759200 + i));
time("CHANGEPCT(-2983250, -2759200 + i, 1)", CALLS, (i) => calcChangePercent(-2983250, -2759200 + i, 1));
time("SHARE(143000 + i, 65.7, 0)", CALLS, (i) => calcShare(143000 + i, 65.7, 0));
time("ALLOCATE(143000 + i, 3 keys)", CALLS, (i) => calcAllocate(143000 + i, keys3, null));
time("IMPLIEDTOTAL(-93940 - i, 65.7, 0)", CALLS, (i) => calcImpliedTotal(-93940 - i, 65.7, 0));
time("SUMDIFF(1112100 + i, 6 items)", CALLS, (i) => calcSumDiff(1112100 + i, items));

const big = keys(1000);
const start = performance.now();
const parts = calcAllocate(143_000_000, big, 2);
const ms = performance.now() - start;
const sum = parts.reduce((acc, [p]) => acc + Math.round(p * 100), 0) / 100;
console.log(`${"ALLOCATE(143000000, 1 000 keys, 2 decimals)".padEnd(44)} ${"1".padStart(6)} call   ${ms.toFixed(1).padStart(8)} ms  (parts add up to ${sum.toFixed(2)})`);
