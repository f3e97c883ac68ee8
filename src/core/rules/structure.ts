import { Finding, Severity } from "../findings";
import { BudgetTable, Observation, SheetModel } from "../model";
import { Rule, RuleContext } from "./types";
import { makeFinding } from "./support/finding";
import { ROLES } from "./support/tables";
import { CellRange } from "../range";
import { MessageParam } from "../message";

/** How much each thing recognition noticed matters to the checks. */
const OBSERVATION_SEVERITY: Record<Observation["kind"], Severity> = {
  "empty-sheet": "info",
  "no-tables": "info",
  "unknown-row": "info",
  // A header with nothing under it, a unit with no rows: the table is cut short.
  "header-without-rows": "warning",
  "unit-without-rows": "warning",
  // Merged cells over figures hide values; two columns of one year make matching ambiguous.
  "merged-cells": "warning",
  "duplicate-year-column": "warning",
  // What was not read, and which of two header readings was taken: the user should know, but
  // nothing in the figures is wrong.
  "unread-parts": "info",
  "header-reading": "info",
  "header-years": "info",
  "header-year-from-title": "info",
  "header-no-year": "info",
  "rates-only": "info",
  // Figures nothing reads: nothing in them is known to be wrong, but none of them was checked.
  "unread-table": "info",
};

/**
 * What recognition noticed about a sheet's layout (empty sheet, no tables, unknown rows, merged
 * cells) and tables that are cut short (a käyttötalous without its totals, a unit block without
 * NETTOMENO), so that a table the checks could not fully read is never passed over in silence.
 */
export const structureRule: Rule = {
  ids: ["structure"],
  run(ctx) {
    const out: Finding[] = [];
    const sheets = ctx.model.sheets;
    for (let s = 0; s < sheets.length; s++) {
      const sheet = sheets[s];
      // A list of rates is said once: how its bare years were read does not matter, nothing is checked.
      const rates = sheet.observations.filter((o) => o.kind === "rates-only").flatMap((o) => CellRange.tryParse(o.cell) ?? []);
      const inRates = (o: Observation) => {
        const at = o.kind === "header-years" ? CellRange.tryParse(o.cell) : null;
        return at !== null && rates.some((r) => r.contains(at));
      };
      // A statement's unread rows are told after the checks (unreadParts.ts): another table's may read them.
      const observations = sheet.observations;
      for (let i = 0; i < observations.length; i++) {
        const o = observations[i];
        if (!isDeferred(o) && !inRates(o)) out.push(fromObservation(ctx, sheet, o, withWhy(ctx, o)));
      }
      const tables = sheet.tables;
      for (let t = 0; t < tables.length; t++) cutShort(ctx, tables[t], out);
    }
    return out;
  },
};

/** A header that formed no table says why, in the reader's language. */
function withWhy(ctx: RuleContext, o: Observation): MessageParam | undefined {
  const part = o.kind === "unread-table" ? o.parts?.[0] : undefined;
  return part?.why ? ctx.t("structure.unread-table-header", { header: part.text, why: ctx.t(`structure.unread-why.${part.why}`) }) : undefined;
}

/** A table read in part whose rows are listed one by one: told once every check has run. */
export function isDeferred(o: Observation): boolean {
  return o.kind === "unread-parts" && o.parts !== undefined;
}

/** `text` overrides the observation's own when the rule words it (an unread part with why). */
export function fromObservation(ctx: RuleContext, sheet: SheetModel, o: Observation, text: MessageParam = o.text ?? ""): Finding {
  const table = o.table ? sheet.tables.find((t) => t.kind === o.table && contains(t, o.cell)) : undefined;
  return makeFinding(
    "structure",
    OBSERVATION_SEVERITY[o.kind] ?? "info",
    { sheet: o.sheet, area: table?.area ?? sheet.area, table: o.table, row: o.kind === "unknown-row" ? o.text : undefined, cell: o.cell.split(":")[0] },
    [o.cell],
    {},
    ctx.t(`structure.${o.kind}`, { sheet: o.sheet, cell: o.cell, text }),
  );
}

/** Whether an observation at `cell` (a cell or a range) starts on the table's rows. */
function contains(t: BudgetTable, cell: string): boolean {
  const at = CellRange.tryParse(cell);
  return at !== null && at.top >= t.top && at.top <= t.bottom;
}

function cutShort(ctx: RuleContext, table: BudgetTable, out: Finding[]): void {
  const missing = missingRows(table);
  if (missing === null) return;
  const first = table.range.split(":")[0];
  for (const m of missing) {
    out.push(
      makeFinding(
        "structure",
        "warning",
        { sheet: table.sheet, area: table.area, table: table.kind, cell: m.cell ?? first },
        [table.range],
        {},
        ctx.t("structure.cut-short", { table: ctx.t(`table.${table.kind}`), range: table.range, missing: m.what }),
      ),
    );
  }
}

/**
 * The rows a table lacks, each with the cell its finding points at (none: the table's first);
 * null for a whole table, which nearly every one is: no list is made for it.
 */
function missingRows(table: BudgetTable): MissingRow[] | null {
  let missing: MissingRow[] | null = null;
  switch (table.kind) {
    case "kayttotalous": {
      if (table.tuotot.length > 0 && !table.tuototTotal) missing = lacking(missing, "TOIMINTATUOTOT");
      if (table.kulut.length > 0 && !table.kulutTotal) missing = lacking(missing, "TOIMINTAKULUT");
      if (!table.toimintakate) missing = lacking(missing, "TOIMINTAKATE/JÄÄMÄ");
      break;
    }
    case "yksikot": {
      for (const u of table.units) {
        // Nearly every unit has all three rows: the list is made for one that lacks some.
        if (u.menot && u.tulot && u.nettomeno) continue;
        const lacks = ROLES.filter((r) => !u[r]).map((r) => r.toUpperCase());
        missing = lacking(missing, `${u.name}: ${lacks.join(", ")}`, u.nameCell);
      }
      if (!table.total && table.units.length > 0) missing = lacking(missing, "Vastuualue yhteensä");
      break;
    }
    case "maararahat": {
      for (const r of ROLES) if (!table[r]) missing = lacking(missing, r.toUpperCase());
      break;
    }
    default:
      break;
  }
  return missing;
}

interface MissingRow {
  what: string;
  cell?: string;
}

/** `list` (made at the first) with the row `what` added. */
function lacking(list: MissingRow[] | null, what: string, cell?: string): MissingRow[] {
  const out = list ?? [];
  out.push({ what, cell });
  return out;
}
