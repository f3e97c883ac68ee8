import { stopStartedJobs } from "./jobs";
import { removeRunScratch } from "./runScratch";

export default function globalTeardown(): void {
  removeRunScratch(stopStartedJobs);
}
