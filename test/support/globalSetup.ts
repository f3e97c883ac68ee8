import type { Config } from "@jest/types";
import { createRunScratch } from "./runScratch";
import { WHOLE_SUITE } from "./builtCli";

/**
 * Jest globalSetup of the node project: the run's shared folder, and whether the whole suite runs
 * (no file pattern), for test/support/startCliCompile.
 */
export default function globalSetup(globalConfig: Config.GlobalConfig): void {
  createRunScratch();
  if (!globalConfig.testPathPattern && !globalConfig.onlyChanged && !globalConfig.findRelatedTests && !globalConfig.listTests) process.env[WHOLE_SUITE] = "1";
}
