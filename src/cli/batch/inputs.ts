import { promises as fs } from "fs";
import * as path from "path";

/** What a folder contributes to a batch: workbooks, found recursively. */
const WORKBOOK = /\.xlsx$/i;

/**
 * The files a `check` command line names, in order: files as given (whatever their kind: the
 * reader decides), folders expanded recursively into their .xlsx files in name order. Excel's
 * lock files (`~$Budjetti.xlsx`) and hidden entries are left out: they are not workbooks. A path
 * that does not exist is kept, so the reader reports it with the others.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      // Missing or unreadable: the reader words the reason for this file.
    }
    if (isDir) for (const f of await workbooksUnder(p)) add(f);
    else add(p);
  }
  return out;
}

async function workbooksUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await workbooksUnder(full)));
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push(full);
  }
  return out;
}

/** Whether a `check` command line asks for a batch: several paths, or a folder. */
export async function isBatch(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1) return paths.length > 1;
  try {
    return (await fs.stat(paths[0])).isDirectory();
  } catch {
    return false;
  }
}
