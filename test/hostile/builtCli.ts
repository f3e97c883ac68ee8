import { spawnSync } from "child_process";
import * as path from "path";

export const root = path.join(__dirname, "../..");
export const bin = path.join(root, "bin/budjettitarkistin.js");

/**
 * Compiles the CLI into dist/node as `npm run build:cli` does. tsc emits even when another part of
 * the tree has a type error in progress; `npm run typecheck` is where types are held, not here.
 */
export function buildCli(): void {
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
  if (r.error) throw r.error;
}
