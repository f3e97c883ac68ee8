import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { Claims } from "./claims";
import { FileJob, FileOutcome, checkFile } from "./job";
import { makeTranslator } from "../../i18n/translate";
import { batchMessages } from "./messages";
import type { WorkerData } from "./worker";

/** Cores this process may use. */
export function availableCores(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/**
 * Cores one checking thread keeps busy: V8 collects and compiles on threads of its own, and a
 * check allocates much. Measured on a 2-core machine: one thread checking the bench's 32 files took
 * 4.5–5.7 s of CPU in 2.9–3.8 s, and two processes with half the files each took no less time.
 */
const CORES_PER_CHECKING_THREAD = 1.5;

/** How many files a batch checks at once when not told: as many threads as keep all cores busy. */
export function defaultWorkers(cores = availableCores()): number {
  return Math.max(1, Math.floor(cores / CORES_PER_CHECKING_THREAD));
}

function startWorker(data: WorkerData): Worker {
  const compiled = path.join(__dirname, "worker.js");
  if (path.extname(__filename) === ".js") return new Worker(compiled, { workerData: data });
  // Run from TypeScript sources (tests, benchmarks): the worker compiles them through tsx.
  const source = path.join(__dirname, "worker.ts");
  return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(source)});`, { eval: true, workerData: data });
}

/**
 * Checks `jobs` on `workers` threads, each taking the next file from a shared queue as soon as it
 * is free, and hands each outcome to `done` as it arrives. This thread is one of them: it would
 * otherwise only wait, and every worker it replaces saves a start-up (loading ExcelJS and the
 * engine, then compiling them hot again). With one worker or one job every file is checked here;
 * the reader's limits (hosts/xlsx/inspect) keep any one file's memory bounded on this thread too.
 * A worker that dies costs only the file it was on, which is reported as not checked; a new one
 * takes its place.
 */
export async function runJobs(jobs: readonly FileJob[], workers: number, done: (o: FileOutcome) => void): Promise<void> {
  const n = Math.min(workers, jobs.length);
  if (n <= 1) {
    for (const job of jobs) done(await checkFile(job));
    return;
  }
  const queue = [...jobs];
  const claims = new Claims(Claims.buffer(n - 1));
  // A worker's answer can race its death: each file is handed on once.
  const answered = new Set<number>();
  const answer = (o: FileOutcome) => {
    if (answered.has(o.index)) return;
    answered.add(o.index);
    done(o);
  };
  const runWorker = (slot: number): Promise<void> =>
    new Promise((resolve) => {
      let failure: Error | undefined;
      const worker = startWorker({ queue, claims: claims.buffer, slot });
      worker.on("message", answer);
      worker.on("error", (error) => (failure = error));
      // "exit" comes after every answer the worker sent has been handed on.
      worker.on("exit", (code) => {
        const at = claims.held(slot);
        if (at < 0 || at >= queue.length || answered.has(queue[at].index)) return resolve();
        const job = queue[at];
        const why = failure?.message ?? makeTranslator(job.lang, batchMessages)("batch.workerStopped", { code: String(code) });
        answer({ index: job.index, file: job.file, code: 2, problem: `${job.file}: ${why}` });
        // It got as far as a file, so a new one will too; one that dies before its first file is
        // not replaced (this thread takes the rest).
        resolve(runWorker(slot));
      });
    });
  const started = Array.from({ length: n - 1 }, (_, slot) => runWorker(slot));
  // Between files the event loop runs, so the workers' answers are handed on as they come.
  for (let at = claims.take(); at < queue.length; at = claims.take()) answer(await checkFile(queue[at]));
  await Promise.all(started);
}
