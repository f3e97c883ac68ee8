import { existsSync } from "fs";

/** Debian's chromium; the browser tests drive it through playwright-core and never download one. */
export const CHROMIUM = "/usr/bin/chromium";

export type BrowserVerdict = "run" | "skip" | "fail";

/** CI sets CI=true (.ci/run, and every common CI service). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
}

/**
 * Whether a browser test runs: with chromium, always; without it, a developer's machine skips
 * with a warning, but CI fails, so a green CI run always includes the browser tests.
 */
export function browserVerdict(haveChromium: boolean, ci: boolean): BrowserVerdict {
  return haveChromium ? "run" : ci ? "fail" : "skip";
}

/** `describe` for a browser test file, following `browserVerdict`. */
export function describeWithChromium(file: string): (name: string, fn: () => void) => void {
  const verdict = browserVerdict(existsSync(CHROMIUM), inCi());
  if (verdict === "run") return describe;
  const missing = `${CHROMIUM} is not installed (apt-get install -y chromium)`;
  if (verdict === "fail") {
    return (name) =>
      describe(name, () => {
        it("has a browser to run in (CI)", () => {
          throw new Error(`${file}: ${missing}; CI does not pass without the browser tests.`);
        });
      });
  }
  console.warn(`SKIPPED ${file}: ${missing}.`);
  return describe.skip;
}
