import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { FileJob, FileOutcome, checkFile } from "./job";

/** Cores this process may use: one worker thread each. */
export function availableCores(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

function startWorker(): Worker {
  const compiled = path.join(__dirname, "worker.js");
  if (path.extname(__filename) === ".js") return new Worker(compiled);
  // Run from TypeScript sources (tests, benchmarks): the worker compiles them through tsx.
  const source = path.join(__dirname, "worker.ts");
  return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(source)});`, { eval: true });
}

/**
 * Checks `jobs` on `workers` threads, each taking the next file as soon as it is free, and hands
 * each outcome to `done` as it arrives. This thread is one of them: it would otherwise only wait,
 * and every worker it replaces saves a start-up (loading ExcelJS and the engine, then compiling
 * them hot again), which on two busy cores ate the whole gain. With one worker or one job every
 * file is checked here; the reader's limits (hosts/xlsx/inspect) keep any one file's memory
 * bounded on this thread too. A worker that dies all the same costs only its file, which is
 * reported as not checked.
 */
export async function runJobs(jobs: readonly FileJob[], workers: number, done: (o: FileOutcome) => void): Promise<void> {
  const n = Math.min(workers, jobs.length);
  if (n <= 1) {
    for (const job of jobs) done(await checkFile(job));
    return;
  }
  let next = 0;
  const runOne = () =>
    new Promise<void>((resolve) => {
      let worker = startWorker();
      let current: FileJob | undefined;
      const feed = () => {
        current = jobs[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      const attach = () => {
        worker.on("message", (o: FileOutcome) => {
          done(o);
          feed();
        });
        worker.on("error", (error) => {
          if (current) done({ index: current.index, file: current.file, code: 2, problem: `${current.file}: ${error.message}` });
          worker = startWorker();
          attach();
          feed();
        });
      };
      attach();
      feed();
    });
  const here = async () => {
    // Between files the event loop runs, so the workers' answers are handed on as they come.
    for (let job = jobs[next++]; job; job = jobs[next++]) done(await checkFile(job));
  };
  await Promise.all([here(), ...Array.from({ length: n - 1 }, runOne)]);
}
