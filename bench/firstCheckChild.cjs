// One book read and checked once in a fresh process, as `budjettitarkistin check BOOK` does it:
// everything runs cold (V8 has compiled nothing of ExcelJS or the engine yet). Run by bench/firstCheck.ts.
//   node firstCheckChild.cjs ENGINE_DIR BOOK   prints {"startup", "load", "check"}, each {wall, cpu, thread} in ms
"use strict";
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const started = { wall: performance.now(), ...cpuNow() };
const [engineDir, book] = process.argv.slice(2);
const engine = (rel) => require(path.join(path.resolve(engineDir), rel));

/** CPU of the process and of this thread (Linux /proc, clock ticks of 10 ms; null elsewhere), in ms. */
function cpuNow() {
  const u = process.cpuUsage();
  let thread = null;
  try {
    const stat = fs.readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    thread = (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    // Not Linux: the process's CPU only.
  }
  return { cpu: (u.user + u.system) / 1000, thread };
}

function since(start) {
  const now = { wall: performance.now(), ...cpuNow() };
  const spent = { wall: now.wall - start.wall, cpu: now.cpu - start.cpu, thread: start.thread === null ? null : now.thread - start.thread };
  return { spent, now };
}

async function main() {
  // As bin/budjettitarkistin.js does before it loads anything.
  engine("cli/tiering").tierForOneBook();
  const ExcelJS = require("exceljs");
  const { gridsFromWorkbook } = engine("hosts/xlsx");
  const { checkWorkbook } = engine("core/check");
  const startup = since(started);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(book));
  const grids = gridsFromWorkbook(workbook);
  const load = since(startup.now);
  // The same population as the rest of the bench, so the per-resident rules run.
  const findings = checkWorkbook(grids, { population: { 2024: 7008 } }).findings.length;
  const check = since(load.now);
  process.stdout.write(JSON.stringify({ startup: startup.spent, load: load.spent, check: check.spent, findings }) + "\n");
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
