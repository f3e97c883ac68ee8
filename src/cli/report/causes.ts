import { qualified } from "../../core/address";
import { WordedResult } from "../../i18n/render";
import { WordedFinding } from "../../core/findings";
import { Lang } from "../../core/options";
import { countCauses } from "../../core/why";
import { makeTranslator, Translate } from "../../i18n/translate";
import { whyMessages } from "../../i18n/why";
import { ruleLabel } from "../../i18n/rules";

/**
 * Probable causes in the CLI reports: listed first, each with the findings that follow from it
 * folded under it; those findings leave the per-table lists (a line says where they went).
 */

export interface CauseEntry {
  lead: WordedFinding;
  consequences: readonly WordedFinding[];
}

/** Findings that lead a cause or a tie, each with the findings that follow from its cell. */
export function causeEntries(findings: readonly WordedFinding[]): CauseEntry[] {
  // Grouped in one pass: a large book has hundreds of causes over thousands of findings, and a
  // search of every finding per cause was most of the report's time.
  const following = new Map<string, WordedFinding[]>();
  for (const f of findings) {
    if (f.consequenceOf === undefined) continue;
    const list = following.get(f.consequenceOf);
    if (list) list.push(f);
    else following.set(f.consequenceOf, [f]);
  }
  const entries: CauseEntry[] = [];
  for (const lead of findings) {
    if (!lead.cause && !lead.possibleCauses) continue;
    entries.push({ lead, consequences: (lead.cause && following.get(`${lead.cause.sheet}!${lead.cause.cell}`)) || [] });
  }
  return entries;
}

/**
 * A cause that only restates its own finding (the finding's cell, nothing else resolved, no slip
 * recognised): true, but the finding already says it, so the reports do not repeat it.
 */
export function isPlainCause(f: WordedFinding): boolean {
  const c = f.cause;
  return c !== undefined && c.sheet === f.sheet && c.cell === f.cell && c.resolves <= 1 && c.pattern === undefined;
}

/** Shown under its cause, not in its table's list. */
export function isFolded(f: WordedFinding): boolean {
  return f.consequenceOf !== undefined;
}

function whyT(lang: Lang): Translate {
  return makeTranslator(lang, whyMessages);
}

/** `7 virhettä, 9 seurannaista`: errors to fix by hand and findings that follow; "" with no consequence. */
export function causeCountText(findings: readonly WordedFinding[], lang: Lang): string {
  const c = countCauses(findings);
  return c.consequences === 0 ? "" : whyT(lang)("why.report.counts", { errors: c.errors, consequences: c.consequences });
}

/** The finding's cell as Excel writes it: `'Asuminen ja ympäristö'!C131`, quoted where a name needs it. */
function lineOf(f: WordedFinding): string {
  return qualified(f.sheet, f.cell);
}

/** What a finding's own lines add: its cause (when it leads one), a tie, a slip in the figure. */
export function findingNotes(f: WordedFinding): string[] {
  const out: string[] = [];
  if (f.cause?.message && !isPlainCause(f)) out.push(f.cause.message);
  if (f.possibleCauses?.[0]?.message) out.push(f.possibleCauses[0].message);
  if (f.pattern) out.push(f.pattern.message);
  return out;
}

/** The text report's cause section, or nothing when no finding has a cause or a tie. */
export function causeTextLines(result: WordedResult, lang: Lang, t: Translate): string[] {
  const entries = causeEntries(result.findings).filter((e) => e.lead.cause && !isPlainCause(e.lead));
  if (entries.length === 0) return [];
  const w = whyT(lang);
  const lines = ["", `${w("why.report.causes")} (${entries.length})`, `  ${w("why.report.causesHint")}`];
  for (const { lead, consequences } of entries) {
    lines.push(`  • ${lead.cause?.message ?? ""}`);
    lines.push(`      ${lineOf(lead)} [${ruleLabel(t, lead.rule)}] ${lead.message.replace(/\s*\n\s*/g, " ")}`);
    for (const c of consequences) lines.push(`      ${w("why.report.consequence", { cell: lineOf(c), rule: `[${ruleLabel(t, c.rule)}]` })} ${c.message.replace(/\s*\n\s*/g, " ")}`);
  }
  return lines;
}

/** The line that replaces a table's consequences in its list. */
export function foldedLine(findings: readonly WordedFinding[], lang: Lang): string | null {
  const n = findings.filter(isFolded).length;
  return n === 0 ? null : whyT(lang)("why.report.folded", { n });
}

/** The HTML report's cause section (escaped with `e`), or "" when there is none. */
export function causeHtml(result: WordedResult, lang: Lang, t: Translate, e: (s: string) => string): string {
  const entries = causeEntries(result.findings).filter((x) => x.lead.cause && !isPlainCause(x.lead));
  if (entries.length === 0) return "";
  const w = whyT(lang);
  const items = entries.map(({ lead, consequences }) => {
    const sub = [lead, ...consequences]
      .map((f) => `<li><span class="badge ${f.severity}">${e(t(`severity.${f.severity}`))}</span> <code>${e(lineOf(f))}</code> ${e(ruleLabel(t, f.rule))}: ${e(f.message)}</li>`)
      .join("\n");
    return `<li class="cause"><strong>${e(lead.cause?.message ?? "")}</strong>\n<ul>\n${sub}\n</ul></li>`;
  });
  return [
    `<section id="causes">`,
    `<h2>${e(w("why.report.causes"))} (${entries.length})</h2>`,
    `<p class="meta">${e(w("why.report.causesHint"))}</p>`,
    `<ul class="causes">\n${items.join("\n")}\n</ul>`,
    `</section>`,
  ].join("\n");
}
