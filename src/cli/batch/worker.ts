import { parentPort } from "worker_threads";
import { FileJob, checkFile } from "./job";

// One batch worker thread: checks the files it is sent, one at a time, and answers each.
parentPort?.on("message", (job: FileJob) => {
  void checkFile(job).then((outcome) => parentPort?.postMessage(outcome));
});
