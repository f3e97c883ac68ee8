/* global require, process, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports -- preloaded by plain node (node -r), outside jest */
/**
 * Preloaded (`node -r`) into the compiled CLI by test/cli/batchWorkers.test.ts; Node runs a
 * preloaded module in every worker thread too. It takes the order in which threads reach files
 * out of the machine's hands, so the tests can say which thread checked which file whatever the
 * load, and makes a worker fail on purpose. Set by environment variables (workers inherit them):
 *
 * - BT_HOOK_BATCH: the compiled src/cli/batch folder whose modules it wraps.
 * - BT_HOOK_LOG: a file getting one line "INDEX THREAD" per file checked, as it is answered.
 * - BT_HOOK_MAIN: "after-workers": this thread claims its first file only once the workers have
 *   claimed one file each on average (as many as there are workers); "never": it claims none.
 * - BT_HOOK_LAST, BT_HOOK_FILES: a file's index whose answer, by a worker, waits until every
 *   other file of the batch (BT_HOOK_FILES in all) has been answered.
 * - BT_HOOK_FAIL: "NAME=throw" or "NAME=exit": a worker (never this thread) that takes the file
 *   named NAME throws out of the check, or ends its thread with exit code 7.
 *
 * Waits poll the shared claims or the log: no thread wakes another. One that is never satisfied
 * gives up after GIVE_UP_MS, so a broken pool fails the test's assertions instead of hanging it.
 */
const fs = require("fs");
const path = require("path");
const { isMainThread, threadId } = require("worker_threads");

const GIVE_UP_MS = 60000;
const POLL_MS = 20;
const env = process.env;
const batch = env.BT_HOOK_BATCH;
if (!batch) throw new Error("batchWorkers.hook: BT_HOOK_BATCH names no folder");
const { Claims } = require(path.join(batch, "claims.js"));
const job = require(path.join(batch, "job.js"));
if (typeof Claims.prototype.take !== "function" || typeof job.checkFile !== "function") {
  throw new Error("batchWorkers.hook: claims.js or job.js no longer has what it wraps");
}

const answered = () => {
  if (!env.BT_HOOK_LOG || !fs.existsSync(env.BT_HOOK_LOG)) return [];
  return fs
    .readFileSync(env.BT_HOOK_LOG, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => Number(line.split(" ")[0]));
};

const take = Claims.prototype.take;
let gateOpen = false;
Claims.prototype.take = function (slot) {
  if (isMainThread && env.BT_HOOK_MAIN === "never") return Number.MAX_SAFE_INTEGER;
  if (isMainThread && env.BT_HOOK_MAIN === "after-workers" && !gateOpen) {
    gateOpen = true;
    // Position 0 of the buffer is the next position in the queue, so it counts the claims made.
    const cells = new Int32Array(this.buffer);
    const workers = this.buffer.byteLength / Int32Array.BYTES_PER_ELEMENT - 1;
    // Blocks this thread, which is what keeps it from claiming; the workers run on regardless.
    const idle = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    for (let waited = 0; Atomics.load(cells, 0) < workers && waited < GIVE_UP_MS; waited += POLL_MS) Atomics.wait(idle, 0, 0, POLL_MS);
  }
  return take.call(this, slot);
};

const failing = env.BT_HOOK_FAIL ? env.BT_HOOK_FAIL.split("=") : undefined;
const last = env.BT_HOOK_LAST === undefined ? -1 : Number(env.BT_HOOK_LAST);
const files = Number(env.BT_HOOK_FILES);
const checkFile = job.checkFile;
job.checkFile = async function (fileJob) {
  if (failing && !isMainThread && path.basename(fileJob.file) === failing[0]) {
    if (failing[1] === "exit") process.exit(7);
    throw new Error("worker failed on purpose");
  }
  const outcome = await checkFile(fileJob);
  // Only a worker waits: this thread, were it to hold the file, would be waiting for itself.
  if (fileJob.index === last && !isMainThread) {
    for (let waited = 0; new Set(answered()).size < files - 1 && waited < GIVE_UP_MS; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  if (env.BT_HOOK_LOG) fs.appendFileSync(env.BT_HOOK_LOG, `${fileJob.index} ${threadId}\n`);
  return outcome;
};
