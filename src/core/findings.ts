/**
 * A finding is data first (rule, position, figures); messages and renderers come after.
 * This is also the CLI's JSON contract (see ../shared/DESIGN.md): numbers as decimal strings.
 */

export type Severity = "error" | "warning" | "info";

export type TableKind = "kayttotalous" | "yksikot" | "maararahat" | "tunnusluvut";

export interface Finding {
  /** Stable kebab-case id of the rule, e.g. `sum`, `change-percent`. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** The cell holding the checked value (A1, no sheet). */
  cell: string;
  /** Ranges the expected value was computed from; `Sheet!A1:B2` when on another sheet. */
  related: string[];
  /** Vastuualue (responsibility area) the table belongs to. */
  area: string;
  table?: TableKind;
  /** Row label as written in the sheet. */
  row?: string;
  /** `KIND YEAR` as in the sheet, e.g. `TP 2022`. */
  column?: string;
  actual?: string;
  expected?: string;
  /** actual − expected */
  difference?: string;
  message: string;
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Identity of a finding across checks, used to keep a user's explanation attached to it.
 * Figures are left out on purpose: an explained rounding difference stays explained until the
 * rule, place or column changes.
 */
export function findingKey(f: Pick<Finding, "rule" | "sheet" | "cell" | "column" | "row">): string {
  return [f.rule, f.sheet, f.cell, f.column ?? "", f.row ?? ""].join("|");
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Report order: sheet order as given, then by cell position, then severity. */
export function compareFindings(sheetOrder: readonly string[]) {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  return (a: Finding, b: Finding): number => {
    const sa = rank.get(a.sheet) ?? Number.MAX_SAFE_INTEGER;
    const sb = rank.get(b.sheet) ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    const pa = cellOrder(a.cell);
    const pb = cellOrder(b.cell);
    if (pa !== pb) return pa - pb;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  };
}

function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return 0;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return Number(m[2]) * 20000 + col;
}
