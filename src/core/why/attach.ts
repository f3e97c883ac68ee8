import { Cause, Finding, compareSeverity } from "../findings";
import { Equation, cellKey } from "../relations/equation";
import { FindingsAt } from "./findingsAt";
import { decimalString } from "../numbers";
import { AS_READ } from "../format";
import { MessagePart, Say as Translate, figure, listJoined } from "../message";
import { Diagnosis } from "./analyse";
import { Repair } from "./repairs";

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
export function attachDiagnoses(findings: Finding[], diagnoses: readonly Diagnosis[], t: Translate): void {
  // Nothing to write: no index of every finding (a consistent book's few errors have no cause).
  if (diagnoses.length === 0) return;
  const byCell = new FindingsAt(findings);
  const order = new Map<Finding, number>(findings.map((f, i) => [f, i]));
  // An equation's findings: those at its checked cell reported under its rule.
  const findingsOf = (eqs: readonly Equation[]) => {
    const out: Finding[] = [];
    for (const e of eqs) {
      const rule = equationRule(e.rule);
      for (const f of byCell.at(e.target.sheet, e.target.cell)) if (equationRule(f.rule) === rule && !f.consequenceOf && !f.cause) out.push(f);
    }
    return out.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
  for (const d of diagnoses) {
    if (d.kind === "tie") {
      const lead = byRank(findingsOf(d.equations))[0];
      if (!lead || !claimsError(lead)) continue;
      lead.possibleCauses = d.candidates.map((r) => causeOf(r, 0, t, false));
      const cells = listJoined(d.candidates.map((r) => t("why.candidate", candidateParams(r))), "; ");
      lead.possibleCauses.forEach((c) => (c.parts = [t("why.tie", { n: d.candidates.length, cells })]));
      continue;
    }
    const r = d.repair;
    // Only what the repair mends: another finding at the same cell stays a finding of its own.
    const resolved = findingsOf(r.resolved);
    const claims = resolved.filter(claimsError);
    if (claims.length === 0) continue;
    const atCause = claims.filter((f) => f.sheet === r.figure.ref.sheet && f.cell === r.figure.ref.cell);
    const lead = byRank(atCause)[0] ?? byRank(claims)[0];
    lead.cause = causeOf(r, resolved.length, t, true);
    for (const f of resolved) if (f !== lead) f.consequenceOf = cellKey(r.figure.ref);
  }
}

/** An error or a warning: a finding that says something is wrong, which a cause may explain. */
function claimsError(f: Finding): boolean {
  return f.severity !== "info";
}

/** Errors before warnings before infos, report order within. */
function byRank(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => compareSeverity(a.severity, b.severity));
}

function candidateParams(r: Repair) {
  return {
    where: `${r.figure.ref.sheet}!${r.figure.ref.cell}`,
    row: r.figure.row,
    column: r.figure.column ?? "",
    actual: figure(r.actual, AS_READ),
    suggested: figure(r.suggested.toDecimalPlaces(2), AS_READ),
  };
}

function causeOf(r: Repair, resolves: number, t: Translate, withWords: boolean): Cause {
  const suggested = r.suggested.toDecimalPlaces(Math.max(r.actual.decimalPlaces(), 2));
  const parts: MessagePart[] = [];
  if (withWords) {
    parts.push(t("why.cause", { ...candidateParams(r), resolves }));
    if (r.pattern) parts.push(t(`why.pattern.${r.pattern.id}`, r.pattern.params));
    if (r.follows.length > 0) {
      parts.push(t("why.follows", { cells: listJoined(r.follows.map((f) => listJoined([f.figure.row, f.figure.ref.cell, "→", figure(f.suggested.toDecimalPlaces(2), AS_READ)], " ")), ", ") }));
    }
  }
  // Keys in the contract's order, so reports diff cleanly.
  const cause: Cause = {
    sheet: r.figure.ref.sheet,
    cell: r.figure.ref.cell,
    row: r.figure.row,
    ...(r.figure.column ? { column: r.figure.column } : {}),
    actual: decimalString(r.actual),
    suggested: decimalString(suggested),
    resolves,
    ...(r.pattern ? { pattern: r.pattern.id } : {}),
    parts,
  };
  return cause;
}
