import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { Equation } from "../../src/core/relations/equation";
import { readGridsFromFile } from "../../src/hosts/xlsx/node";
import { writeFixtureXlsx } from "./build";
import { CorpusTable, Verification } from "./types";
import { relationCells } from "./verify";

/**
 * Runs one fixture through the CLI (`check --json`) and the engine, and measures it against the
 * hand verification: which verified relations have no equation, which real mismatches are not
 * reported as errors, which cells are reported as errors without being mismatches.
 */

export interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

export interface Assessment {
  /** CLI exit code. */
  code: number;
  /** Tables the CLI recognised. */
  tables: number;
  findings: JsonFinding[];
  equations: Equation[];
  unchecked: string[];
  mismatches: string[];
  unreported: string[];
  falseErrors: string[];
}

export async function assess(table: CorpusTable, dir: string): Promise<Assessment> {
  const file = await writeFixtureXlsx(table, dir);
  let stdout = "";
  const code = await main(["check", file, "--json"], { out: (s) => (stdout += s), err: () => undefined });
  const json = stdout.trim() ? (JSON.parse(stdout) as { tables: unknown[]; findings: JsonFinding[] }) : null;
  const findings = json?.findings ?? [];
  const { equations } = checkWorkbook(await readGridsFromFile(file));
  const unchecked = table.verified.filter((v) => !isChecked(table, v, equations)).map((v) => v.cell);
  const mismatches = [
    ...new Set([...table.verified.filter((v) => v.holds === "mismatch").map((v) => v.cell), ...(table.signBreaks ?? []).map((b) => b.cell)]),
  ];
  const tolerated = new Set(table.mayFlag?.cells ?? []);
  const errors = findings.filter((f) => f.severity === "error" && f.sheet === table.sheet).map((f) => f.cell);
  const errorSet = new Set(errors);
  const real = new Set(mismatches);
  return {
    code,
    tables: json?.tables.length ?? 0,
    findings,
    equations,
    unchecked,
    mismatches,
    unreported: mismatches.filter((c) => !errorSet.has(c)),
    falseErrors: [...new Set(errors.filter((c) => !real.has(c) && !tolerated.has(c)))],
  };
}

function isChecked(table: CorpusTable, v: Verification, equations: readonly Equation[]): boolean {
  const needed = relationCells(table, v);
  return equations.some(
    (e) =>
      e.target.sheet === table.sheet &&
      e.target.cell === v.cell &&
      needed.every((c) => e.cells.some((x) => x.sheet === table.sheet && x.cell === c)),
  );
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "bt-corpus-"));
}
