/**
 * What the engine misses today, per fixture. Without flags it prints the `gaps` entry each fixture
 * would need; with --write it writes that entry into the fixture files (replacing an earlier one),
 * with a description of what is missing, after the reason from tools/gap-reasons.ts when there is
 * one. Usage: npx tsx test/corpus/tools/gaps.ts [--write] [id …]
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Assessment, assess, tempDir } from "../assess";
import { CORPUS } from "../fixtures";
import { CorpusTable } from "../types";
import { GAP_REASONS } from "./gap-reasons";

function describe(table: CorpusTable, a: Assessment): string {
  if (a.tables === 0) return "no table is recognised on the sheet (the CLI exits 2), so nothing in it is checked";
  const parts: string[] = [];
  if (a.unchecked.length) {
    const names = [...new Set(table.verified.filter((v) => a.unchecked.includes(v.cell)).map((v) => v.relation))];
    parts.push(`not checked: ${names.join("; ")}`);
  }
  if (a.unreported.length) parts.push(`mismatches not reported at ${a.unreported.join(" ")}`);
  if (a.falseErrors.length) {
    const rules = a.falseErrors.map((c) => `${c} (${[...new Set(a.findings.filter((f) => f.cell === c && f.severity === "error").map((f) => f.rule))].join(", ")})`);
    parts.push(`errors the document does not have: ${rules.join(", ")}`);
  }
  return parts.join(". ");
}

function entry(table: CorpusTable, a: Assessment): string | null {
  if (!a.unchecked.length && !a.unreported.length && !a.falseErrors.length) return null;
  const why = GAP_REASONS[table.id];
  const reason = why ? `${why} ${describe(table, a)}` : describe(table, a);
  const fields = [`reason: ${JSON.stringify(reason)}`];
  if (a.unchecked.length) fields.push(`unchecked: ${JSON.stringify(a.unchecked)}`);
  if (a.unreported.length) fields.push(`unreported: ${JSON.stringify(a.unreported)}`);
  if (a.falseErrors.length) fields.push(`falseErrors: ${JSON.stringify(a.falseErrors)}`);
  return `  gaps: { ${fields.join(", ")} },`;
}

async function main(args: string[]): Promise<void> {
  const write = args.includes("--write");
  const ids = args.filter((x) => !x.startsWith("--"));
  const dir = await tempDir();
  for (const table of CORPUS) {
    if (ids.length && !ids.includes(table.id)) continue;
    const a = await assess(table, dir);
    const line = entry(table, a);
    console.log(`# ${table.id}: exit ${a.code}, ${a.tables} tables, ${a.equations.length} equations, ${a.findings.length} findings`);
    console.log(line ?? "  (no gaps)");
    if (!write) continue;
    const file = path.join(__dirname, "..", "fixtures", `${table.id}.ts`);
    const src = await fs.readFile(file, "utf8");
    const without = src.replace(/^ {2}gaps: \{.*\},\n/m, "");
    const next = line ? without.replace(/^ {2}verified: \[/m, `${line}\n  verified: [`) : without;
    if (next !== src) await fs.writeFile(file, next);
  }
  await fs.rm(dir, { recursive: true, force: true });
}

void main(process.argv.slice(2));
