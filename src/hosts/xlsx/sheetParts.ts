import { ZipEntry, inflateWhole } from "./zip";

/**
 * Which sheet each worksheet part holds (`xl/worksheets/sheet1.xml` → `Talousarvio`), from
 * xl/workbook.xml and its relationships, so a limit message names the sheet the user knows.
 * Anything missing or odd gives a smaller map, never an error: the names are only for messages.
 */
export async function sheetPartNames(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const find = (name: string) => entries.find((e) => e.name.replace(/^\//, "").toLowerCase() === name);
  const workbook = find("xl/workbook.xml");
  const rels = find("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return names;
  const decoder = new TextDecoder("utf-8");
  const workbookXml = decoder.decode(await inflateWhole(bytes, workbook, limit));
  const relsXml = decoder.decode(await inflateWhole(bytes, rels, limit));
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "r:id") ?? attribute(tag, "id");
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, name);
  }
  return names;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return (m[2] ?? m[3]).replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "");
}
