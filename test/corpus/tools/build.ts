/** Writes every fixture as DIR/<id>.xlsx, to open and look at. Usage: npx tsx test/corpus/tools/build.ts DIR */
import { promises as fs } from "fs";
import { writeFixtureXlsx } from "../build";
import { CORPUS } from "../fixtures";

async function main(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error("usage: build.ts DIR");
  await fs.mkdir(dir, { recursive: true });
  for (const table of CORPUS) console.log(await writeFixtureXlsx(table, dir));
}

void main(process.argv[2]);
