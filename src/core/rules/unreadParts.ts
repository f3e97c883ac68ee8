import { Finding } from "../findings";
import { CellRange } from "../range";
import { Observation, SheetModel } from "../model";
import { MessageParam, listJoined } from "../message";
import { Rule, RuleContext } from "./types";
import { allEquations } from "../relations/heldSigns";
import { fromObservation, isDeferred } from "./structure";

/**
 * "Read only in part" lists what nothing checks. Recognition sees one table at a time, so a row it
 * could not read may still be read by a check across tables (a budget item's sub-items, printed
 * in a block of their own under it): a row that an equation reads inside the table's columns is
 * not unread. Runs after every other rule, once their equations are recorded.
 */
export const unreadPartsRule: Rule = {
  // Its findings are the structure rule's (`structure`), told late.
  ids: [],
  run(ctx) {
    // Loops and module functions, not callbacks made per check and per note (docs/engine-speed.md:
    // closures).
    const deferred: { sheet: SheetModel; o: Observation }[] = [];
    const sheets = new Set<string>();
    const all = ctx.model.sheets;
    for (let s = 0; s < all.length; s++) {
      const sheet = all[s];
      for (let i = 0; i < sheet.observations.length; i++) {
        const o = sheet.observations[i];
        if (!isDeferred(o)) continue;
        deferred.push({ sheet, o });
        sheets.add(sheet.sheet);
      }
    }
    if (deferred.length === 0) return [];
    // Columns read in each row of the sheets concerned: "sheet row" → columns.
    const read = new Map<string, number[]>();
    // The sign checks that hold are kept apart from the equation objects: read them too.
    for (const e of allEquations(ctx.equations)) {
      for (const ref of e.cells) {
        if (!sheets.has(ref.sheet)) continue;
        const at = CellRange.tryParse(ref.cell);
        if (!at) continue;
        const key = `${ref.sheet}\u0000${at.top}`;
        const cols = read.get(key);
        if (cols) cols.push(at.left);
        else read.set(key, [at.left]);
      }
    }
    const out: Finding[] = [];
    for (const { sheet, o } of deferred) {
      const range = CellRange.tryParse(o.cell);
      const unread: Part[] = [];
      for (const p of o.parts!) if (p.row === undefined || !isRead(read, sheet.sheet, p.row, range)) unread.push(p);
      if (unread.length === 0) continue;
      const text = unread.map((p) => p.text).join("; ");
      // Rows are listed as they are; a header cell says why it was not read, in the reader's language.
      const worded = unread.some((p) => p.why) ? listJoined(unread.map((p) => partText(ctx, p)), "; ") : text;
      out.push(fromObservation(ctx, sheet, { ...o, text, parts: unread }, worded));
    }
    return out;
  },
};

type Part = NonNullable<Observation["parts"]>[number];

/** Whether an equation reads row `row` of `sheet` within the columns of `range`. */
function isRead(read: ReadonlyMap<string, number[]>, sheet: string, row: number, range: CellRange | null): boolean {
  if (range === null) return false;
  const cols = read.get(`${sheet}\u0000${row}`);
  if (!cols) return false;
  for (let i = 0; i < cols.length; i++) if (cols[i] >= range.left && cols[i] <= range.right) return true;
  return false;
}

/** A part as the note lists it: with why it was not read, when recognition knows. */
function partText(ctx: RuleContext, p: NonNullable<Observation["parts"]>[number]): MessageParam {
  return p.why ? ctx.t("structure.unread-part", { part: p.text, why: ctx.t(`structure.unread-why.${p.why}`) }) : p.text;
}
