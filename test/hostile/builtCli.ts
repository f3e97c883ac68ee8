import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync } from "fs";
import * as path from "path";

export const root = path.join(__dirname, "../..");

/**
 * The CLI compiled as `npm run build:cli` does, with the package's own bin script next to it, in a
 * folder of this test run's own (under node_modules/.cache, so the packages still resolve): other
 * test files that rebuild dist/ at the same time cannot hand this one a half-written build.
 * tsc emits even when another part of the tree has a type error in progress; `npm run typecheck`
 * is where types are held, not here. Returns the bin script to run.
 */
export function buildCli(): string {
  const dir = path.join(root, "node_modules/.cache/budjettitarkistin-hostile", path.basename(expect.getState().testPath ?? "run"));
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json", "--outDir", path.join(dir, "dist/node"), "--tsBuildInfoFile", path.join(dir, "tsbuildinfo")], { cwd: root, stdio: "pipe" });
  if (r.error) throw r.error;
  mkdirSync(path.join(dir, "bin"), { recursive: true });
  const bin = path.join(dir, "bin/budjettitarkistin.js");
  copyFileSync(path.join(root, "bin/budjettitarkistin.js"), bin);
  return bin;
}
