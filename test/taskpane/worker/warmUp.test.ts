import * as fs from "fs";
import * as path from "path";
import { warmUp } from "../../../src/taskpane/worker/warmUp";

describe("the check worker's warm-up", () => {
  it("runs the whole engine on the founding document: every finding the CLI reports for the sample", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
    // 18 errors, 1 warning and 28 notes, as `npm run check` says of the sample built from it.
    expect(warmUp(text)).toBe(47);
  });
});
