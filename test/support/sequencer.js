/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- jest loads the sequencer with plain require */
const fs = require("fs");
const os = require("os");
const Sequencer = require("@jest/test-sequencer").default;

/** A test file that runs the compiled CLI, compiled in the background on a whole run (test/support/builtCli.ts). */
const WAITS_FOR_THE_CLI = /\bbuiltCli\(/;

/**
 * Jest's order (failed first, then slowest first), except that on a machine of two cores or fewer,
 * where jest runs the files in band on one core, the files that run the compiled CLI come last:
 * the compile runs on the other core while the rest of the suite runs, instead of in their
 * beforeAll. With more cores, jest's workers keep its order.
 */
class CliLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if ((os.availableParallelism?.() ?? os.cpus().length) > 2) return sorted;
    const first = [];
    const last = [];
    for (const test of sorted) (WAITS_FOR_THE_CLI.test(fs.readFileSync(test.path, "utf8")) ? last : first).push(test);
    return [...first, ...last];
  }
}

module.exports = CliLast;
