import { spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { SAMPLE_TXT } from "../cli/helpers";
import { builtCli } from "../support/builtCli";

let bin: string;


/**
 * Runs the built bin with stdout on a real pipe (`| cat`, as `| jq` or `| wc -c` would be): Node
 * writes to a pipe asynchronously, so a process that exits early cuts the report at 64 KiB.
 */
function throughPipe(args: string[]): { stdout: Buffer } {
  const quoted = [bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const r = spawnSync("sh", ["-c", `'${process.execPath}' ${quoted} | cat`], { maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout };
}

/** The same run with stdout redirected to a file, which Node writes synchronously. */
function toFile(args: string[], file: string): Buffer {
  const quoted = [bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  spawnSync("sh", ["-c", `'${process.execPath}' ${quoted} > '${file}'`]);
  return readFileSync(file);
}

/** Issue 10 item 6: a report larger than a pipe's buffer reaches the reader whole. */
describe("every report reaches a pipe whole", () => {
  let dir = "";
  let big: string;
  beforeAll(async () => {
    ({ bin } = await builtCli());
    // Six copies of the founding document: a report several times the 64 KiB a pipe holds.
    const text = await fs.readFile(SAMPLE_TXT, "utf8");
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "bt-pipe-"));
    big = path.join(dir, "kuusi-kertaa.txt");
    await fs.writeFile(big, Array(6).fill(text).join("\n"));
  }, 120_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("pipes a JSON report of hundreds of kilobytes that parses whole", () => {
    const { stdout } = throughPipe(["check", big, "--json"]);
    expect(stdout.length).toBeGreaterThan(150_000);
    const report = JSON.parse(stdout.toString("utf8"));
    expect(report.findings.length).toBeGreaterThan(100);
  }, 60_000);

  it("pipes the text report whole: the same bytes as written to a file", () => {
    const { stdout } = throughPipe(["check", big, "--lang", "en"]);
    expect(stdout.length).toBeGreaterThan(100_000);
    expect(stdout.equals(toFile(["check", big, "--lang", "en"], big + ".out"))).toBe(true);
  }, 60_000);
});
