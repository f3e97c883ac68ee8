import { tierLater } from "../../src/cli/tiering";

// The bin's own effect is shown in bin.test.ts, on the built package; here only what it leaves alone.
describe("cli: V8's tiering budget", () => {
  it("leaves a budget the user chose on node's command line", () => {
    expect(tierLater(["--max-old-space-size=4096", "--interrupt-budget=100000"])).toBe(false);
    expect(tierLater(["--interrupt_budget=100000"])).toBe(false);
  });
});
