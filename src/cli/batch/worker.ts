import { parentPort, workerData } from "worker_threads";
import { Claims } from "./claims";
import { FileJob, checkFile } from "./job";

/** What a batch worker is started with: the whole queue, and the shared claims on it. */
export interface WorkerData {
  queue: FileJob[];
  claims: SharedArrayBuffer;
  slot: number;
}

// One batch worker thread: takes files from the shared queue until it is empty, answering each,
// then ends.
async function work({ queue, claims, slot }: WorkerData): Promise<void> {
  const shared = new Claims(claims);
  for (let at = shared.take(slot); at < queue.length; at = shared.take(slot)) {
    parentPort?.postMessage(await checkFile(queue[at]));
    shared.release(slot);
  }
  shared.release(slot);
}

if (parentPort) void work(workerData as WorkerData);
