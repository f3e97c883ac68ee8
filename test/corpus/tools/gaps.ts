/**
 * Prints, per fixture, what the engine misses today as a `gaps` entry to paste (the reason is
 * yours to write). Usage: npx tsx test/corpus/tools/gaps.ts [id …]
 */
import { promises as fs } from "fs";
import { assess, tempDir } from "../assess";
import { CORPUS } from "../fixtures";

async function main(ids: string[]): Promise<void> {
  const dir = await tempDir();
  for (const table of CORPUS) {
    if (ids.length && !ids.includes(table.id)) continue;
    const a = await assess(table, dir);
    const rules = (cells: string[]) =>
      cells.map((c) => `${c}:${a.findings.filter((f) => f.cell === c && f.severity === "error").map((f) => f.rule).join("+")}`);
    console.log(`# ${table.id}: exit ${a.code}, ${a.tables} tables, ${a.equations.length} equations, ${a.findings.length} findings`);
    console.log(`  gaps: { reason: "", unchecked: ${JSON.stringify(a.unchecked)}, unreported: ${JSON.stringify(a.unreported)}, falseErrors: ${JSON.stringify(a.falseErrors)} },`);
    if (a.falseErrors.length) console.log(`  false errors by rule: ${rules(a.falseErrors).join(" ")}`);
  }
  await fs.rm(dir, { recursive: true, force: true });
}

void main(process.argv.slice(2));
