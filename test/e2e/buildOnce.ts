import { execFile } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { CHROMIUM } from "./chromium";

const REPO = path.resolve(__dirname, "../..");
const OWNED = "E2E_DIST_BUILT_BY_SETUP";

/**
 * Jest globalSetup of the e2e project: one production build of the add-in for every browser test
 * file (they read it from E2E_DIST), instead of one webpack run per file. Nothing is built when
 * the caller gave E2E_DIST, or when there is no chromium (the tests skip, or fail in CI, at once).
 * Not minified: the browser tests exercise behaviour, and minifying was three quarters of the
 * build's time (22 s of 28 s on a quiet machine); test/build checks the production settings.
 */
export async function buildOnce(): Promise<void> {
  if (process.env.E2E_DIST || !existsSync(CHROMIUM)) return;
  const out = mkdtempSync(path.join(os.tmpdir(), "budjettitarkistin-e2e-build-"));
  await promisify(execFile)(path.join(REPO, "node_modules/.bin/webpack"), ["--mode", "production", "--no-optimization-minimize", "--output-path", out], {
    cwd: REPO,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.env.E2E_DIST = out;
  process.env[OWNED] = out;
}

/** Jest globalTeardown of the e2e project: removes the build buildOnce made (not one the caller gave). */
export async function removeBuild(): Promise<void> {
  const out = process.env[OWNED];
  if (out) rmSync(out, { recursive: true, force: true });
}

/** The add-in build a browser test runs against: the one buildOnce made, or the caller's E2E_DIST. */
export function builtAddin(): string {
  const out = process.env.E2E_DIST;
  if (!out) throw new Error("E2E_DIST is not set: run the browser tests in jest's e2e project (its globalSetup builds the add-in once), or point E2E_DIST at a production build.");
  return out;
}
