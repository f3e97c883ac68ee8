import { execFileSync, spawnSync } from "child_process";
import * as path from "path";
import { SAMPLE_XLSX } from "./helpers";

const root = path.join(__dirname, "../..");
const bin = path.join(root, "bin/budjettitarkistin.js");

/** The one test that goes through the built package bin, as `npx budjettitarkistin` does. */
describe("cli: the built bin", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
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
});
