import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
/**
 * Inside the repository, not the system temp folder: a CLI compiled here still finds its packages
 * (decimal.js, exceljs) in node_modules by walking up.
 */
const CACHE = path.join(ROOT, "node_modules/.cache/budjettitarkistin-tests");
const VARIABLE = "BT_TEST_RUN_SCRATCH";
/** A run killed before its teardown leaves its folder; the next run sweeps it after this long. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/**
 * Jest globalSetup of the node project: a folder for this run that every test file can share
 * (workers inherit the variable), so what several files need, such as the compiled CLI, is made
 * once per run instead of once per file. Other runs (other people in the same checkout) have their own.
 */
export function createRunScratch(): void {
  mkdirSync(CACHE, { recursive: true });
  for (const name of readdirSync(CACHE)) {
    const old = path.join(CACHE, name);
    if (name.startsWith("run-") && Date.now() - statSync(old).mtimeMs > ABANDONED_MS) rmSync(old, { recursive: true, force: true });
  }
  process.env[VARIABLE] = mkdtempSync(path.join(CACHE, "run-"));
}

/** Jest globalTeardown of the node project: removes the run's folder, once `beforeRemoving` has had it. */
export function removeRunScratch(beforeRemoving: (dir: string) => void): void {
  const dir = process.env[VARIABLE];
  if (!dir) return;
  beforeRemoving(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** This test file's own folder, when there is no run folder. */
let own: string | undefined;

/**
 * The run's shared folder; without the project's globalSetup (a test file run by other means),
 * a new folder of this test file's own, so it still works, only without sharing (swept like an
 * abandoned run's).
 */
export function runScratch(): string {
  const shared = process.env[VARIABLE];
  if (shared) return shared;
  if (!own) {
    mkdirSync(CACHE, { recursive: true });
    own = mkdtempSync(path.join(CACHE, "run-"));
  }
  return own;
}

export const repoRoot = ROOT;
