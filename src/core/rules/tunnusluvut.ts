import { Finding } from "../findings";
import { LabeledRow, TunnusluvutTable } from "../model";
import { matchColumn } from "../compare/columns";
import { mergeCells } from "../compare/ranges";
import { parseA1 } from "../address";
import { Rule, RuleContext } from "./types";
import { allTables, kayttotalousFor } from "./support/tables";
import { holdsNumber } from "./support/cells";
import { againstCellFinding, judgeAgainstCell } from "./support/euro";
import { makeFinding } from "./support/finding";
import { kayttotalousCounterpart } from "./support/counterparts";

/**
 * Tunnusluvut amounts equal their käyttötalous lines (Henkilöstömenot ↔ Henkilöstökulut,
 * Palvelujen ostot ↔ Palvelujen ostot, …) in the matching column: the same kind and year, else
 * TA ↔ TA+MUUTOS of the same year. What cannot be compared (plan years with no käyttötalous
 * column, rows with no käyttötalous line, no käyttötalous at all) is said once per table.
 */
export const tunnusluvutRule: Rule = {
  ids: ["tunnusluku-kayttotalous", "tunnusluku-not-compared"],
  run(ctx) {
    const out: Finding[] = [];
    const tables = allTables(ctx.model, "tunnusluvut");
    // Indexed, and each table's findings added one by one: this runs once a check, unoptimised,
    // where iterators and spreads make an object per step.
    for (let t = 0; t < tables.length; t++) {
      const found = checkTable(ctx, tables[t]);
      for (let f = 0; f < found.length; f++) out.push(found[f]);
    }
    return out;
  },
};

/** The columns' labels, comma-joined: a loop, not `map` (docs/engine-speed.md: lists made by `map`). */
function labelsJoined(columns: readonly { label: string }[]): string {
  let out = "";
  for (let i = 0; i < columns.length; i++) out += i === 0 ? columns[i].label : `, ${columns[i].label}`;
  return out;
}

/** Where a finding about the whole table points: its first column's header, else its first cell. Made for such a finding only. */
function headerCellOf(table: TunnusluvutTable): string {
  return table.columns[0]?.headerRange.split(":")[0] ?? table.range.split(":")[0];
}

// Each finding's place is a literal: spreading is V8's slow path. A module function, not a closure
// made per table (docs/engine-speed.md: closures).
function placeIn(table: TunnusluvutTable, cell: string, row?: string) {
  return row === undefined ? { sheet: table.sheet, area: table.area, table: table.kind, cell } : { sheet: table.sheet, area: table.area, table: table.kind, cell, row };
}

function checkTable(ctx: RuleContext, table: TunnusluvutTable): Finding[] {
  if (table.items.length === 0) return [];
  const out: Finding[] = [];
  const k = kayttotalousFor(ctx.model, table);
  if (!k) {
    out.push(makeFinding("tunnusluku-not-compared", "info", placeIn(table, headerCellOf(table)), [table.range], {}, ctx.t("tunnusluku.no-kayttotalous", { area: table.area })));
    return out;
  }
  const unmatchedColumns = new Set<string>();
  const unmatchedRows: string[] = [];
  // Each column's käyttötalous column, the same for every row.
  const matches: ReturnType<typeof matchColumn>[] = [];
  for (let i = 0; i < table.columns.length; i++) matches.push(matchColumn(table.columns[i], k.columns));
  for (let t = 0; t < table.items.length; t++) {
    const item = table.items[t];
    const source = kayttotalousCounterpart(item.amount.label, k);
    if (!source) {
      unmatchedRows.push(item.amount.label);
      continue;
    }
    const amount = item.amount;
    for (let i = 0; i < table.columns.length; i++) {
      const m = matches[i];
      const checked = amount.cells[i];
      const column = table.columns[i].label;
      if (!m) {
        if (holdsNumber(checked)) unmatchedColumns.add(column);
        continue;
      }
      const cell = source.cells[m.index];
      const verdict = judgeAgainstCell(ctx, "tunnusluku-kayttotalous", column, table.sheet, checked, cell, k.sheet);
      if (!verdict) continue;
      const place = { sheet: table.sheet, area: table.area, table: table.kind, row: amount.label, column };
      const params = { row: amount.label, column, kRow: source.label, kColumn: k.columns[m.index].label };
      out.push(againstCellFinding(ctx, { rule: "tunnusluku-kayttotalous", place, checked: checked!, verdict, messageKey: "tunnusluku-kayttotalous", params }, cell!, k.sheet));
    }
  }
  if (unmatchedColumns.size > 0) {
    // Loops, not callbacks made per table (docs/engine-speed.md: closures).
    const starts: ReturnType<typeof parseA1>[] = [];
    let cell: string | undefined;
    for (let i = 0; i < table.columns.length; i++) {
      const c = table.columns[i];
      if (!unmatchedColumns.has(c.label)) continue;
      const start = c.headerRange.split(":")[0];
      cell ??= start;
      starts.push(parseA1(start));
    }
    cell ??= headerCellOf(table);
    const headers = mergeCells(starts);
    out.push(
      makeFinding("tunnusluku-not-compared", "info", placeIn(table, cell), headers, {}, ctx.t("tunnusluku.columns-not-compared", { columns: [...unmatchedColumns].join(", "), kColumns: labelsJoined(k.columns) })),
    );
  }
  if (unmatchedRows.length > 0) {
    const rows: LabeledRow[] = [];
    const starts: ReturnType<typeof parseA1>[] = [];
    for (let i = 0; i < table.items.length; i++) {
      const it = table.items[i];
      if (!unmatchedRows.includes(it.amount.label)) continue;
      rows.push(it.amount);
      starts.push(parseA1(it.amount.labelCell));
    }
    const labels = mergeCells(starts);
    out.push(
      makeFinding("tunnusluku-not-compared", "info", placeIn(table, rows[0]?.labelCell ?? headerCellOf(table), unmatchedRows[0]), labels, {}, ctx.t("tunnusluku.rows-not-compared", { rows: unmatchedRows.join(", ") })),
    );
  }
  return out;
}
