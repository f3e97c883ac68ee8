import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { FirstCheck, Spent, firstCheck, firstCheckLines, medianSpent } from "../../bench/firstCheck";
import { SAMPLE_XLSX } from "../../scripts/build-sample";
import { builtCli, typeCheckedBin } from "../support/builtCli";
import { checkWorkbook } from "../../src/core/check";
import { gridsFromWorkbook } from "../../src/hosts/xlsx";

const spent = (wall: number, cpu: number, thread: number | null): Spent => ({ wall, cpu, thread });

describe("the first check in a new process", () => {
  let engineDir: string;
  beforeAll(async () => {
    // The CLI's compile (tsconfig.cli.json) is the engine the bench hands the child.
    engineDir = path.join(path.dirname(path.dirname(typeCheckedBin(await builtCli()))), "dist", "node");
  }, 120_000);

  it("reads and checks the book as the engine does in this process, and times start-up, load and check apart", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_XLSX);
    const here = checkWorkbook(gridsFromWorkbook(workbook), { population: { 2024: 7008 } });
    const run = firstCheck(engineDir, SAMPLE_XLSX);
    expect(run.findings).toBe(here.findings.length);
    for (const part of [run.startup, run.load, run.check]) {
      expect(part.wall).toBeGreaterThan(0);
      expect(part.cpu).toBeGreaterThan(0);
    }
  });

  it("names the book and the child's error when the book cannot be read", () => {
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bt-first-")), "ei-ole.xlsx");
    expect(() => firstCheck(engineDir, missing)).toThrow(/ei-ole\.xlsx[\s\S]*ENOENT/);
  });
});

describe("its lines in npm run bench", () => {
  const run = (load: Spent, check: Spent): FirstCheck => ({ startup: spent(300, 250, 200), load, check, findings: 1 });

  it("give each figure's median over the runs and the check / load ratios", () => {
    const runs = [run(spent(400, 500, 300), spent(900, 1200, 600)), run(spent(500, 700, 400), spent(1000, 1500, 700)), run(spent(450, 600, 350), spent(2000, 1400, 650))];
    expect(firstCheckLines(runs, 200)).toEqual([
      "First check in a new process, as `budjettitarkistin check` runs one book (200 sheets, medians of 3): start-up 300 ms, load 450 ms, recognise + check 1000 ms wall",
      "  check / load: wall 222 %; CPU 600 ms / 1400 ms, 233 %; main thread 350 ms / 650 ms, 186 %",
    ]);
  });

  it("leave out the main thread where a run could not read it", () => {
    expect(medianSpent([spent(1, 2, 3), spent(1, 2, null)]).thread).toBeNull();
    expect(firstCheckLines([run(spent(400, 500, null), spent(800, 1000, null))], 50)[1]).toBe("  check / load: wall 200 %; CPU 500 ms / 1000 ms, 200 %");
  });
});
