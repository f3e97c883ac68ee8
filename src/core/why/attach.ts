import { Cause, Finding, compareSeverity } from "../findings";
import { Equation, cellKey } from "../relations/equation";
import { FindingPositions } from "./findingPositions";
import { decimalString } from "../numbers";
import { AS_READ } from "../format";
import { MessagePart, Say as Translate, figure, listJoined } from "../message";
import { Diagnosis } from "./analyse";
import { Repair } from "./repairs";
import { grown } from "../grown";

// A finding reported under another rule id than the equation it stands for.
const RULE_ALIAS: Record<string, string> = { "allocation-implied-total": "allocation-expected" };

function equationRule(rule: string): string {
  return RULE_ALIAS[rule] ?? rule;
}

/**
 * Writes the diagnoses onto the findings: the finding that leads a probable cause (the one at the
 * cause's cell, else the first it resolves, errors first) gets `cause`; every other finding the repair makes go
 * away gets `consequenceOf`; a tie puts `possibleCauses` on its first finding. Findings are
 * changed in place and keep their order.
 *
 * Only an error or a warning is given a cause or a tie of its own: an info (a difference the table
 * may explain by rows it leaves out, or one within rounding) claims no error, so naming a wrong
 * figure for it alone would be a false alarm. It is still folded under a cause that mends an
 * error or warning as well.
 */
export function attachDiagnoses(findings: Finding[], diagnoses: readonly Diagnosis[], t: Translate, positions?: FindingPositions): void {
  // Nothing to write: no index of every finding (a consistent book's few errors have no cause).
  if (diagnoses.length === 0) return;
  const at = positions ?? new FindingPositions(findings);
  for (const d of diagnoses) {
    if (d.kind === "tie") {
      const lead = firstByRank(findingsOf(findings, at, d.equations), anyFinding);
      if (!lead || !claimsError(lead)) continue;
      lead.possibleCauses = tieCauses(d.candidates, t);
      continue;
    }
    const r = d.repair;
    // Only what the repair mends: another finding at the same cell stays a finding of its own.
    const resolved = findingsOf(findings, at, r.resolved);
    const { sheet, cell } = r.figure.ref;
    const lead = firstErrorAt(resolved, sheet, cell) ?? firstByRank(resolved, claimsError);
    if (!lead) continue;
    const texts = textsOf(r);
    lead.cause = causeOf(r, texts, resolved.length, causeWords(r, texts, resolved.length, t));
    for (const f of resolved) if (f !== lead) f.consequenceOf = texts.where;
  }
}

/**
 * A tie's causes, one a candidate, each carrying the one sentence that names every candidate.
 * Lists filled by push, not callbacks made per tie whose mapped lists are then indexed
 * (docs/engine-speed.md: closures; lists made by `map`).
 */
function tieCauses(candidates: readonly Repair[], t: Translate): Cause[] {
  const texts: RepairTexts[] = [];
  const named: MessagePart[] = [];
  for (let i = 0; i < candidates.length; i++) {
    texts.push(textsOf(candidates[i]));
    named.push(t("why.candidate", candidateParams(candidates[i], texts[i])));
  }
  const words = t("why.tie", { n: candidates.length, cells: listJoined(named, "; ") });
  const causes: Cause[] = [];
  for (let i = 0; i < candidates.length; i++) causes.push(causeOf(candidates[i], texts[i], 0, [words]));
  return causes;
}

/**
 * An equation's findings, in report order: those at its checked cell reported under its rule.
 * Positions, not findings, are gathered (in scratch) and sorted: no map from each finding to its
 * position, and the list returned is made at its length. A function of the module, as are the
 * rank tests below, not closures made per check (docs/engine-speed.md: closures).
 */
function findingsOf(findings: readonly Finding[], at: FindingPositions, eqs: readonly Equation[]): Finding[] {
  let n = 0;
  for (const e of eqs) {
    const rule = equationRule(e.rule);
    for (let i = at.first(e.target.sheet, e.target.cell); i >= 0; i = at.next(i)) {
      const f = findings[i];
      if (equationRule(f.rule) !== rule || f.consequenceOf || f.cause) continue;
      if (n === gathered.length) gathered = grown(gathered);
      gathered[n++] = i;
    }
  }
  if (!ascending(gathered, n)) gathered.subarray(0, n).sort();
  const out = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = findings[gathered[k]];
  return out;
}

/** The first `n` already in order (as an equation's own findings are): no sort. */
function ascending(positions: Int32Array, n: number): boolean {
  for (let i = 1; i < n; i++) if (positions[i] < positions[i - 1]) return false;
  return true;
}

// The positions `findingsOf` gathers, reused: one list a diagnosis was made and dropped.
let gathered: Int32Array = new Int32Array(64);

/** An error or a warning: a finding that says something is wrong, which a cause may explain. */
function claimsError(f: Finding): boolean {
  return f.severity !== "info";
}

function anyFinding(): boolean {
  return true;
}

/** `firstByRank` of the findings that claim an error at the cell. */
function firstErrorAt(list: readonly Finding[], sheet: string, cell: string): Finding | undefined {
  let best: Finding | undefined;
  for (const f of list) if (claimsError(f) && f.sheet === sheet && f.cell === cell && (!best || compareSeverity(f.severity, best.severity) < 0)) best = f;
  return best;
}

/** The first of the most serious findings that `keep` accepts (errors before warnings before infos, report order within). */
function firstByRank(list: readonly Finding[], keep: (f: Finding) => boolean): Finding | undefined {
  let best: Finding | undefined;
  for (const f of list) if (keep(f) && (!best || compareSeverity(f.severity, best.severity) < 0)) best = f;
  return best;
}

/** A repair's figures and place as text, each written once for its cause and its words. */
interface RepairTexts {
  /** `Sheet!A1` of the figure: where the cause is, and what its consequences name. */
  where: string;
  actual: string;
  /** The suggested value at two decimals, as the words give it. */
  suggested2: string;
  /** The suggested value at the actual's decimals (two at least), as the cause gives it. */
  suggested: string;
}

function textsOf(r: Repair): RepairTexts {
  const suggested2 = decimalString(r.suggested.toDecimalPlaces(2));
  const decimals = Math.max(r.actual.decimalPlaces(), 2);
  return {
    where: cellKey(r.figure.ref),
    actual: decimalString(r.actual),
    suggested2,
    suggested: decimals === 2 ? suggested2 : decimalString(r.suggested.toDecimalPlaces(decimals)),
  };
}

function candidateParams(r: Repair, texts: RepairTexts) {
  return {
    where: texts.where,
    row: r.figure.row,
    column: r.figure.column ?? "",
    actual: { figure: texts.actual, decimals: AS_READ },
    suggested: { figure: texts.suggested2, decimals: AS_READ },
  };
}

function causeWords(r: Repair, texts: RepairTexts, resolves: number, t: Translate): MessagePart[] {
  const p = candidateParams(r, texts);
  const parts: MessagePart[] = [t("why.cause", { where: p.where, row: p.row, column: p.column, actual: p.actual, suggested: p.suggested, resolves })];
  if (r.pattern) parts.push(t(`why.pattern.${r.pattern.id}`, r.pattern.params));
  if (r.follows.length > 0) {
    parts.push(t("why.follows", { cells: listJoined(r.follows.map((f) => listJoined([f.figure.row, f.figure.ref.cell, "→", figure(f.suggested.toDecimalPlaces(2), AS_READ)], " ")), ", ") }));
  }
  return parts;
}

function causeOf(r: Repair, texts: RepairTexts, resolves: number, parts: MessagePart[]): Cause {
  // Keys in the contract's order, so reports diff cleanly.
  const { sheet, cell } = r.figure.ref;
  const column = r.figure.column;
  const pattern = r.pattern ? r.pattern.id : undefined;
  const row = r.figure.row;
  if (column && r.pattern) return { sheet, cell, row, column, actual: texts.actual, suggested: texts.suggested, resolves, pattern, parts };
  if (column) return { sheet, cell, row, column, actual: texts.actual, suggested: texts.suggested, resolves, parts };
  if (r.pattern) return { sheet, cell, row, actual: texts.actual, suggested: texts.suggested, resolves, pattern, parts };
  return { sheet, cell, row, actual: texts.actual, suggested: texts.suggested, resolves, parts };
}
