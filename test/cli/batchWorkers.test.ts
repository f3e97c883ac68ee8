import { SpawnSyncReturns, spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { CONSISTENT_KAYTTOTALOUS, SAMPLE_XLSX, tempDir, writeRows } from "./helpers";
import { builtCli, typeCheckedBin } from "../support/builtCli";

/**
 * A batch on worker threads, through the compiled CLI (a worker run from TypeScript sources
 * compiles the engine again first, and this thread had checked every file by then). The order in
 * which threads reach files is taken out of the machine's hands by a preloaded hook
 * (batchWorkers.hook.js, see its variables), which also logs which thread answered each file.
 */
const HOOK = path.join(__dirname, "batchWorkers.hook.js");
const TITLE = "Budjettitarkistimen raportti: ";

let bin: string;
let dir: string;
let sampleA: string;
let sampleB: string;
let clean: string;
let clean2: string;
let broken: string;
let failing: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const asRun = (r: SpawnSyncReturns<string>): Run => {
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The compiled CLI as a user runs it. */
function cli(...args: string[]): Run {
  return asRun(spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" }));
}

/** The compiled CLI with the hook set by `hook`; also what the hook logged, as [file index, thread id]. */
function hookedCli(hook: Record<string, string>, ...args: string[]): Run & { answered: [number, number][] } {
  const log = path.join(dir, `answered-${Math.random().toString(36).slice(2)}.log`);
  const env = { ...process.env, BT_HOOK_BATCH: path.join(path.dirname(bin), "../dist/node/cli/batch"), BT_HOOK_LOG: log, ...hook };
  const run = asRun(spawnSync(process.execPath, ["-r", HOOK, bin, ...args], { encoding: "utf8", env }));
  let lines: string[] = [];
  try {
    lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
  } catch {
    // No file answered at all: the assertions say so.
  }
  return { ...run, answered: lines.map((l) => l.split(" ").map(Number) as [number, number]) };
}

const titles = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith(TITLE));
const byIndex = (answered: [number, number][]) => [...answered].sort((a, b) => a[0] - b[0]);
const MAIN_THREAD = 0;

describe("check on many files, on worker threads (compiled CLI)", () => {
  beforeAll(async () => {
    bin = typeCheckedBin(await builtCli());
    dir = await tempDir();
    sampleA = path.join(dir, "kemijarvi-a.xlsx");
    sampleB = path.join(dir, "kemijarvi-b.xlsx");
    failing = path.join(dir, "kaatuu.xlsx");
    for (const copy of [sampleA, sampleB, failing]) await fs.copyFile(SAMPLE_XLSX, copy);
    clean = path.join(dir, "kunnossa.xlsx");
    await writeRows(clean, "Kunnossa", CONSISTENT_KAYTTOTALOUS);
    clean2 = path.join(dir, "kunnossa-2.xlsx");
    await fs.copyFile(clean, clean2);
    broken = path.join(dir, "rikki.xlsx");
    await fs.writeFile(broken, "this is not a zip");
  }, 120_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("checks files on worker threads and prints every report in command-line order, exiting with the worst code", () => {
    // Exit codes 1, 2, 0, 1, 0: the worst is neither the first nor the last.
    const files = [sampleA, broken, clean, sampleB, clean2];
    const oneByOne = cli("check", "--jobs", "1", ...files);
    // Two workers claim a file each before this thread claims any, and the first file is answered
    // only after all the others: its report has to be held back to come out first.
    const threaded = hookedCli({ BT_HOOK_MAIN: "after-workers", BT_HOOK_LAST: "0", BT_HOOK_FILES: String(files.length) }, "check", "--jobs", "3", ...files);

    expect(byIndex(threaded.answered).map(([index]) => index)).toEqual([0, 1, 2, 3, 4]);
    expect(threaded.answered[threaded.answered.length - 1][0]).toBe(0);
    expect(threaded.answered.filter(([, thread]) => thread !== MAIN_THREAD).length).toBeGreaterThanOrEqual(2);

    expect(titles(threaded.stdout)).toEqual([sampleA, clean, sampleB, clean2].map((f) => TITLE + f));
    expect(threaded.stdout).toBe(oneByOne.stdout);
    expect(threaded.stderr).toBe(oneByOne.stderr);
    expect(threaded.stderr).toContain(broken);
    expect(oneByOne.code).toBe(2);
    expect(threaded.code).toBe(2);
  });

  // This thread claims no file, so after the death only a new worker can check the rest.
  let oneByOneOthers: string | undefined;
  it.each([
    ["throws", "throw", "worker failed on purpose"],
    ["ends its thread", "exit", "tarkistava säie pysähtyi (paluukoodi 7)"],
  ])("a worker that %s while holding a file gets that file reported as not checked; a new worker checks the rest", (_, how, why) => {
    const files = [sampleA, clean, failing, clean2, sampleB];
    const threaded = hookedCli({ BT_HOOK_MAIN: "never", BT_HOOK_FAIL: `${path.basename(failing)}=${how}` }, "check", "--jobs", "2", ...files);

    expect(threaded.code).toBe(2);
    expect(threaded.stderr).toBe(`budjettitarkistin: ${failing}: ${why}\n`);
    const others = files.filter((f) => f !== failing);
    oneByOneOthers ??= cli("check", "--jobs", "1", ...others).stdout;
    const withoutTotal = (stdout: string) => stdout.trimEnd().split("\n").slice(0, -1).join("\n");
    expect(withoutTotal(threaded.stdout)).toBe(withoutTotal(oneByOneOthers));
    expect(threaded.stdout.trimEnd().split("\n").pop()).toMatch(/^Kaikki tiedostot \(5 tiedostoa\): .*; 1 tiedostoa ei voitu tarkistaa$/);

    // One worker took the files before the failing one and died on it; its replacement took the rest.
    const answered = byIndex(threaded.answered);
    expect(answered.map(([index]) => index)).toEqual([0, 1, 3, 4]);
    const [first, , replacement] = answered.map(([, thread]) => thread);
    expect(answered.map(([, thread]) => thread)).toEqual([first, first, replacement, replacement]);
    expect(first).not.toBe(MAIN_THREAD);
    expect(replacement).not.toBe(MAIN_THREAD);
    expect(replacement).not.toBe(first);
  });
});
