import { BudgetTable, Observation } from "../model";
import { HeaderBlock } from "./headers";

type UnreadPart = NonNullable<Observation["parts"]>[number];

/**
 * Header cells that read as a column but are none of the table's, each with why: parts of an
 * `unread-parts` note. Filled by push, not `map` (docs/engine-speed.md: lists made by `map`).
 */
export function unreadHeaderParts(unread: HeaderBlock["unread"]): UnreadPart[] {
  const parts: UnreadPart[] = [];
  for (let i = 0; i < unread.length; i++) parts.push({ text: `${unread[i].text} (${unread[i].cell})`, why: unread[i].why });
  return parts;
}

/** The parts' texts, "; "-joined: a loop, not `map` (docs/engine-speed.md: lists made by `map`). */
function partsText(parts: readonly UnreadPart[]): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out += i === 0 ? parts[i].text : `; ${parts[i].text}`;
  return out;
}

/**
 * The header cells a käyttötalous, its units, a määrärahat or a tunnusluvut table leaves unread,
 * said as for a statement (which says its own, with its rows): the header's unread cells, and the
 * change columns the table does not read. A määrärahat table reads one change in euros and one in
 * per cent; the others read none (their changes are rows, or not printed), so a `Muutos %`
 * column over them is no part of any check.
 */
export function observeUnreadHeader(sheet: string, header: HeaderBlock, tables: readonly BudgetTable[], observations: Observation[]): void {
  const first = tables[0];
  // Most headers read every cell and have no change column: nothing to say, nothing made.
  if (header.unread.length === 0 && header.ratios.length === 0) return;
  if (!first || tables.some((t) => "across" in t)) return;
  const read = new Set<number>();
  if (first.kind === "maararahat") {
    if (first.changeEurCol !== undefined) read.add(first.changeEurCol);
    if (first.changePctCol !== undefined) read.add(first.changePctCol);
  }
  // A loop, not a filter callback closing over `read` (docs/engine-speed.md: closures).
  const parts = unreadHeaderParts(header.unread);
  for (const r of header.ratios) if (!read.has(r.col)) parts.push({ text: `${r.text} (${r.headerRange})`, why: "change-not-read" });
  if (parts.length === 0) return;
  observations.push({ kind: "unread-parts", sheet, cell: first.range, text: partsText(parts), parts, table: first.kind });
}
