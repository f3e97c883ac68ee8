import { Finding } from "../findings";
import { TunnusluvutTable } from "../model";
import { matchColumn } from "../compare/columns";
import { mergeCells } from "../compare/ranges";
import { parseA1 } from "../address";
import { Rule, RuleContext } from "./types";
import { allTables, kayttotalousFor } from "./support/tables";
import { holdsNumber } from "./support/cells";
import { checkAgainstCell } from "./support/euro";
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
    for (const { table } of allTables(ctx.model, "tunnusluvut")) out.push(...checkTable(ctx, table));
    return out;
  },
};

function checkTable(ctx: RuleContext, table: TunnusluvutTable): Finding[] {
  if (table.items.length === 0) return [];
  const out: Finding[] = [];
  const place = { sheet: table.sheet, area: table.area, table: table.kind };
  const headerCell = table.columns[0]?.headerRange.split(":")[0] ?? table.range.split(":")[0];
  const k = kayttotalousFor(ctx.model, table);
  if (!k) {
    out.push(makeFinding("tunnusluku-not-compared", "info", { ...place, cell: headerCell }, [table.range], {}, ctx.t("tunnusluku.no-kayttotalous", { area: table.area })));
    return out;
  }
  const unmatchedColumns = new Set<string>();
  const unmatchedRows: string[] = [];
  // Each column's käyttötalous column, the same for every row.
  const matches = table.columns.map((col) => matchColumn(col, k.columns));
  for (const item of table.items) {
    const source = kayttotalousCounterpart(item.amount.label, k);
    if (!source) {
      unmatchedRows.push(item.amount.label);
      continue;
    }
    table.columns.forEach((col, i) => {
      const m = matches[i];
      if (!m) {
        if (holdsNumber(item.amount.cells[i])) unmatchedColumns.add(col.label);
        return;
      }
      const f = checkAgainstCell(ctx, {
        rule: "tunnusluku-kayttotalous",
        place: { ...place, row: item.amount.label, column: col.label },
        checked: item.amount.cells[i],
        source: source.cells[m.index],
        sourceSheet: k.sheet,
        messageKey: "tunnusluku-kayttotalous",
        params: { row: item.amount.label, column: col.label, kRow: source.label, kColumn: k.columns[m.index].label },
      });
      if (f) out.push(f);
    });
  }
  if (unmatchedColumns.size > 0) {
    const cols = table.columns.filter((c) => unmatchedColumns.has(c.label));
    const cell = cols[0]?.headerRange.split(":")[0] ?? headerCell;
    const headers = mergeCells(cols.map((c) => parseA1(c.headerRange.split(":")[0])));
    out.push(
      makeFinding("tunnusluku-not-compared", "info", { ...place, cell }, headers, {}, ctx.t("tunnusluku.columns-not-compared", { columns: [...unmatchedColumns].join(", "), kColumns: k.columns.map((c) => c.label).join(", ") })),
    );
  }
  if (unmatchedRows.length > 0) {
    const rows = table.items.filter((it) => unmatchedRows.includes(it.amount.label)).map((it) => it.amount);
    const labels = mergeCells(rows.map((r) => parseA1(r.labelCell)));
    out.push(
      makeFinding("tunnusluku-not-compared", "info", { ...place, cell: rows[0]?.labelCell ?? headerCell, row: unmatchedRows[0] }, labels, {}, ctx.t("tunnusluku.rows-not-compared", { rows: unmatchedRows.join(", ") })),
    );
  }
  return out;
}
