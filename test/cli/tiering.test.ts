import { tierForOneBook } from "../../src/cli/tiering";

// The bin's own effect is shown in bin.test.ts, on the built package; here only what it leaves alone.
describe("cli: V8's tiering for one book", () => {
  it("leaves the flags the user gave node, in either spelling", () => {
    expect(tierForOneBook(["--max-old-space-size=4096", "--interrupt-budget=100000", "--no-turbo-inlining"])).toBe(false);
    expect(tierForOneBook(["--interrupt_budget=100000", "--turbo_inlining"])).toBe(false);
  });

  it("keeps V8's defaults on a V8 it was not measured on (Node 22's is 12.4)", () => {
    expect(tierForOneBook([], "12.4.254.21-node.24")).toBe(false);
  });
});
