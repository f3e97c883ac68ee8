// The program whose instructions bench/instructions.ts counts under callgrind. Plain JavaScript, so
// nothing but the engine and ExcelJS is compiled inside valgrind.
//   node counted.cjs grids ENGINE_DIR BOOK GRIDS_FILE   (natively, before counting) the book's grids, v8-serialised
//   node counted.cjs check ENGINE_DIR GRIDS_FILE N      N recognise + checks of those grids
//   node counted.cjs load  ENGINE_DIR BOOK N            N loads of the book: ExcelJS's read and the engine's grids
//   cli-check, cli-load                                 the same in a process tiered as the CLI's (src/cli/tiering.ts)
// Counted with `node --single-threaded --predictable --predictable-gc-schedule`, twice with different
// N: the difference holds only the extra steps, so start-up, the requires, the grids' deserialising
// and the first step cancel (V8 goes on compiling for some ten checks: see README). No forced
// collections: each step pays for the garbage it makes, as it does in the CLI (a collection forced
// before every step made the counts of the same step differ by 10 % and doubled them).
"use strict";
const fs = require("fs");
const path = require("path");
const v8 = require("v8");

const [given, engineDir, file, arg] = process.argv.slice(2);
const engine = (rel) => require(path.join(path.resolve(engineDir), rel));
const asCli = given.startsWith("cli-");
const mode = asCli ? given.slice("cli-".length) : given;
// As bin/budjettitarkistin.js does before it loads anything.
if (asCli) engine("cli/tiering").tierForOneBook();

/** One load as the CLI does it, from bytes read synchronously (an asynchronous read goes through libuv's thread pool). */
async function load(ExcelJS, gridsFromWorkbook, book) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(book));
  return gridsFromWorkbook(workbook);
}

async function main() {
  if (mode === "grids") {
    const grids = await load(require("exceljs"), engine("hosts/xlsx").gridsFromWorkbook, file);
    fs.writeFileSync(arg, v8.serialize(grids));
  } else if (mode === "check") {
    const { checkWorkbook } = engine("core/check");
    const grids = v8.deserialize(fs.readFileSync(file));
    let findings = 0;
    // The same population as bench/run.ts, so the per-resident rules run.
    for (let i = 0; i < Number(arg); i++) findings += checkWorkbook(grids, { population: { 2024: 7008 } }).findings.length;
    process.stdout.write(`findings ${findings}\n`);
  } else if (mode === "load") {
    const ExcelJS = require("exceljs");
    const { gridsFromWorkbook } = engine("hosts/xlsx");
    let sheets = 0;
    // Each load's workbook and grids are let go before the next, as the CLI lets go of a book.
    for (let i = 0; i < Number(arg); i++) sheets += (await load(ExcelJS, gridsFromWorkbook, file)).length;
    process.stdout.write(`sheets ${sheets}\n`);
  } else {
    throw new Error(`unknown mode ${given}: grids, check, load, cli-check or cli-load`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
