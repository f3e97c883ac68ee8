/**
 * Golden output for speed work (`npx tsx bench/golden.ts write DIR`, then `… compare DIR`): the
 * findings (every field, causes and patterns included) and every recorded equation's verdict, for
 * the sample, the bench books of 50 / 200 / 800 sheets and every corpus table. A change that is
 * only meant to be faster must leave all of it byte-identical; `compare` prints the first line
 * that differs in each book and exits 1 when any does.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type * as Check from "../src/core/check";
import type * as Xlsx from "../src/hosts/xlsx";
import type { Grid } from "../src/core/grid";
import { SAMPLE_XLSX } from "../scripts/build-sample";
import { CORPUS } from "../test/corpus/fixtures";
import { buildWorkbook } from "../test/corpus/build";
import { benchWorkbook } from "./workbook";
import { engineModule } from "./engine";

const { checkWorkbook } = engineModule<typeof Check>("core/check");
const { gridsFromWorkbook } = engineModule<typeof Xlsx>("hosts/xlsx");

interface Book {
  name: string;
  grids: () => Promise<Grid[]>;
  population?: Record<number, number>;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<Grid[]> {
  // Written and read back, as the CLI sees a file: number formats and values as stored.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return gridsFromWorkbook(back);
}

function books(): Book[] {
  const list: Book[] = [
    {
      name: "sample",
      population: { 2024: 7008 },
      grids: async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(SAMPLE_XLSX);
        return gridsFromWorkbook(wb);
      },
    },
  ];
  for (const sheets of [50, 200, 800]) list.push({ name: `bench-${sheets}`, population: { 2024: 7008 }, grids: () => roundTrip(benchWorkbook(sheets)) });
  for (const table of CORPUS) list.push({ name: `corpus-${table.id}`, grids: () => roundTrip(buildWorkbook(table)) });
  return list;
}

/** One line per finding, then one per equation: rule, target, column, cells and verdict. */
function dump(grids: Grid[], population: Record<number, number> | undefined): string {
  const result = checkWorkbook(grids, population ? { population } : {});
  const lines = result.findings.map((f) => JSON.stringify(f));
  for (const e of result.equations) {
    const cells = e.cells.map((c) => `${c.sheet}!${c.cell}`).join(",");
    lines.push(`${e.rule}|${e.relation ?? ""}|${e.target.sheet}!${e.target.cell}|${e.column ?? ""}|${cells}|${e.evaluate()}`);
  }
  return lines.join("\n") + "\n";
}

function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n    golden: ${(x[i] ?? "(none)").slice(0, 400)}\n    now:    ${(y[i] ?? "(none)").slice(0, 400)}`;
  }
  return "";
}

async function main(): Promise<void> {
  const [mode, dirArg, only] = process.argv.slice(2);
  if ((mode !== "write" && mode !== "compare") || !dirArg) {
    process.stderr.write("usage: npx tsx bench/golden.ts write|compare DIR [name-substring]\n");
    process.exit(2);
  }
  const dir = path.resolve(dirArg);
  fs.mkdirSync(dir, { recursive: true });
  let differing = 0;
  for (const book of books()) {
    if (only && !book.name.includes(only)) continue;
    const text = dump(await book.grids(), book.population);
    const file = path.join(dir, `${book.name}.txt`);
    if (mode === "write") {
      fs.writeFileSync(file, text);
      continue;
    }
    const golden = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (golden === text) continue;
    differing++;
    process.stdout.write(`${book.name}: differs at ${firstDifference(golden, text)}\n`);
  }
  if (mode === "compare") process.stdout.write(differing ? `${differing} book(s) differ\n` : "all books identical\n");
  process.exit(differing ? 1 : 0);
}

void main();
