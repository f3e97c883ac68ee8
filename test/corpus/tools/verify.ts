/**
 * Rewrites the `verified` block of fixtures from their cells and relation specs, and prints each
 * worked relation for reading over. Usage: npx tsx test/corpus/tools/verify.ts [id …]
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CORPUS } from "../fixtures";
import { verifyTable } from "../verify";

async function main(ids: string[]): Promise<void> {
  for (const table of CORPUS) {
    if (ids.length && !ids.includes(table.id)) continue;
    const verified = verifyTable(table);
    const file = path.join(__dirname, "..", "fixtures", `${table.id}.ts`);
    const src = await fs.readFile(file, "utf8");
    const begin = src.indexOf("// verified:begin");
    const end = src.indexOf("// verified:end");
    if (begin < 0 || end < 0) throw new Error(`${file}: no verified markers`);
    const lines = verified.map(
      (v) =>
        `    { relation: ${JSON.stringify(v.relation)}, cell: "${v.cell}", column: ${JSON.stringify(v.column)}, figures: ${JSON.stringify(v.figures)}, computed: "${v.computed}", printed: "${v.printed}", holds: "${v.holds}" },`,
    );
    const next = `${src.slice(0, begin)}// verified:begin\n${lines.join("\n")}\n    ${src.slice(end)}`;
    await fs.writeFile(file, next);
    console.log(`# ${table.id}`);
    for (const v of verified) console.log(`${v.holds.padEnd(9)} ${v.cell.padEnd(5)} ${v.relation} [${v.column}]: ${v.figures} = ${v.computed} (printed ${v.printed})`);
  }
}

void main(process.argv.slice(2));
