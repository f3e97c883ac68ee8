import { removeRunScratch } from "./runScratch";

export default removeRunScratch;
