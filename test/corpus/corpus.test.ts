import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../cli/helpers";
import { checkWorkbook } from "../../src/core/check";
import { Equation } from "../../src/core/relations/equation";
import { readGridsFromFile } from "../../src/hosts/xlsx/node";
import { writeFixtureXlsx } from "./build";
import { CORPUS } from "./fixtures";
import { CorpusTable, Verification } from "./types";
import { relationCells, verifyTable } from "./verify";

/**
 * The public corpus (issue 8 item 6): real tables of Finnish municipalities, transcribed as
 * published. For each table the CLI (`check --json`) and the engine's equations must show that
 * every relation verified by hand is checked, every real mismatch is reported as an error at its
 * cell, and nothing else is an error. What the engine does not read yet is listed in the fixture's
 * `gaps` and asserted exactly, so the test fails the day the engine learns it.
 */

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

interface Outcome {
  code: number;
  tables: number;
  findings: JsonFinding[];
  equations: Equation[];
}

const outcomes = new Map<string, Outcome>();
let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "bt-corpus-"));
  for (const table of CORPUS) {
    const file = await writeFixtureXlsx(table, dir);
    const res = await run("check", file, "--json");
    const json = res.stdout.trim() ? (JSON.parse(res.stdout) as { tables: unknown[]; findings: JsonFinding[] }) : null;
    const { equations } = checkWorkbook(await readGridsFromFile(file));
    outcomes.set(table.id, { code: res.code, tables: json?.tables.length ?? 0, findings: json?.findings ?? [], equations });
  }
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function isChecked(table: CorpusTable, v: Verification, equations: readonly Equation[]): boolean {
  const needed = relationCells(table, v);
  return equations.some(
    (e) =>
      e.target.sheet === table.sheet &&
      e.target.cell === v.cell &&
      needed.every((c) => e.cells.some((x) => x.sheet === table.sheet && x.cell === c)),
  );
}

function outcomeOf(table: CorpusTable): Outcome {
  const o = outcomes.get(table.id);
  if (!o) throw new Error(`${table.id}: not run`);
  return o;
}

function unchecked(table: CorpusTable): string[] {
  const { equations } = outcomeOf(table);
  return table.verified.filter((v) => !isChecked(table, v, equations)).map((v) => v.cell);
}

function mismatches(table: CorpusTable): string[] {
  return table.verified.filter((v) => v.holds === "mismatch").map((v) => v.cell);
}

function errorsAt(table: CorpusTable): string[] {
  const { findings } = outcomeOf(table);
  return findings.filter((f) => f.severity === "error" && f.sheet === table.sheet).map((f) => f.cell);
}

function unreported(table: CorpusTable): string[] {
  const errors = new Set(errorsAt(table));
  return mismatches(table).filter((c) => !errors.has(c));
}

function falseErrors(table: CorpusTable): string[] {
  const real = new Set(mismatches(table));
  return [...new Set(errorsAt(table).filter((c) => !real.has(c)))];
}

describe.each(CORPUS.map((t) => [t.id, t] as const))("%s", (_id, table) => {
  test("the hand verification agrees with the transcribed cells", () => {
    expect(table.verified).toEqual(verifyTable(table));
    expect(table.verified.length).toBeGreaterThan(0);
  });

  test("every relation verified by hand is checked", () => {
    expect(unchecked(table)).toEqual(table.gaps?.unchecked ?? []);
  });

  test("every real mismatch is reported as an error at its cell", () => {
    expect(unreported(table)).toEqual(table.gaps?.unreported ?? []);
  });

  test("no false errors", () => {
    expect(falseErrors(table)).toEqual(table.gaps?.falseErrors ?? []);
  });
});

test("corpus figures", () => {
  const municipalities = new Set(CORPUS.map((t) => t.municipality));
  let verified = 0;
  let checked = 0;
  let real = 0;
  let found = 0;
  let falseCount = 0;
  for (const table of CORPUS) {
    verified += table.verified.length;
    checked += table.verified.length - unchecked(table).length;
    real += mismatches(table).length;
    found += mismatches(table).length - unreported(table).length;
    falseCount += falseErrors(table).length;
  }
  const figures = {
    tables: CORPUS.length,
    municipalities: municipalities.size,
    relationsVerified: verified,
    relationsChecked: checked,
    realMismatches: real,
    mismatchesFound: found,
    falseErrors: falseCount,
    unreadable: CORPUS.filter((t) => outcomeOf(t).tables === 0).map((t) => t.id),
  };
  console.log(`corpus figures ${JSON.stringify(figures, null, 2)}`);
  expect(figures.tables).toBe(CORPUS.length);
});
