import { existsSync, rmSync } from "fs";
import { buildFailure, makeSharedBuild, sharedBuild } from "../support/addinBuild";
import { CHROMIUM } from "./chromium";

const OWNED = "E2E_DIST_BUILT_BY_SETUP";

/**
 * Jest globalSetup of the e2e project: one production build of the add-in for every browser test
 * file (they read it from E2E_DIST), instead of one webpack run per file. It is the build
 * test/build inspects, so that file takes it too (test/support/addinBuild) instead of building
 * again. Nothing is built when the caller gave E2E_DIST, or when there is no chromium (the tests
 * skip, or fail in CI, at once). A failed build does not stop the run: each browser test file
 * fails with webpack's output, and so does the build test.
 */
export async function buildOnce(): Promise<void> {
  if (process.env.E2E_DIST || !existsSync(CHROMIUM)) return;
  const { dir, out } = await makeSharedBuild();
  process.env[OWNED] = dir;
  process.env.E2E_DIST = out;
}

/** Jest globalTeardown of the e2e project: removes the build buildOnce made (not one the caller gave). */
export async function removeBuild(): Promise<void> {
  const dir = process.env[OWNED];
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** The add-in build a browser test runs against: the one buildOnce made, or the caller's E2E_DIST. */
export function builtAddin(): string {
  const shared = sharedBuild();
  if (shared && shared.status !== 0) throw new Error(`the add-in build for the browser tests failed: ${buildFailure(shared)}`);
  const out = process.env.E2E_DIST;
  if (!out) throw new Error("E2E_DIST is not set: run the browser tests in jest's e2e project (its globalSetup builds the add-in once), or point E2E_DIST at a production build.");
  return out;
}
