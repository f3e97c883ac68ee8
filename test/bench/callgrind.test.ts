import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { collected, perStep, valgrindVersion } from "../../bench/callgrind";

/** The end of callgrind's stderr as valgrind 3.19 writes it. */
const STDERR = [
  "==4242== Callgrind, a call-graph generating cache profiler",
  "==4242== For interactive control, run 'callgrind_control -h'.",
  "==4242== ",
  "==4242== Events    : Ir",
  "==4242== Collected : 5470887233",
  "==4242== ",
  "==4242== I   refs:      5,470,887,233",
].join("\n");

describe("callgrind's count", () => {
  it("is read from the Collected line, not the grouped I refs line", () => {
    expect(collected(STDERR)).toBe(5470887233);
  });

  it("is an error when valgrind printed none (it died before the end)", () => {
    expect(() => collected("==4242== Callgrind, a call-graph generating cache profiler\n")).toThrow('no "Collected" line');
  });
});

describe("instructions per step", () => {
  it("is the difference of the runs over the difference of their steps, so what both do once cancels", () => {
    const startup = 900;
    expect(perStep({ steps: 2, instructions: startup + 2 * 50, seconds: 1 }, { steps: 4, instructions: startup + 4 * 50, seconds: 2 })).toBe(50);
  });

  it("refuses runs whose second has no more steps than the first", () => {
    expect(() => perStep({ steps: 2, instructions: 10, seconds: 1 }, { steps: 2, instructions: 12, seconds: 1 })).toThrow("must have more");
  });
});

describe("valgrind missing", () => {
  it("is reported as no version, not as an error", () => {
    expect(valgrindVersion("valgrind-that-is-not-installed")).toBeUndefined();
  });
});

describe("npm run bench:instructions without valgrind", () => {
  it("says it skipped and exits 0", () => {
    // A PATH holding node alone: no valgrind to find.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), "bt-no-valgrind-"));
    try {
      fs.symlinkSync(process.execPath, path.join(bin, "node"));
      const repo = path.resolve(__dirname, "../..");
      const run = spawnSync(process.execPath, [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "bench/instructions.ts")], {
        cwd: repo,
        encoding: "utf8",
        env: { ...process.env, PATH: bin },
      });
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("bench:instructions skipped: valgrind is not installed here (Debian: apt-get install valgrind).\n");
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
    // tsx's start-up alone took 15 s while five engineers shared two cores.
  }, 60_000);
});
