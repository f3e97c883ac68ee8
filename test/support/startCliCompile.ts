import { startCliCompile } from "./builtCli";

/**
 * Setup file of the node project (runs before each of its test files): on a run of the whole
 * suite, the first node test file starts the CLI's compile in the background, after the browser
 * tests (they run first and keep the machine to themselves, as their timings ask) and well before
 * the files that spawn the binary (test/support/sequencer.js runs those last).
 */
startCliCompile();
