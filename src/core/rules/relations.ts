import Decimal from "decimal.js";
import { Finding } from "../findings";
import { AcrossColumn, BudgetTable, ColumnSum, StatementRow, StatementTable, ValueCell } from "../model";
import { formatShape } from "../compare/numberFormat";
import { normaliseSpaces } from "../numbers";
import { Rule, RuleContext } from "./types";
import { Checking, QuotientFormula, checkLinear, checkShownRatio, factor, natureOf, nearest, percentExtra, quotientFormula, recordLinear, sameColumns, toleranceOf } from "./relationChecking";
import { coefficientOf } from "./support/coefficient";
import { halfUnit } from "../arithmetic/rounding";
import { checkPerResidentPairs } from "./perResidentPairs";
import { subItemSums } from "./subItems";
import { leadingTotals } from "../recognize/leadingTotals";
import { keyFigureRows } from "./keyFigures";
import { makeFinding, severityOf } from "./support/finding";
import { numberIn, shownDecimals } from "./support/cells";
import { cellRanges, isSignedColumn, isStatement } from "./support/tables";
import { resolveChangeBase } from "./support/changeBase";
import { AS_READ } from "../format";
import { MessageParam, figure, listJoined, relationLabel, uniqueParts } from "../message";
import { Equation } from "../relations/equation";
import { linearEquation } from "../relations/linear";
import { CHANGE_PERCENT, ShownFormula, shownEquation } from "../relations/shown";
import { RATIOS, RELATIONS, RatioRelation, Relation, partsOf } from "../relations/catalogue";
import { expectedSign, toKuntajaosto } from "../relations/convention";
import { recordJudged, takeBackFrom } from "../relations/failingPlaces";
import { isOfWhich, roleWord } from "../recognize/vocabulary/rows";
import { ColumnRef, findFirstColumn } from "../compare/columns";

/**
 * The relation catalogue (relations/catalogue.ts) on every statement table: each relation whose
 * rows are present is checked in every column and recorded as an equation; the lines of every
 * `… yhteensä` add up to it; change % rows are checked against their base column; key figures
 * against the rows they are computed from. What cannot be checked is said once per table.
 * Every identity is evaluated in the table's own sign convention and rounding is judged in its
 * own unit: in a table of thousands, one unit of the last digit shown is rounding.
 */
export const relationsRule: Rule = {
  ids: ["relation", "relation-total", "relation-change", "relation-ratio", "relation-not-checked"],
  run(ctx) {
    const out: Finding[] = [];
    // Indexed loop: this runs once a check, unoptimised, where each step of an iterator is an object.
    const sheets = ctx.model.sheets;
    for (let s = 0; s < sheets.length; s++) {
      const sheet = sheets[s];
      const statements = sheet.tables.filter(isStatement);
      for (const table of statements) out.push(...checkStatement(ctx, table, statements, sheet.tables));
    }
    return out;
  },
};

function checkStatement(ctx: RuleContext, table: StatementTable, statements: readonly StatementTable[], sheetTables: readonly BudgetTable[]): Finding[] {
  const byRole = new Map<string, StatementRow[]>();
  for (const r of table.rows) if (r.role) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  // A statement printed in parts (a title between them) keeps its columns: a relation may reach
  // a row of another part, when its own table has no row of that role.
  const sheetRoles = new Map<string, StatementRow[]>();
  const siblings = statements.filter((x) => x !== table && sameColumns(x, table));
  for (const o of siblings) for (const r of o.rows) if (r.role) sheetRoles.set(r.role, [...(sheetRoles.get(r.role) ?? []), r]);
  const c: Checking = { ctx, table, byRole, sheetRoles, siblings, out: [], notChecked: [] };
  const checkedTargets = new Set<number>();
  const groups = new Map<string, Relation[]>();
  for (const rel of RELATIONS) {
    if (!rel.tables.includes(table.kind)) continue;
    const key = rel.group ?? rel.id;
    groups.set(key, [...(groups.get(key) ?? []), rel]);
  }
  for (const variants of groups.values()) {
    for (const target of byRole.get(variants[0].target) ?? []) {
      if (checkGroup(c, variants, target)) checkedTargets.add(target.row);
    }
  }
  checkChapters(c, statements);
  for (const s of subItemSums(table, statements)) {
    const name = ctx.t("relation.sub-items-name", { row: s.target.label, chapter: s.chapter });
    checkLinear(c, "relation", name, s.target, s.parts.map((row) => ({ row, sign: 1 as const })), natureOf(s.target));
  }
  for (const t of leadingTotals(table)) {
    checkedTargets.add(t.total.row);
    checkLinear(c, "relation-total", ctx.t("relation.leading-total-name", { row: t.total.label }), t.total, t.lines.map((row) => ({ row, sign: 1 as const })), natureOf(t.total), { below: true });
  }
  for (const t of table.totals) {
    // A total whose lines have roles of their own is a figure of the statement, not their sum.
    if (!checkedTargets.has(t.total.row) && t.lines.every((l) => !l.role)) checkTotal(c, t.total, t.lines);
  }
  for (const ch of table.changes) checkChanges(c, ch.row, ch.of);
  for (const a of table.across) if (!statedBySum(table, a)) checkAcross(c, a);
  const byImpliedPopulation = checkPerResidentPairs(c, statements);
  const keyFigures = keyFigureRows(table, sheetTables);
  for (const ratio of RATIOS) if (ratio.tables.includes(table.kind)) checkRatio(c, ratio, byImpliedPopulation, keyFigures);
  if (c.notChecked.length > 0) {
    const first = table.range.split(":")[0];
    c.out.push(
      makeFinding(
        "relation-not-checked",
        "info",
        { sheet: table.sheet, area: table.area, table: table.kind, cell: first },
        [table.range],
        {},
        ctx.t("relation.not-checked", { range: table.range, list: listJoined(uniqueParts(c.notChecked), "; ") }),
      ),
    );
  }
  return c.out;
}

interface Resolved {
  rel: Relation;
  parts: { row: StatementRow; sign: 1 | -1 }[];
  missing: string[];
  enough: boolean;
}

function resolve(c: Checking, rel: Relation, target: StatementRow): Resolved {
  const terms = rel.terms.map((t) => ({ term: t, row: nearest(c, t.role, target) }));
  const missing = terms.filter((t) => !t.row && !t.term.optional).map((t) => t.term.role);
  const parts = terms.filter((t) => t.row).map((t) => ({ row: t.row!, sign: t.term.sign }));
  const enough = missing.length === 0 && parts.length >= Math.max(rel.minTerms ?? 1, 1);
  return { rel, parts, missing, enough };
}

/**
 * A sum of lines is whole only when every row among its lines is one of them or a part of one:
 * another row there (a line the catalogue does not list for it) would be left out of the sum.
 */
function otherLinesBetween(c: Checking, r: Resolved, target: StatementRow): StatementRow[] {
  const rows = r.parts.map((p) => p.row).filter((x) => c.table.rows.includes(x));
  if (rows.length === 0) return [];
  const lo = Math.min(...rows.map((x) => x.row));
  const hi = Math.max(...rows.map((x) => x.row));
  const allowed = new Set([...r.rel.terms.map((t) => t.role), ...r.rel.terms.flatMap((t) => [...partsOf(t.role)])]);
  return c.table.rows.filter((x) => x.row > lo && x.row < hi && x !== target && x.role !== undefined && !allowed.has(x.role));
}

/** Checks the first variant of a relation whose rows are present; says so when none is. */
function checkGroup(c: Checking, variants: readonly Relation[], target: StatementRow): boolean {
  const resolved = variants.map((rel) => resolve(c, rel, target));
  const usable = resolved.find((r) => r.enough);
  if (!usable) {
    // Said only when some of the relation's rows are there: a lone figure has nothing to agree with.
    const partial = resolved.find((r) => r.parts.length > 0);
    if (partial) {
      const rows = partial.missing.length > 0 ? partial.missing.join(", ") : partial.rel.terms.map((t) => t.role).join(" / ");
      c.notChecked.push(c.ctx.t("relation.missing-rows", { relation: partial.rel.name, rows }));
    }
    return false;
  }
  const name: MessageParam = usable.rel.name;
  // Rows among the lines that the relation does not list, else rows between that nothing reads.
  const between = usable.rel.minTerms ? otherLinesBetween(c, usable, target) : [];
  const gaps = between.length > 0 ? between : unreadBetween(c, [target, ...usable.parts.map((p) => p.row)]);
  if (gaps.length > 0) {
    c.notChecked.push(c.ctx.t("relation.unread-between", { relation: name, rows: gaps.map((g) => `${g.label} (${g.labelCell})`).join(", ") }));
    return false;
  }
  if (usable.rel.target === "netto" && c.table.convention === "costs-positive") chooseNetReading(c, target, usable.parts);
  const omitted = usable.rel.optionalMayBeOmitted && usable.rel.terms.every((t) => !t.optional || !usable.parts.some((p) => p.row.role === t.role));
  const how = omitted ? { incomplete: true, omitted: usable.rel.terms.filter((t) => t.optional).map((t) => t.role) } : {};
  checkLinear(c, "relation", name, target, usable.parts, undefined, how);
  for (const a of c.table.across) if (a.kind === "change-eur") checkAcrossRelation(c, a, name, target, usable.parts);
  return true;
}

/** Rows with figures between `from` and `to` that nothing reads: a relation across them may miss one. */
function unreadBetween(c: Checking, rows: readonly StatementRow[]): StatementRow[] {
  const lo = Math.min(...rows.map((r) => r.row));
  const hi = Math.max(...rows.map((r) => r.row));
  const inTotals = new Set(c.table.totals.flatMap((t) => [t.total.row, ...t.lines.map((l) => l.row)]));
  // A `josta` / `varav` line says what a line above contains; it adds nothing to the sum.
  return c.table.rows.filter((r) => r.row > lo && r.row < hi && !r.role && !inTotals.has(r.row) && !isOfWhich(r.label));
}

/**
 * Where costs are positive a `Netto` is printed either as tulot − menot or as menot − tulot. The
 * reading under which more columns hold is taken (tulot − menot when equal), and named in findings.
 */
function chooseNetReading(c: Checking, target: StatementRow, present: readonly { row: StatementRow; sign: 1 | -1 }[]): void {
  const holds = (reading: StatementTable["netReading"]) => {
    c.table.netReading = reading;
    let n = 0;
    target.cells.forEach((cell, i) => {
      const t = numberIn(cell);
      if (!t) return;
      let sum = new Decimal(0);
      for (const p of present) {
        const v = numberIn(p.row.cells[i]);
        if (v) sum = sum.plus(v.mul(p.sign * factor(c, p.row, i) * factor(c, target, i)));
      }
      if (sum.minus(t).abs().lte(toleranceOf(c, [cell, ...present.map((p) => p.row.cells[i])]))) n++;
    });
    return n;
  };
  const costFirst = holds("cost-minus-revenue");
  const revenueFirst = holds("revenue-minus-cost");
  c.table.netReading = costFirst > revenueFirst ? "cost-minus-revenue" : "revenue-minus-cost";
}

function checkTotal(c: Checking, total: StatementRow, lines: readonly StatementRow[]): void {
  const name = c.ctx.t("relation.total-name", { row: total.heading ?? total.label });
  checkLinear(c, "relation-total", name, total, lines.map((row) => ({ row, sign: 1 as const })), natureOf(total));
}

/**
 * A revenue or cost figure as its table's convention prints it: one printed with the wrong sign
 * (reported by the signs rule) is taken by its magnitude, so its change is not a second error.
 */
function conventional(c: Checking, row: StatementRow, i: number): Decimal | null {
  const v = numberIn(row.cells[i]);
  const word = row.role ? roleWord(row.role) : undefined;
  if (!v || !word || word.signed === false || (word.nature !== "cost" && word.nature !== "revenue")) return v;
  const want = expectedSign(word.nature, c.table.convention ?? "costs-negative");
  return want && !v.isZero() && (v.isNegative() ? -1 : 1) !== want ? v.neg() : v;
}

/** Base of a change % in column `i`: the document's defaults, then the year before's actuals. */
function baseColumn(c: Checking, i: number): number {
  const col = c.table.columns[i];
  if (!col) return -1;
  const refs: ColumnRef[] = c.table.columns.map((x) => ({ kind: x.kind, year: x.year }));
  const resolved = resolveChangeBase({ kind: col.kind, year: col.year }, c.ctx.options.changeBases, []);
  const j = findFirstColumn(resolved.candidates, refs);
  if (j >= 0 || resolved.source !== "default") return j;
  return findFirstColumn([{ kind: "TP", year: col.year - 1 }], refs);
}

function checkChanges(c: Checking, row: { cells: ValueCell[]; label: string }, of: StatementRow): void {
  const { ctx, table } = c;
  const noBase: string[] = [];
  row.cells.forEach((cell, i) => {
    const shown = numberIn(cell);
    if (!shown || isSignedColumn(table, i)) return;
    const j = baseColumn(c, i);
    const column = table.columns[i]?.label ?? "";
    if (j < 0) {
      noBase.push(column);
      return;
    }
    const oldV = conventional(c, of, j);
    const newV = conventional(c, of, i);
    if (!oldV || !newV) return;
    const decimals = shownDecimals(cell);
    const extra = percentExtra(c, decimals, (v) => CHANGE_PERCENT.exact(v), { value: oldV, cell: of.cells[j] }, { value: newV, cell: of.cells[i] });
    const eq = shownEquation({
      rule: "relation-change",
      column,
      target: { ref: { sheet: table.sheet, cell: cell.cell }, stored: shown },
      scale: 1,
      decimals,
      extra,
      inputs: [
        { ref: { sheet: table.sheet, cell: of.cells[j].cell }, value: oldV },
        { ref: { sheet: table.sheet, cell: of.cells[i].cell }, value: newV },
      ],
      formula: CHANGE_PERCENT,
    });
    const verdict = recordJudged(ctx.equations, eq);
    if (verdict === "ok") return;
    const expected = eq.solveFor(eq.target);
    const params = {
      row: listJoined([of.label, ctx.t("relation.change-suffix")], " "),
      column,
      base: table.columns[j].label,
      actual: figure(shown, decimals),
      expected: expected ? figure(expected, decimals) : "–",
      old: figure(oldV, AS_READ),
      new: figure(newV, AS_READ),
    };
    c.out.push(
      makeFinding(
        "relation-change",
        severityOf(verdict),
        // The place is data, read in any language: the figure's row with `%` (its Muutos % row
        // repeats the label under a heading); the message says "muutos %" in words.
        { sheet: table.sheet, area: table.area, table: table.kind, row: `${of.label} %`, column, cell: cell.cell },
        cellRanges([of.cells[j], of.cells[i]]),
        expected ? { actual: shown, expected } : { actual: shown },
        ctx.t(verdict === "rounding" ? "relation.change-rounding" : "relation.change-wrong", params),
      ),
    );
  });
  if (noBase.length > 0) c.notChecked.push(ctx.t("relation.change-no-base", { row: row.label, columns: noBase.join(", ") }));
}

function checkRatio(c: Checking, ratio: RatioRelation, byImpliedPopulation: ReadonlySet<StatementRow>, keyFigures: readonly StatementRow[]): void {
  const { ctx, table } = c;
  // A key figure printed in a block of its own is checked by the statement that prints its numerator.
  const target = c.byRole.get(ratio.target)?.[0] ?? (c.byRole.has(ratio.numerator) ? keyFigures.find((r) => r.role === ratio.target) : undefined);
  if (!target) return;
  const num = nearest(c, ratio.numerator, target);
  const den = nearest(c, ratio.denominator, target) ?? (ratio.denominatorElse ? nearest(c, ratio.denominatorElse, target) : undefined);
  const name: MessageParam = ratio.name;
  const unless = ratio.unlessRole ? c.byRole.get(ratio.unlessRole)?.[0] : undefined;
  if (unless) {
    c.notChecked.push(ctx.t("relation.ambiguous-ratio", { relation: name, row: unless.label }));
    return;
  }
  if (!num || (!den && !ratio.perResident)) {
    c.notChecked.push(ctx.t("relation.missing-rows", { relation: name, rows: [!num ? ratio.numerator : "", !den ? ratio.denominator : ""].filter(Boolean).join(", ") }));
    return;
  }
  const unitFactor = ratio.perResident ? (table.unit?.factor ?? 1) : 1;
  // A cost denominator is used by its magnitude: the convention only decides its printed sign.
  const denSign = ratio.denominatorIsCost && den ? (table.convention === "costs-positive" ? 1 : -1) : 1;
  const k = new Decimal(ratio.factor).mul(unitFactor).div(denSign);
  const missingPopulation: string[] = [];
  target.cells.forEach((cell, i) => {
    const shown = numberIn(cell);
    // A key figure has no overrun right: whatever stands in that column is not a ratio.
    if (!shown || isSignedColumn(table, i)) return;
    const column = table.columns[i];
    const n = numberIn(num.cells[i]);
    if (!n) return;
    let formula: QuotientFormula;
    const inputs = [{ ref: { sheet: table.sheet, cell: num.cells[i].cell }, value: n }];
    const d = den ? numberIn(den.cells[i]) : null;
    if (den && d) {
      inputs.push({ ref: { sheet: table.sheet, cell: den.cells[i].cell }, value: d });
      formula = quotientFormula(relationLabel(name), k);
    } else {
      const population = column ? ctx.options.population[column.year] : undefined;
      if (!population) {
        if (column) missingPopulation.push(column.label);
        return;
      }
      formula = quotientFormula(relationLabel(name), k, new Decimal(population));
    }
    const ratioInputs = [{ value: n, cell: num.cells[i] }, ...(den && d ? [{ value: d, cell: den.cells[i] }] : [])];
    checkShownRatio(c, { target, cell, shown, column: column?.label, name, inputs, slackInputs: ratioInputs, formula, related: [num.cells[i], ...(den ? [den.cells[i]] : [])] });
  });
  if (missingPopulation.length > 0 && !byImpliedPopulation.has(target)) c.notChecked.push(ctx.t("relation.no-population", { relation: name, columns: missingPopulation.join(", ") }));
}

/** Toteuma % = outcome / budget × 100; inputs are [budget, outcome]. */
const USAGE_PERCENT: ShownFormula = {
  relation: "toteuma % = toteutunut / talousarvio × 100",
  exact([budget, outcome]) {
    return budget.isZero() ? null : outcome.div(budget).mul(100);
  },
  solveInput(i, pct, [budget, outcome]) {
    if (i === 1) return budget.mul(pct).div(100);
    return pct.isZero() ? null : outcome.mul(100).div(pct);
  },
};

/**
 * The amendments (`TA-muutokset`) are the change from the budget to their total, and the header
 * says the total is their sum (columnSums.ts): one identity, checked and reported once, as the sum.
 */
function statedBySum(table: StatementTable, a: AcrossColumn): boolean {
  const newCol = table.columns[a.newIndex].col;
  const oldCol = table.columns[a.oldIndex].col;
  const reads = (s: ColumnSum, col: number) => s.terms.some((t) => t.col === col);
  return a.kind === "change-eur" && (table.columnSums ?? []).some((s) => s.target === newCol && reads(s, a.col) && reads(s, oldCol));
}

/** A change column beside the years: each row's `Muutos €` = new − old, `Muutos %` = (new / old − 1) × 100. */
function checkAcross(c: Checking, a: AcrossColumn): void {
  const { ctx, table } = c;
  const newCol = table.columns[a.newIndex];
  const oldCol = table.columns[a.oldIndex];
  const column = `${newCol.label} − ${oldCol.label}`;
  table.rows.forEach((row, k) => {
    const cell = a.cells[k];
    const stored = numberIn(cell);
    if (!cell || !stored) return;
    const newCell = row.cells[a.newIndex];
    const oldCell = row.cells[a.oldIndex];
    const newV = numberIn(newCell);
    const oldV = numberIn(oldCell);
    if (!newV || !oldV) return;
    // A base rounded to zero (0,0 printed for 0,04) allows any percentage: nothing to check.
    if (a.kind !== "change-eur" && oldV.abs().lte(halfUnit(shownDecimals(oldCell)))) return;
    const formula = a.kind === "usage-pct" ? USAGE_PERCENT : CHANGE_PERCENT;
    const ref = (x: ValueCell) => ({ sheet: table.sheet, cell: x.cell });
    let eq: Equation;
    if (a.kind === "change-eur") {
      eq = linearEquation({
        rule: "relation-change",
        relation: relationLabel(ctx.t("relation.across-eur-name")),
        column,
        target: { ref: ref(cell), value: stored },
        terms: [
          { ref: ref(newCell), coefficient: coefficientOf(1), value: newV },
          { ref: ref(oldCell), coefficient: coefficientOf(-1), value: oldV },
        ],
        tolerance: toleranceOf(c, [cell, newCell, oldCell]),
      });
    } else {
      const decimals = shownDecimals(cell);
      eq = shownEquation({
        rule: "relation-change",
        column,
        target: { ref: ref(cell), stored },
        scale: formatShape(cell.numberFormat)?.percent ? 100 : 1,
        decimals,
        extra: percentExtra(c, decimals, (v) => formula.exact(v), { value: oldV, cell: oldCell }, { value: newV, cell: newCell }),
        inputs: [
          { ref: ref(oldCell), value: oldV },
          { ref: ref(newCell), value: newV },
        ],
        formula,
      });
    }
    const verdict = recordJudged(ctx.equations, eq);
    if (verdict === "ok") return;
    const expected = eq.solveFor(eq.target);
    const shownScale = a.kind === "change-pct" && formatShape(cell.numberFormat)?.percent ? 100 : 1;
    const d = a.kind === "change-pct" ? shownDecimals(cell) : Math.min(Math.max(stored.decimalPlaces(), 0), 2);
    const params = {
      row: `${row.label}: ${a.text}`,
      column,
      actual: figure(stored.mul(shownScale), d),
      expected: expected ? figure(expected.mul(shownScale), d) : "–",
      new: figure(newV, AS_READ),
      old: figure(oldV, AS_READ),
      newColumn: newCol.label,
      oldColumn: oldCol.label,
    };
    c.out.push(
      makeFinding(
        "relation-change",
        severityOf(verdict),
        { sheet: table.sheet, area: table.area, table: table.kind, row: params.row, column, cell: cell.cell },
        cellRanges([oldCell, newCell]),
        expected ? { actual: stored, expected } : { actual: stored },
        [
          ctx.t(a.kind === "change-eur" ? "relation.across-eur" : a.kind === "usage-pct" ? "relation.across-usage" : "relation.across-pct", params),
          ...(verdict === "rounding" ? [ctx.t("relation.within-rounding")] : []),
        ],
      ),
    );
  });
}

/**
 * A relation between rows holds for their changes too: in a `Muutos €` column the toimintakate's
 * change is the change of tuotot plus that of kulut. Changes keep the table's convention (a cost's
 * change may have either sign, so no figure is taken by its magnitude here).
 */
function checkAcrossRelation(c: Checking, a: AcrossColumn, relation: MessageParam, target: StatementRow, parts: readonly { row: StatementRow; sign: 1 | -1 }[]): void {
  const { table } = c;
  // A term from another part of the statement takes its change from that part's same column.
  const at = (row: StatementRow) => {
    const k = table.rows.indexOf(row);
    if (k >= 0) return a.cells[k];
    const part = c.siblings.find((t) => t.rows.includes(row));
    const same = part?.across.find((x) => x.kind === a.kind && x.col === a.col && x.newIndex === a.newIndex && x.oldIndex === a.oldIndex);
    return same?.cells[part!.rows.indexOf(row)];
  };
  const cell = at(target);
  const actual = numberIn(cell);
  if (!cell || !actual) return;
  const cells = parts.map((p) => at(p.row));
  if (cells.some((x) => !x || x.parsed.kind === "text" || x.parsed.kind === "error")) return;
  const convention = table.convention ?? "costs-negative";
  const f = (row: StatementRow) => toKuntajaosto(natureOf(row), convention, table.netReading === "cost-minus-revenue");
  const column = `${a.text} (${table.columns[a.newIndex].label} − ${table.columns[a.oldIndex].label})`;
  const eq = linearEquation({
    rule: "relation",
    relation: relationLabel(relation),
    column,
    target: { ref: { sheet: table.sheet, cell: cell.cell }, value: actual },
    terms: parts.map((p, k) => ({ ref: { sheet: table.sheet, cell: cells[k]!.cell }, coefficient: coefficientOf(p.sign * f(p.row) * f(target)), value: numberIn(cells[k]) })),
    tolerance: toleranceOf(c, [cell, ...cells]),
  });
  recordLinear(c, eq, { rule: "relation", relation, target, cell, actual, column, cells, convention: `relation.convention.${convention}` });
}

const CHAPTER = /^(\d+(?: \d{2})+|\d+)\s+\S/;

/**
 * Numbered chapters add up: the Tulot, Menot and Netto of chapter `7 01` are the sums of those of
 * its sub-chapters `7 01 01`, `7 01 03`… printed on the same sheet under the same columns. A page
 * need not print every sub-chapter, so a difference is told (info), never an error.
 */
function checkChapters(c: Checking, statements: readonly StatementTable[]): void {
  const code = (t: StatementTable) => CHAPTER.exec(normaliseSpaces(t.title))?.[1];
  const own = code(c.table);
  if (!own) return;
  const depth = own.split(" ").length;
  const sameLabels = (o: StatementTable) => o.columns.length === c.table.columns.length && o.columns.every((x, i) => x.label === c.table.columns[i].label);
  const children = statements.filter((t) => {
    const k = code(t);
    return t !== c.table && k !== undefined && k.startsWith(`${own} `) && k.split(" ").length === depth + 1 && sameLabels(t);
  });
  if (children.length === 0) return;
  const name = c.ctx.t("relation.chapters-name", { chapter: own });
  const since = { equations: c.ctx.equations.length, out: c.out.length };
  for (const role of ["tulot", "menot", "netto"]) {
    const target = c.table.rows.find((r) => r.role === role);
    const parts = children.map((t) => t.rows.find((r) => r.role === role));
    if (!target || parts.some((p) => !p)) continue;
    checkLinear(c, "relation", name, target, parts.map((row) => ({ row: row!, sign: 1 as const })), undefined, { incomplete: true });
  }
  // A page that prints one sub-chapter of a chapter (a detail page) with none of the chapter's
  // figures equal to it (zeros on both sides prove nothing) plainly leaves the others out: one
  // note says so instead of one per cell. With several printed, a difference is told where it is.
  const recorded = c.ctx.equations.slice(since.equations);
  const bornOut = (e: Equation) => e.evaluate() !== "wrong" && !e.solveFor(e.target)?.isZero();
  if (children.length === 1 && recorded.some((e) => e.evaluate() === "wrong") && !recorded.some(bornOut)) {
    takeBackFrom(c.ctx.equations, since.equations);
    c.out.splice(since.out);
    c.notChecked.push(c.ctx.t("relation.chapters-partial", { relation: name, children: children.map((t) => code(t) ?? t.title).join(", ") }));
  }
}
