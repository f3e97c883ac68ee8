import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function run(...argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

export const SAMPLE_XLSX = path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.xlsx");
export const SAMPLE_TXT = path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt");

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "bt-cli-"));
}

/** A temporary folder made before the file's (or describe block's) tests and removed after them. */
export function useTempDir(): { readonly dir: string; file(...parts: string[]): string } {
  let dir = "";
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    file: (...parts) => path.join(dir, ...parts),
  };
}

/** The SHA-256 of a file: tests compare it before and after to show a file was left untouched. */
export async function digest(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

/** A käyttötalous whose lines add up to their totals: it checks clean (no errors, exit 0). */
export const CONSISTENT_KAYTTOTALOUS: readonly (readonly (string | number | null)[])[] = [
  ["TEKNINEN VASTUUALUE"],
  [],
  [null, "TP", "TA"],
  [null, 2023, 2024],
  ["TOIMINTATUOTOT", null, null],
  ["Myyntituotot", 100, 120],
  ["Maksutuotot", 50, 40],
  ["TOIMINTATUOTOT", 150, 160],
  ["TOIMINTAKULUT", null, null],
  ["Henkilöstökulut", -300, -310],
  ["Palvelujen ostot", -200, -190],
  ["TOIMINTAKULUT", -500, -500],
  ["TOIMINTAKATE/JÄÄMÄ", -350, -340],
];

/**
 * Writes `rows` to sheet `sheet` of a new workbook at `file`, the first row and column at `at`
 * (1-based); `edit` may change the sheet (a formula, say) before it is saved.
 */
export async function writeRows(
  file: string,
  sheet: string,
  rows: readonly (readonly (string | number | null)[])[],
  at = { row: 1, col: 1 },
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, i) => row.forEach((v, c) => v !== null && (ws.getCell(i + at.row, c + at.col).value = v)));
  edit?.(ws);
  await wb.xlsx.writeFile(file);
}
