import { execFile, spawn } from "child_process";
import { appendFileSync, existsSync, readFileSync } from "fs";
import * as path from "path";
import { runScratch } from "./runScratch";

const JOBS = path.join(__dirname, "jobs");
/** In the run's folder: the process group and record file of each job started in the background, for the teardown. */
const STARTED = "background-jobs";

type Job = "buildAddin.js" | "compileCli.js";

/**
 * Starts a job (test/support/jobs) without waiting for it: the tests run in band on one core
 * meanwhile, and the build uses another. The job writes its outcome to a
 * record file (waitForRecord). Its output goes to no pipe of this process, which may be busy in a
 * test's synchronous work for long; it gets a process group of its own, so the teardown can stop
 * it and what it started.
 */
export function startJob(job: Job, args: string[], record: string): void {
  const child = spawn(process.execPath, [path.join(JOBS, job), ...args], { stdio: "ignore", detached: true });
  child.unref();
  appendFileSync(path.join(runScratch(), STARTED), `${child.pid}\t${record}\n`);
}

/** A jest globalTeardown's part: stops the jobs of the run's folder `dir` still running (a run that never needed them). */
export function stopStartedJobs(dir: string): void {
  const list = path.join(dir, STARTED);
  if (!existsSync(list)) return;
  for (const [pid, record] of readFileSync(list, "utf8").split("\n").filter(Boolean).map((j) => j.split("\t"))) {
    if (existsSync(record)) continue; // ended: its group id may be someone else's by now
    try {
      process.kill(-Number(pid), "SIGTERM");
    } catch {
      // Finished already.
    }
  }
}

/** Runs a job and waits for it: what a test file does when no globalSetup started it. */
export function runJob(job: Job, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(JOBS, job), ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${job} failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

/**
 * The record a job writes when it ends, waited for (synchronously: the job writes to no pipe of
 * this process, so nothing here needs the event loop). Gives up after `timeoutMs`.
 */
export function waitForRecord<T>(file: string, timeoutMs: number, what: string): T {
  const until = Date.now() + timeoutMs;
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`${what} did not finish within ${timeoutMs / 1000} s (no ${file})`);
    Atomics.wait(sleep, 0, 0, 100);
  }
  return JSON.parse(readFileSync(file, "utf8")) as T;
}
