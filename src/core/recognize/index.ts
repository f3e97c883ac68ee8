import { Grid } from "../grid";
import { BudgetModel, BudgetTable, ColumnSum, Observation, SheetModel, YearColumn } from "../model";
import { a1, tryParseRange } from "../address";
import { SheetView } from "./sheetView";
import { HeaderBlock, UnformedHeader, findHeaders } from "./headers";
import { BodyRow, TableRegion, readRegion } from "./region";
import { readKayttotalous } from "./kayttotalous";
import { readYksikot } from "./yksikot";
import { readMaararahat } from "./maararahat";
import { readTunnusluvut } from "./tunnusluvut";
import { areaAt, findAreaTitles } from "./area";
import { RowRole, isPerResidentLabel, normaliseLabel } from "./labels";
import { looksLikeStatement, readStatement, titleAbove } from "./statement";
import { isChangeHeading } from "./vocabulary/rows";
import { tableUnit } from "./unit";
import { conventionOf } from "./convention";
import { findTitledBlocks } from "./titledBlocks";
import { rateNames, ratesBelow } from "./rateList";
import { observeUnreadHeader } from "./unreadHeader";
import { Taken, observeUnformedTables } from "./unformedTables";

/** Finds the budget tables on every sheet, wherever they sit. */
export function recognizeWorkbook(grids: readonly Grid[]): BudgetModel {
  return { sheets: grids.map(recognizeSheet) };
}

export function recognizeSheet(grid: Grid): SheetModel {
  const view = new SheetView(grid);
  const observations: Observation[] = [];
  const titles = findAreaTitles(view);
  const sheetArea = areaAt(titles, view.bottom, grid.sheet);
  const model: SheetModel = {
    sheet: grid.sheet,
    area: titles.length === 1 || new Set(titles.map((t) => t.name)).size === 1 ? sheetArea : grid.sheet,
    tables: [],
    observations,
  };
  if (titles.length > 0) model.areaCell = titles[0].cell;
  if (!view.hasContent()) {
    observations.push({ kind: "empty-sheet", sheet: grid.sheet, cell: "A1" });
    return model;
  }
  const unformed: UnformedHeader[] = [];
  const found = mergeRepeatedHeaders(view, findHeaders(view, unformed));
  const titled = findTitledBlocks(view, found);
  // The header search finds blocks top to bottom and left to right: only titled blocks need placing among them.
  const headers = titled.length === 0 ? found : [...found, ...titled].sort((a, b) => a.top - b.top || a.left - b.left);
  const yearNotes = new Set<string>();
  const taken: Taken[] = [];
  for (const header of headers) {
    const region = readRegion(view, header, nextHeaderTop(headers, header));
    taken.push({ top: header.top, bottom: Math.max(header.bottom, region.bottom), left: Math.min(region.labelCol, header.left), right: header.right });
    const area = areaAt(titles, { top: header.top, left: Math.min(region.labelCol, header.left), right: header.right }, grid.sheet);
    checkDuplicateColumns(view, header, observations);
    if (region.rows.length === 0) {
      observations.push({ kind: "header-without-rows", sheet: grid.sheet, cell: a1(header.top, header.left), text: header.columns.map((c) => c.label).join(", ") });
      continue;
    }
    const tables = readTables(view, region, area, observations);
    observeUnreadHeader(grid.sheet, header, tables, observations);
    // The tables read from one region (a käyttötalous and its units) share its unit.
    const unit = tableUnit(view, region);
    for (const table of tables) {
      if (unit) table.unit = unit;
      table.convention ??= conventionOf(table);
      const sums = columnSumsOf(table, header);
      if (sums.length > 0) table.columnSums = sums;
      model.tables.push(table);
    }
    // Said once per sheet for the same headers: chapters printed one under another repeat them.
    if (header.yearNote && tables.length > 0 && !yearNotes.has(header.yearNote.text)) {
      const { cell, text, found } = header.yearNote;
      yearNotes.add(text);
      observations.push({ kind: found ? "header-year-from-title" : "header-no-year", sheet: grid.sheet, cell, text, table: tables[0].kind });
    }
    for (const a of header.ambiguous) {
      if (a.bareYears) observations.push({ kind: "header-years", sheet: grid.sheet, cell: a.cell, text: a.text });
      else observations.push({ kind: "header-reading", sheet: grid.sheet, cell: a.cell, text: `${a.text} → ${a.taken} (${a.other})` });
    }
  }
  if (unformed.length > 0) observeUnformedTables(view, unformed, taken, observations);
  if (model.tables.length === 0) {
    observations.push({ kind: "no-tables", sheet: grid.sheet, cell: a1(view.top, view.left) });
  }
  observeMergedCells(grid, model.tables, observations);
  return model;
}

// Asked of every region's rows: written once, not made at each call.
const TOIMINTAKATE = /^toimintakate\b/i;

function readTables(view: SheetView, region: TableRegion, area: string, observations: Observation[]): BudgetTable[] {
  const roles = rolesOf(region.rows);
  const title = region.labelCol >= view.left ? normaliseLabel(view.text(region.header.top, region.labelCol)) : "";
  // Module functions below, not closures made per table (docs/engine-speed.md: closures).
  if (looksLikeStatement(region.rows)) return readAsStatement(view, region, area, observations);
  if (roles.has("toimintatuotot") || roles.has("toimintakulut") || roles.has("kayttotalous-heading")) {
    const { table, rest } = readKayttotalous(view, region, area, observations);
    const units = readYksikot(view, region, rest, area, observations);
    return units ? [table, units] : [table];
  }
  // Määrärahat compare two years; a realisation comparison (budget, changes, outcome, deviation)
  // is a statement of its own.
  if ((region.header.changeEurCol !== undefined || region.header.changePctCol !== undefined) && region.header.columns.length === 2) {
    // Määrärahat: MENOT / TULOT / NETTOMENO with their change; other rows are a statement's.
    const known = region.rows.filter(isMaararahatRow).length;
    if (known > 0 && known * 2 >= region.rows.filter(hasValues).length) return [readMaararahat(view, region, area, observations)];
    return readAsStatement(view, region, area, observations);
  }
  // Tunnusluvut as the founding document lays them out: amounts with their Muutos % rows and
  // Toimintakate €/asukas. Other key-figure lists are read as statements.
  const kemijarviKeyFigures = region.rows.some(isToimintakatePerResident);
  if (roles.has("muutos-pct") || kemijarviKeyFigures || title.startsWith("tunnusluvut")) {
    return [readTunnusluvut(view, region, area, observations)];
  }
  if (roles.has("menot") || roles.has("tulot") || roles.has("nettomeno")) {
    // Unit blocks open with a unit's name; a chapter's Tulot / Menot / Netto opens with figures.
    const hasUnitNames = (region.rows.length > 0 && isName(region.rows[0])) || roles.has("vastuualue-yhteensa");
    if (!hasUnitNames && region.header.columns.length === 2) return [readMaararahat(view, region, area, observations)];
    // Tulot / Menot / Netto of a chapter, with no unit names: a statement of its own.
    if (!hasUnitNames) return readAsStatement(view, region, area, observations);
    const units = readYksikot(view, region, region.rows, area, observations);
    return units ? [units] : [];
  }
  // Rows the käyttötalous layouts do not know: read them by role and by their totals.
  if (region.rows.some(isStatementFigureRow)) return readAsStatement(view, region, area, observations);
  const figures = region.rows.filter(hasValues);
  if (figures.length > 0) {
    // Rows of figures none of which the engine knows: a list of rates (tax rates under a year row)
    // is no budget table, said once; other rows are told as for any table read in part.
    const start = a1(region.header.top, Math.min(region.labelCol, region.header.left));
    const range = `${start}:${a1(region.bottom, region.header.right)}`;
    const rates = rateNames(region.rows);
    if (rates) {
      const below = ratesBelow(view, region.labelCol, region.header.columns.map((c) => c.col), region.bottom);
      const cell = `${start}:${a1(below.bottom, region.header.right)}`;
      observations.push({ kind: "rates-only", sheet: view.sheet, cell, text: [...rates, ...below.names].join(", ") });
      return [];
    }
    const text = figures.map((r) => `${r.label} (${a1(r.row, region.labelCol)})`).join("; ");
    observations.push({ kind: "unread-parts", sheet: view.sheet, cell: range, text });
    return [];
  }
  observations.push({
    kind: "header-without-rows",
    sheet: view.sheet,
    cell: a1(region.header.top, region.header.left),
    text: region.header.columns.map((c) => c.label).join(", "),
  });
  return [];
}

// Only a statement is named by the title over it, looked for when the table is one. A titled
// block's title is its header line itself (`Bokslut 2022`).
function readAsStatement(view: SheetView, region: TableRegion, area: string, observations: Observation[]): BudgetTable[] {
  const titleText = region.header.titled ? view.text(region.header.top, region.labelCol) : (titleAbove(view, region)?.text ?? "");
  return [readStatement(view, region, area, titleText || view.sheet, observations)];
}

function hasValues(r: BodyRow): boolean {
  return r.hasValues;
}

// Määrärahat: MENOT / TULOT / NETTOMENO with their change.
function isMaararahatRow(r: BodyRow): boolean {
  return r.hasValues && (r.role === "menot" || r.role === "tulot" || r.role === "nettomeno");
}

function isToimintakatePerResident(r: BodyRow): boolean {
  return r.role === "per-resident" && TOIMINTAKATE.test(r.reading.key);
}

// Unit blocks open with a unit's name.
function isName(r: BodyRow): boolean {
  return !r.hasValues && r.role === "other" && !isChangeHeading(r.label) && !r.reading.row.role;
}

// A row of figures the käyttötalous layouts do not know, but a statement reads.
function isStatementFigureRow(r: BodyRow): boolean {
  return r.hasValues && Boolean(r.reading.row.role || r.reading.row.total || isChangeHeading(r.label) || isPerResidentLabel(r.label));
}

/** The roles a region's rows hold, one bit each: asked a dozen times per table, made without a set. */
function rolesOf(rows: readonly BodyRow[]): { has(role: RowRole): boolean } {
  let bits = 0;
  for (const r of rows) bits |= roleBit(r.role);
  return new RoleBits(bits);
}

// A class, not an object literal with an arrow made per table (docs/engine-speed.md: closures).
class RoleBits {
  constructor(private readonly bits: number) {}

  has(role: RowRole): boolean {
    return (this.bits & roleBit(role)) !== 0;
  }
}

/**
 * A role's bit. A switch, not a table indexed by the role's name: a lookup keyed by a string that
 * varies is a megamorphic load (a stub cache probe each time), asked of every row of every table;
 * these are comparisons of interned strings.
 */
function roleBit(role: RowRole): number {
  switch (role) {
    case "other":
      return 1;
    case "kayttotalous-heading":
      return 2;
    case "toimintatuotot":
      return 4;
    case "toimintakulut":
      return 8;
    case "toimintakate":
      return 16;
    case "menot":
      return 32;
    case "tulot":
      return 64;
    case "nettomeno":
      return 128;
    case "vastuualue-yhteensa":
      return 256;
    case "muutos-pct":
      return 512;
    case "per-resident":
      return 1024;
  }
}

/** The header's column sums, when the table kept every column of them (as a year or a change column). */
function columnSumsOf(table: BudgetTable, header: HeaderBlock): ColumnSum[] {
  if (!header.columnSums) return [];
  const cols = new Set([...table.columns.map((c) => c.col), ...("across" in table ? table.across.map((a) => a.col) : [])]);
  const out: ColumnSum[] = [];
  for (const s of header.columnSums) {
    if (!cols.has(s.target) || s.terms.some((c) => !cols.has(c))) continue;
    out.push({ target: s.target, terms: s.terms.map((col) => ({ col, sign: 1 as const })), text: s.text });
  }
  return out;
}

/**
 * A header printed again right under the rows of the same table (a statement in sections, each
 * under the period columns) continues that table: the repeat becomes a section line of it.
 */
function mergeRepeatedHeaders(view: SheetView, headers: readonly HeaderBlock[]): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  for (const h of headers) {
    let prev: HeaderBlock | undefined;
    for (let i = out.length - 1; i >= 0 && !prev; i--) if (out[i].right >= h.left && out[i].left <= h.right) prev = out[i];
    const same =
      prev &&
      prev.columns.length === h.columns.length &&
      prev.columns.every((c, i) => c.col === h.columns[i].col && c.label === h.columns[i].label);
    if (prev && same && runsOn(view, prev, h)) {
      const repeats = prev.repeats ?? (prev.repeats = []);
      for (let r = h.top; r <= h.bottom; r++) repeats.push(r);
      continue;
    }
    // The header search made each block for this sheet alone: it is kept as it is, not copied.
    out.push(h);
  }
  return out;
}

/** No blank line between the end of one header and the start of the next: one table. */
function runsOn(view: SheetView, a: HeaderBlock, b: HeaderBlock): boolean {
  const left = Math.min(a.left, b.left) - 1;
  const right = Math.max(a.right, b.right);
  const from = Math.max(a.bottom, ...(a.repeats ?? [])) + 1;
  if (from >= b.top) return false;
  // A title line right over the repeated header starts a table of its own.
  const above = b.top - 1;
  let figures = false;
  for (let c = Math.max(b.left, view.left); c <= b.right; c++) if (view.isFigure(above, c)) figures = true;
  if (!figures) return false;
  for (let r = from; r < b.top; r++) if (view.isBlankRow(r, Math.max(left, view.left), right)) return false;
  return true;
}

/** The next header below this one that covers some of the same columns ends this table. */
function nextHeaderTop(headers: readonly HeaderBlock[], header: HeaderBlock): number {
  let top = Number.POSITIVE_INFINITY;
  for (const h of headers) {
    if (h.top <= header.bottom) continue;
    if (h.right < header.left - 1 || h.left > header.right) continue;
    top = Math.min(top, h.top);
  }
  return top;
}

function checkDuplicateColumns(view: SheetView, header: HeaderBlock, observations: Observation[]): void {
  // A header has a handful of columns: each is compared with those before it, with no set or key made.
  const columns = header.columns;
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i];
    // Konserni 2019 and Kaupunki 2019 are two columns of one year, not one column twice.
    let twice = false;
    for (let j = 0; j < i && !twice; j++) twice = sameColumnKey(columns[j], c);
    if (twice) observations.push({ kind: "duplicate-year-column", sheet: view.sheet, cell: c.headerRange.split(":")[0], text: c.label });
  }
}

/** Whether two columns have the same key, `label` or `label entity`, as a text. */
function sameColumnKey(a: YearColumn, b: YearColumn): boolean {
  return (a.entity ? `${a.label} ${a.entity}` : a.label) === (b.entity ? `${b.label} ${b.entity}` : b.label);
}

/** Merged cells over figures hide values from Excel's own sums; the user should know. */
function observeMergedCells(grid: Grid, tables: readonly BudgetTable[], observations: Observation[]): void {
  for (const ref of grid.merged ?? []) {
    // Hosts list merges as A1 ranges; one that does not read as a range cannot be placed over a table.
    const range = tryParseRange(ref)?.range;
    if (!range) continue;
    const table = tables.find(
      (t) => range.top <= t.bottom && range.bottom >= t.top && range.left <= t.right && range.right >= t.left,
    );
    if (!table) continue;
    const firstFigureCol = Math.min(...table.columns.map((c) => c.col));
    if (range.right < firstFigureCol || range.bottom <= table.top + 1) continue;
    observations.push({ kind: "merged-cells", sheet: grid.sheet, cell: ref, table: table.kind });
  }
}
