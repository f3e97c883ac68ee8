import { spawnSync } from "child_process";
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
});
