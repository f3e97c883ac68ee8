/**
 * Engine benchmark (`npm run bench`): a generated workbook of 200 vastuualue sheets shaped like
 * the sample, tables moved a little on each sheet. Prints load time (ExcelJS + grids), check time
 * (recognition + rules), their ratio, peak memory, and the sample workbook's check time after
 * load. Figures only; no thresholds are asserted here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/core/check";
import { gridsFromText } from "../src/hosts/text";
import { gridsFromWorkbook } from "../src/hosts/xlsx";
import { SAMPLE_XLSX, SEED_TEXT, figureSections, writeAreaSheet } from "../scripts/build-sample";

const SHEETS = 200;
const RUNS = 5;

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function generate(file: string): Promise<number> {
  const areas = gridsFromText(fs.readFileSync(SEED_TEXT, "utf8")).map(figureSections);
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < SHEETS; i++) {
    const source = areas[i % areas.length];
    const name = `Alue ${String(i + 1).padStart(3, "0")}`;
    const rows = [[`${name.toUpperCase()} VASTUUALUE`], ...source.rows.slice(1)];
    // Positions vary so recognition cannot lean on fixed coordinates.
    writeAreaSheet(wb.addWorksheet(name), { sheet: name, rows }, { row: i % 4, col: (i * 7) % 3 });
  }
  await wb.xlsx.writeFile(file);
  return fs.statSync(file).size;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bt-bench-"));
  try {
    const file = path.join(dir, "bench-200.xlsx");
    const size = await generate(file);
    global.gc?.();
    sampleHeap();

    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const t1 = performance.now();
    const grids = gridsFromWorkbook(wb);
    const t2 = performance.now();
    sampleHeap();

    const checkTimes: number[] = [];
    let tables = 0;
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const result = checkWorkbook(grids, { population: { 2024: 7008 } });
      checkTimes.push(performance.now() - s);
      tables = result.tables.length;
      findings = result.findings.length;
      sampleHeap();
    }
    const load = t2 - t0;
    const check = median(checkTimes);

    const sampleWb = new ExcelJS.Workbook();
    await sampleWb.xlsx.readFile(SAMPLE_XLSX);
    const sampleGrids = gridsFromWorkbook(sampleWb);
    checkWorkbook(sampleGrids); // warm-up: first call pays for JIT compilation
    const sampleTimes: number[] = [];
    for (let i = 0; i < 21; i++) {
      const s = performance.now();
      checkWorkbook(sampleGrids, { population: { 2024: 7008 } });
      sampleTimes.push(performance.now() - s);
    }
    sampleHeap();

    const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
    const out = [
      `Generated workbook: ${SHEETS} sheets, ${cells} cells, ${(size / 1024).toFixed(0)} KiB`,
      `Recognised: ${tables} tables, ${findings} findings`,
      `Load (ExcelJS read):         ${ms(t1 - t0)}`,
      `Load (gridsFromWorkbook):    ${ms(t2 - t1)}`,
      `Load total:                  ${ms(load)}`,
      `Recognise + check (median of ${RUNS}): ${ms(check)}  [min ${ms(Math.min(...checkTimes))}, max ${ms(Math.max(...checkTimes))}]`,
      `Check / load:                ${((check / load) * 100).toFixed(1)} %`,
      `Peak RSS:                    ${mb(process.resourceUsage().maxRSS * 1024)}`,
      `Peak heapUsed (sampled):     ${mb(peakHeap)}`,
      `Sample workbook check after load (median of 21): ${ms(median(sampleTimes))}  [min ${ms(Math.min(...sampleTimes))}, max ${ms(Math.max(...sampleTimes))}]`,
    ];
    process.stdout.write(out.join("\n") + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
