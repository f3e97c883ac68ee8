import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function run(...argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

export const SAMPLE_XLSX = path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.xlsx");
export const SAMPLE_TXT = path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt");

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "bt-cli-"));
}
