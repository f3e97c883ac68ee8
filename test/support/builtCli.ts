import { execFile } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";
import { repoRoot, runScratch } from "./runScratch";

export interface BuiltCli {
  /** The package's bin script, next to the compiled CLI as in the package (bin/ and the tsconfig's outDir). */
  bin: string;
  /** tsc's exit code: not 0 when the CLI's sources have a type error, although it still emits. */
  tscStatus: number;
  /** What tsc printed. */
  tscOutput: string;
}

const RECORD = "tsc.json";

/**
 * The CLI compiled as `npm run build:cli` does (tsc -p tsconfig.cli.json), with the package's own
 * bin script beside it, compiled once per test run and shared by the files that run the binary
 * (each used to compile its own: 15-20 s apiece on a busy machine). Built in a folder of its own,
 * never dist/: other runs and benches in the same checkout cannot hand it a half-written build.
 * Two workers compiling at once each build in a private folder and the first rename wins.
 */
export async function builtCli(): Promise<BuiltCli> {
  const dir = path.join(runScratch(), "cli");
  if (!existsSync(path.join(dir, RECORD))) await compileInto(dir);
  const record = JSON.parse(readFileSync(path.join(dir, RECORD), "utf8")) as Omit<BuiltCli, "bin">;
  return { bin: path.join(dir, "bin/budjettitarkistin.js"), ...record };
}

async function compileInto(dir: string): Promise<void> {
  const building = mkdtempSync(`${dir}-building-`);
  const outDir = path.join(building, cliOutDir());
  const { status, output } = await tsc(["-p", "tsconfig.cli.json", "--outDir", outDir, "--tsBuildInfoFile", path.join(building, "tsbuildinfo")]);
  mkdirSync(path.join(building, "bin"));
  copyFileSync(path.join(repoRoot, "bin/budjettitarkistin.js"), path.join(building, "bin/budjettitarkistin.js"));
  writeFileSync(path.join(building, RECORD), JSON.stringify({ tscStatus: status, tscOutput: output }));
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another worker finished first: its build is as good as this one.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(path.join(dir, RECORD))) throw error;
  }
}

/** tsconfig.cli.json's outDir, relative to the repository, where the bin script looks for the CLI. */
function cliOutDir(): string {
  const { config, error } = ts.readConfigFile(path.join(repoRoot, "tsconfig.cli.json"), ts.sys.readFile);
  const outDir = (config as { compilerOptions?: { outDir?: string } } | undefined)?.compilerOptions?.outDir;
  if (error || !outDir) throw new Error("tsconfig.cli.json names no outDir");
  return outDir;
}

function tsc(args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), ...args], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
      if (status === null) reject(error);
      else resolve({ status, output: `${stdout}${stderr}` });
    });
  });
}
