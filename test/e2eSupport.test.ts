import { browserVerdict, inCi } from "./e2e/chromium";

describe("browser tests without chromium", () => {
  it("run with chromium, skip on a developer's machine without it, fail in CI without it", () => {
    expect(browserVerdict(true, true)).toBe("run");
    expect(browserVerdict(true, false)).toBe("run");
    expect(browserVerdict(false, false)).toBe("skip");
    expect(browserVerdict(false, true)).toBe("fail");
  });

  it("reads CI=true (and 1) as CI, an unset, empty, 0 or false CI as not", () => {
    expect(inCi({ CI: "true" })).toBe(true);
    expect(inCi({ CI: "1" })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: "" })).toBe(false);
    expect(inCi({ CI: "0" })).toBe(false);
    expect(inCi({ CI: "false" })).toBe(false);
  });
});
