import { execFile } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { repoRoot } from "./runScratch";

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

/**
 * The add-in's production build as the build test inspects it and the browser tests serve it:
 * `webpack --mode production` with ADDIN_URL, minification off (it changes no file name or
 * content that matters here, and was three quarters of the build's time). Before building, `out`
 * gets what `npm run build` leaves in dist: the compiled CLI in node/ (the add-in build must keep
 * it) and a stale file from an older build (it must go). Never throws for a failed build: the
 * caller says what failed.
 */
export function buildAddin(out: string, timeoutMs?: number): Promise<AddinBuild> {
  mkdirSync(path.join(out, "node", "cli"), { recursive: true });
  writeFileSync(path.join(out, "node", "cli", "main.js"), "// compiled CLI\n");
  writeFileSync(path.join(out, "stale.js"), "// left over from an older build\n");
  const webpack = path.join(repoRoot, "node_modules", "webpack", "bin", "webpack.js");
  const args = [webpack, "--mode", "production", "--no-optimization-minimize", "--output-path", out];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: repoRoot, env: { ...process.env, ADDIN_URL }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const status = !error ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ out, status, stdout, stderr: error && status === null ? `${stderr}\n${error.message}` : stderr });
      },
    );
  });
}

/** Keeps a build's outcome beside it, for test files that take a build made by a globalSetup. */
export function saveBuildRecord(file: string, build: AddinBuild): void {
  writeFileSync(file, JSON.stringify(build));
}

function readBuildRecord(file: string): AddinBuild {
  return JSON.parse(readFileSync(file, "utf8")) as AddinBuild;
}

/** Why a build failed, with the end of what webpack printed. */
export function buildFailure(build: AddinBuild): string {
  return `webpack failed (${build.status}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-2000)}`;
}

const SHARED_RECORD = "ADDIN_BUILD_RECORD";

/** Offers a build made by a globalSetup to the run's test files (workers inherit the variable). */
export function shareBuild(record: string): void {
  process.env[SHARED_RECORD] = record;
}

/**
 * The build a globalSetup made and shared in this run (the e2e project's, when the browser tests
 * run too), or undefined: then the caller builds its own.
 */
export function sharedBuild(): AddinBuild | undefined {
  const record = process.env[SHARED_RECORD];
  return record ? readBuildRecord(record) : undefined;
}
