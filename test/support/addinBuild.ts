import { mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { runJob, waitForRecord } from "./jobs";

/** The production URL the build test gives: the manifest must carry it instead of localhost. */
export const ADDIN_URL = "https://addins.example.fi/budjettitarkistin/";

export interface AddinBuild {
  /** The output folder. */
  out: string;
  /** webpack's exit code (null when it was stopped, as by the time limit). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The build the e2e globalSetup made, shared with the run's test files (workers inherit it). */
const SHARED_RECORD = "ADDIN_BUILD_RECORD";
/** webpack is stopped after this, under the build test's beforeAll limit (180 s). */
const BUILD_TIMEOUT_MS = 170_000;

/*
 * The add-in's production build as the build test inspects it and the browser tests serve it
 * (test/support/jobs/buildAddin.js): `webpack --mode production` with ADDIN_URL, minification off
 * (it changes no file name or content that matters here, and was three quarters of the build's
 * time), into a folder that first gets what `npm run build` and `npm run bench` leave in dist: the
 * compiled CLI in node/ and the bench's engine in bench/ (the build must keep both) and a stale
 * file of an older build (it must go).
 */

/**
 * The e2e project's globalSetup: the build, made in a new temporary folder before the browser
 * tests run (they run first, being the slowest) and shared with the build test. Returns the
 * folder, which holds the output (`dist`) and the outcome.
 */
export async function makeSharedBuild(): Promise<{ dir: string; out: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "budjettitarkistin-e2e-build-"));
  const build = await buildAddin(dir);
  process.env[SHARED_RECORD] = path.join(dir, "build.json");
  return { dir, out: build.out };
}

/**
 * The build the e2e globalSetup made in this run, or undefined when there is none (the browser
 * tests do not run, or were given E2E_DIST): then the caller builds its own.
 */
export function sharedBuild(): AddinBuild | undefined {
  const record = process.env[SHARED_RECORD];
  return record ? waitForRecord<AddinBuild>(record, 0, "the add-in's production build") : undefined;
}

/** The build made now into `dir`/dist, waited for. Never throws for a failed build: the caller says what failed. */
export async function buildAddin(dir: string): Promise<AddinBuild> {
  const record = path.join(dir, "build.json");
  await runJob("buildAddin.js", [path.join(dir, "dist"), record, ADDIN_URL, String(BUILD_TIMEOUT_MS)]);
  return waitForRecord<AddinBuild>(record, 0, "the add-in's production build");
}

/** Why a build failed, with the end of what webpack printed. */
export function buildFailure(build: AddinBuild): string {
  return `webpack failed (${build.status}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-2000)}`;
}
