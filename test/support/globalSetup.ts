import { createRunScratch } from "./runScratch";

export default createRunScratch;
