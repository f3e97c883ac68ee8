import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SAMPLE_XLSX } from "./helpers";
import { builtCli, typeCheckedBin } from "../support/builtCli";

let bin: string;

/**
 * The one test that goes through the built package bin, as `npx budjettitarkistin` does: the
 * package's bin script beside the CLI compiled by tsc -p tsconfig.cli.json into its outDir.
 */
describe("cli: the built bin", () => {
  beforeAll(async () => {
    // `npm run build:cli` fails on a type error in the CLI's sources, so this test does too.
    bin = typeCheckedBin(await builtCli());
  }, 120_000);

  it("checks the sample and exits with the engine's verdict", () => {
    const r = spawnSync(process.execPath, [bin, "check", SAMPLE_XLSX, "--json", "--population", "2024=7008"], { encoding: "utf8" });
    const report = JSON.parse(r.stdout);
    expect(report.tables.length).toBe(12);
    expect(r.status).toBe(report.summary.error > 0 ? 1 : 0);
  });

  it("exits 2 with one line on stderr for a missing file", () => {
    const r = spawnSync(process.execPath, [bin, "check", "ei-ole.xlsx", "--lang", "en"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("budjettitarkistin: ei-ole.xlsx: file not found\n");
  });

  // The CLI checks one book per process, so it has V8 optimise only what runs long, and without
  // inlining (src/cli/tiering.ts); a batch has inlining back. Read at exit, after the bin has run:
  // a function run 200 times is optimised under V8's default budget (from about 100 calls here)
  // but not yet under the bin's (from about 400); one optimised at once inlines its callee or not,
  // as V8's inlining trace on stdout tells.
  describe("V8's tiering", () => {
    let dir: string;
    let probe: string;

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "bt-tiering-"));
      probe = path.join(dir, "probe.js");
      fs.writeFileSync(
        probe,
        `process.on("exit", () => {
          function f(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2 + 1; return s; }
          const a = Array.from({ length: 20 }, (_, i) => i);
          for (let i = 0; i < 200; i++) f(a);
          // V8's status bits: optimised (4), marked for optimisation (8, 9), being optimised (10).
          const tiered = (%GetOptimizationStatus(f) & (1 << 4 | 1 << 8 | 1 << 9 | 1 << 10)) !== 0;
          process.stderr.write("tiered " + tiered + "\\n");
          function probeCallee(x) { return x * 2 + 1; }
          function probeCaller(n) { let s = 0; for (let i = 0; i < n; i++) s += probeCallee(i); return s; }
          %PrepareFunctionForOptimization(probeCaller);
          probeCaller(10);
          probeCaller(10);
          %OptimizeFunctionOnNextCall(probeCaller);
          probeCaller(10);
        });`,
      );
    });

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--trace-turbo-inlining", "-r", probe, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      const inlined = r.stdout.split("\n").some((l) => /^Inlining .*probeCallee.* into .*probeCaller/.test(l));
      return `${r.stderr.trim().split("\n").pop()}, inlined ${inlined}`;
    };

    // Measured on Node 20's V8 (11.x); on another the bin leaves V8's defaults (tiering.ts).
    const measured = process.versions.v8.startsWith("11.");

    it("optimises later and without inlining than a default node process", () => {
      expect(run(["-e", ""])).toBe("tiered true, inlined true");
      expect(run([bin, "check", SAMPLE_XLSX, "--exit-zero"])).toBe(measured ? "tiered false, inlined false" : "tiered true, inlined true");
    });

    it("inlines again for a batch, which checks book after book", () => {
      expect(run([bin, "check", "--jobs", "1", SAMPLE_XLSX, SAMPLE_XLSX, "--exit-zero"])).toBe(measured ? "tiered false, inlined true" : "tiered true, inlined true");
    });
  });
});
