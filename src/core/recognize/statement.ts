import { AcrossColumn, ChangeRow, Observation, StatementRow, StatementTable } from "../model";
import { columnWords } from "./headers";
import { DEVIATION_WORDS, SIGNED_KINDS } from "./vocabulary/columns";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { BodyRow, TableRegion } from "./region";
import { labeledRow } from "./rows";
import { tableFrame } from "./frame";
import { isChangeHeading, readRow, roleWord, rowKey } from "./vocabulary/rows";
import { detectConvention } from "../relations/convention";
import { partsOf } from "../relations/catalogue";
import { isUnitOnly, withoutUnit } from "./vocabulary/units";
import { isPerResidentLabel } from "./labels";
import { leadingTotals } from "./leadingTotals";
import { unreadHeaderParts } from "./unreadHeader";

const INCOME_STATEMENT = /tuloslaskelma|resultaträkning|income statement/i;
const CASH_FLOW = /rahoituslaskelma|rahoitusosa|finansieringsanalys|kassaflödesanalys|cash flow/i;
const INVESTMENTS = /investointi|investering|capital expenditure|investments/i;

const INCOME_ROLES = new Set(["verotulot", "valtionosuudet", "vuosikate", "tilikauden tulos", "tilikauden ylijäämä", "rahoitustuotot ja -kulut", "poistot ja arvonalentumiset"]);
const CASH_ROLES = new Set(["toiminnan rahavirta", "investointien rahavirta", "rahoituksen rahavirta", "rahavarojen muutos", "lainakannan muutokset"]);

/**
 * A table of labelled rows read by role (recognize/vocabulary/rows.ts): a tuloslaskelma, a
 * rahoituslaskelma, an investment part, a chapter's Tulot / Menot / Netto, or a breakdown whose
 * lines add up to a `… yhteensä`. Label-only lines (and a header printed again) are section
 * headings: a nameless row of figures under one is that section's subtotal. Rows under a
 * `Muutos, %` line are the change % of the amount rows of the same name above.
 */
export function readStatement(view: SheetView, region: TableRegion, area: string, title: string, observations: Observation[]): StatementTable {
  const { header, labelCol } = region;
  const rows: StatementRow[] = [];
  const changes: ChangeRow[] = [];
  const breaks: number[] = [header.bottom];
  // The header's own label (`Toimintatulot (1 000 €)` over the period columns) names its first section.
  let heading: string | undefined = sectionName(labelCol >= view.left ? view.text(header.top, labelCol) : "");
  let inChanges = false;
  for (let k = 0; k < region.rows.length; k++) {
    const b = region.rows[k];
    if (!b.hasValues && !b.repeat && isEmptyFigureRow(b, region.rows[k + 1])) {
      // `Menot` with nothing in it is a row of empty figures (nothing spent), not a heading.
      const row = labeledRow(view, b, labelCol, header.columns);
      const reading = b.reading.row;
      if (!inChanges) {
        const sr: StatementRow = Object.assign(row, { total: reading.total });
        if (reading.role) sr.role = reading.role.role;
        rows.push(sr);
      }
      continue;
    }
    if (!b.hasValues) {
      if (isChangeHeading(b.label)) {
        inChanges = true;
        continue;
      }
      inChanges = false;
      breaks.push(b.row);
      heading = sectionName(b.label);
      continue;
    }
    const row = labeledRow(view, b, labelCol, header.columns);
    if (!inChanges && isChangeHeading(b.label) && rows.length > 0) {
      // `Förändring %` right under an amount (key figures by year): that amount's change.
      changes.push({ row, of: rows[rows.length - 1] });
      continue;
    }
    if (inChanges) {
      // `Tulot` under `Muutos, %` is the change of `Tulot` (or `Tulot yhteensä`) above.
      const key = rowKey(b.label);
      const role = b.reading.row.role?.role;
      const of = [...rows].reverse().find((r) => rowKey(r.label) === key) ?? (role ? [...rows].reverse().find((r) => r.role === role) : undefined);
      if (of) changes.push({ row, of });
      else observations.push(unread(view, b, labelCol));
      continue;
    }
    const nameless = b.label === "" || isUnitOnly(b.label);
    const reading = rowReading(nameless && heading ? heading : b.label);
    const sr: StatementRow = Object.assign(row, { total: reading.total || (nameless && heading !== undefined) });
    if (reading.role) sr.role = reading.role.role;
    if (nameless && heading) sr.heading = heading;
    rows.push(sr);
  }
  const kind = statementKind(title, rows);
  const last = region.rows.length ? region.rows[region.rows.length - 1].row : header.bottom;
  const totals = totalsOf(rows, breaks);
  const convention = detectConvention(
    rows.filter((r) => r.role && roleWord(r.role)?.nature === "cost").flatMap((r) => r.cells.map((c) => c.parsed)),
  );
  const unplaced: string[] = [];
  const across = acrossColumns(view, region, rows, unplaced);
  const table: StatementTable = Object.assign(tableFrame(view, kind, region, area, last), { kind, title, rows, changes, breaks, totals, convention, across });
  const unreadParts = [
    ...unreadHeaderParts(header.unread),
    ...unplaced.map((text) => ({ text, why: "change-without-columns" as const })),
    ...unreadRows(rows, totals).map((r) => ({ text: `${r.label} (${r.labelCell})`, row: r.row })),
  ];
  if (unreadParts.length > 0) {
    observations.push({ kind: "unread-parts", sheet: view.sheet, cell: table.range, text: unreadParts.map((p) => p.text).join("; "), parts: unreadParts, table: kind });
  }
  return table;
}

/**
 * The lines each total adds up: the rows since the last heading or total above it. A row with a
 * known role ends the run too when the total is a nameless subtotal of a section.
 */
function totalsOf(rows: readonly StatementRow[], breaks: readonly number[]): { total: StatementRow; lines: StatementRow[] }[] {
  const out: { total: StatementRow; lines: StatementRow[] }[] = [];
  let lines: StatementRow[] = [];
  let previous = -1;
  for (const r of rows) {
    // A heading between the previous row and this one starts a new run of lines.
    if (breaks.some((b) => b > previous && b < r.row)) lines = [];
    previous = r.row;
    if (r.total) {
      if (lines.length >= 2) out.push({ total: r, lines });
      lines = [];
      continue;
    }
    lines.push(r);
  }
  return out;
}

/** Rows with figures that no role and no total accounts for: not checked, and said so. */
function unreadRows(rows: readonly StatementRow[], totals: readonly { total: StatementRow; lines: StatementRow[] }[]): StatementRow[] {
  const inTotals = new Set(totals.flatMap((t) => [t.total.row, ...t.lines.map((l) => l.row)]));
  const unread = rows.filter((r) => !r.role && !inTotals.has(r.row));
  if (unread.length === 0) return unread;
  // Lines printed below their total (`Verotulot yhteensä`, then `tulovero`…) are read as its parts.
  const below = new Set(leadingTotals({ rows, totals }).flatMap((t) => t.lines));
  return unread.filter((r) => !below.has(r));
}

/**
 * A label-only line the vocabulary knows is a heading when the next row is one of its parts
 * (`Toiminnan rahavirta` over `Vuosikate`), otherwise a row whose figures are empty.
 */
function isEmptyFigureRow(b: BodyRow, next: BodyRow | undefined): boolean {
  const role = b.reading.row.role?.role;
  if (!role || role === "ylitykset") return false;
  if (!next) return true;
  const nextRole = next.reading.row.role?.role;
  return !(nextRole && partsOf(role).has(nextRole)) && next.label !== "";
}

/**
 * The row's reading, except that a figure per resident (`Årsbidrag (€./inv.)`) is not the amount
 * it divides (`Årsbidrag`): it keeps a role only when the role is itself a per-resident one.
 */
function rowReading(label: string): ReturnType<typeof readRow> {
  const reading = readRow(label);
  if (!reading.role || !isPerResidentLabel(label) || reading.role.role.includes("/asukas")) return reading;
  return { ...reading, role: undefined };
}

/** A heading's words without its unit, or nothing when it names only a unit. */
function sectionName(label: string): string | undefined {
  if (label === "" || isUnitOnly(label)) return undefined;
  const words = withoutUnit(label).replace(/[,\s]+$/, "").trim();
  return words === "" ? undefined : words;
}

function statementKind(title: string, rows: readonly StatementRow[]): StatementTable["kind"] {
  if (INCOME_STATEMENT.test(title)) return "tuloslaskelma";
  if (CASH_FLOW.test(title)) return "rahoituslaskelma";
  if (INVESTMENTS.test(title)) return "investoinnit";
  if (rows.some((r) => r.role && CASH_ROLES.has(r.role))) return "rahoituslaskelma";
  if (rows.some((r) => r.role && INCOME_ROLES.has(r.role))) return "tuloslaskelma";
  if (rows.some((r) => r.role === "investointimenot" || r.role === "nettoinvestoinnit")) return "investoinnit";
  return "erittely";
}

/** Whether the rows are a statement's rather than one of the käyttötalous layouts. */
export function looksLikeStatement(rows: readonly BodyRow[]): boolean {
  return rows.some(isStatementRow);
}

// A module function, not a callback made per call (docs/engine-speed.md: closures).
function isStatementRow(b: BodyRow): boolean {
  const role = b.reading.row.role?.role;
  return role !== undefined && (INCOME_ROLES.has(role) || CASH_ROLES.has(role));
}

function unread(view: SheetView, b: BodyRow, labelCol: number): Observation {
  return { kind: "unknown-row", sheet: view.sheet, cell: a1(b.row, Math.max(labelCol, 0)), text: b.label };
}

/**
 * The title over a table: the nearest text above its header (within three lines), from the label
 * column rightwards. Used for the table's kind (`Tuloslaskelmaosa`) and its unit (`1 000 €`).
 */
export function titleAbove(view: SheetView, region: TableRegion): { text: string; row: number; col: number } | null {
  const left = Math.max(view.left, Math.min(region.labelCol, region.header.left));
  for (let r = region.header.top - 1; r >= Math.max(view.top, region.header.top - 3); r--) {
    // A line with figures under the header is the last row of the table above, not a title.
    if (region.header.columns.some((x) => view.isFigure(r, x.col))) return null;
    for (let c = left; c <= region.header.right; c++) {
      const p = view.parsed(r, c);
      if (p.kind === "text") return { text: p.text, row: r, col: c };
    }
  }
  return null;
}

/**
 * The change columns of the header, each between two year columns: the years its header names
 * (`Muutos 2017–2018`), else the last year column left of it against that column's usual base
 * (the same kind a year earlier). One whose two columns the table lacks goes to `unplaced`, to be
 * said unread rather than skipped.
 */
function acrossColumns(view: SheetView, region: TableRegion, rows: readonly StatementRow[], unplaced: string[]): AcrossColumn[] {
  const columns = region.header.columns;
  const out: AcrossColumn[] = [];
  for (const r of region.header.ratios) {
    const { words, years } = columnWords(r.text);
    const deviation = r.kind === "usage-pct" || DEVIATION_WORDS.some((w) => words === w || words.startsWith(`${w} `));
    let newIndex = -1;
    let oldIndex = -1;
    if (r.between) {
      const { newCol, oldCol } = r.between;
      newIndex = columns.findIndex((c) => c.col === newCol);
      oldIndex = columns.findIndex((c) => c.col === oldCol);
    } else if (deviation) {
      // Outcome against the same year's budget: the actual (or forecast) and the budget of the year.
      const year = years[0] ?? columns[lastIndex(columns, (c) => c.col < r.col)]?.year;
      newIndex = lastIndex(columns, (c) => c.year === year && c.col < r.col && (c.kind === "TP" || c.kind === "TPE"));
      oldIndex = lastIndex(columns, (c) => c.year === year && c.col < r.col && (c.kind === "TA+MUUTOS" || c.kind === "TA"));
    } else if (years.length === 2) {
      // An overrun right is no year's figures: a change is between the years' own columns.
      const [a, b] = [Math.min(...years), Math.max(...years)];
      newIndex = lastIndex(columns, (c) => c.year === b && c.col < r.col && !SIGNED_KINDS.has(c.kind));
      oldIndex = lastIndex(columns, (c) => c.year === a && c.col < r.col && !SIGNED_KINDS.has(c.kind));
    } else {
      newIndex = lastIndex(columns, (c) => c.col < r.col && !SIGNED_KINDS.has(c.kind));
      const target = columns[newIndex];
      if (target) oldIndex = lastIndex(columns, (c) => c.kind === target.kind && c.year === target.year - 1);
    }
    if (newIndex < 0 || oldIndex < 0) {
      unplaced.push(`${r.text} (${r.headerRange})`);
      continue;
    }
    out.push({ kind: r.kind, col: r.col, text: r.text, newIndex, oldIndex, cells: rows.map((row) => view.valueCell(row.row, r.col)) });
  }
  return out;
}

function lastIndex<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}
