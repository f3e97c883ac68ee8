/**
 * Profiling harness, not part of `npm run bench`:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [sheets] [runs]
 * Loads a generated workbook once and runs the check `runs` times, so the profile is the check.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/core/check";
import { gridsFromWorkbook } from "../src/hosts/xlsx";
import { writeBenchWorkbook } from "./workbook";

async function main(): Promise<void> {
  const sheets = Number(process.argv[2] ?? 200);
  const runs = Number(process.argv[3] ?? 20);
  const file = path.join(os.tmpdir(), `bt-profile-${sheets}.xlsx`);
  if (!fs.existsSync(file)) await writeBenchWorkbook(file, sheets);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grids = gridsFromWorkbook(wb);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    checkWorkbook(grids, { population: { 2024: 7008 } });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`check ${sheets} sheets: median ${times[runs >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms\n`);
}

void main();
