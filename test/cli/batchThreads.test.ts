import { defaultWorkers } from "../../src/cli/batch/pool";

// One checking thread keeps about 1,5 cores busy (V8's collector and compiler run beside it), so a
// batch without --jobs starts fewer threads than cores: on a 2-core machine a second thread made
// the batch slower (npm run bench: 0.66–0.99 × in a new process).
test("a batch without --jobs checks on cores / 1.5 threads: one on 1 or 2 cores, two on 3 or 4, five on 8, never none", () => {
  expect([1, 2, 3, 4, 8, 16].map((cores) => defaultWorkers(cores))).toEqual([1, 1, 2, 2, 5, 10]);
  expect(defaultWorkers()).toBeGreaterThanOrEqual(1);
});
