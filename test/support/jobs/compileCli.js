/* global require, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- run by plain node, outside jest */
/**
 * `node compileCli.js DIR`: the CLI compiled as `npm run build:cli` does (tsc -p
 * tsconfig.cli.json, into that config's outDir under DIR) with the package's bin script in
 * DIR/bin, and tsc's outcome in DIR/tsc.json as { status, stdout, stderr }. DIR appears whole or
 * not at all: the build is made beside it and renamed into place, and when two runs race the
 * first rename wins. A separate process so that a jest globalSetup can start it and let the tests
 * run while it compiles.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { recordOutcome } = require("./record");

const dir = process.argv[2];
const root = path.resolve(__dirname, "../../..");

const building = fs.mkdtempSync(`${dir}-building-`);
recordOutcome(path.join(building, "tsc.json"), () => {
  const ts = require(path.join(root, "node_modules", "typescript"));
  const { config, error } = ts.readConfigFile(path.join(root, "tsconfig.cli.json"), ts.sys.readFile);
  const outDir = config && config.compilerOptions && config.compilerOptions.outDir;
  if (error || !outDir) throw new Error("tsconfig.cli.json names no outDir");
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const args = ["-p", "tsconfig.cli.json", "--outDir", path.join(building, outDir), "--tsBuildInfoFile", path.join(building, "tsbuildinfo")];
  const r = spawnSync(process.execPath, [tsc, ...args], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  fs.mkdirSync(path.join(building, "bin"));
  fs.copyFileSync(path.join(root, "bin", "budjettitarkistin.js"), path.join(building, "bin", "budjettitarkistin.js"));
  return { status: r.status, stdout: r.stdout || "", stderr: `${r.stderr || ""}${r.error ? `\n${r.error.message}` : ""}` };
});
try {
  fs.renameSync(building, dir);
} catch (error) {
  // Another run finished first: its build is as good as this one.
  fs.rmSync(building, { recursive: true, force: true });
  if (!fs.existsSync(path.join(dir, "tsc.json"))) throw error;
}
