import { CellPosition, compareCells } from "./cell";
import { CellRange } from "./range";
import { Message } from "./message";

/**
 * A finding is data first (rule, position, figures); messages and renderers come after.
 * This is also the CLI's JSON contract (see ../shared/DESIGN.md): numbers as decimal strings.
 */

export type Severity = "error" | "warning" | "info";

export type TableKind =
  | "kayttotalous"
  | "yksikot"
  | "maararahat"
  | "tunnusluvut"
  | "tuloslaskelma"
  | "rahoituslaskelma"
  | "investoinnit"
  | "erittely";

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
  /** The message as data (ids and parameters); edges render it in the reader's language
   * (i18n/render.ts). The CLI's JSON writes it rendered, as `message`. */
  parts: Message;
  /** The probable cause of this finding and of those folded under it (see core/why). */
  cause?: Cause;
  /** Two or more cells explain this finding equally well: named, none chosen. */
  possibleCauses?: Cause[];
  /** `Sheet!A1` of the probable cause this finding follows from: it goes away with that repair. */
  consequenceOf?: string;
  /** A recognisable slip in the figure itself (an index shown as a change %, a truncated %). */
  pattern?: { id: string; parts: Message };
}

/** A single-cell repair that reconciles a group of findings. Figures as decimal strings. */
export interface Cause {
  sheet: string;
  cell: string;
  row?: string;
  column?: string;
  actual: string;
  /** The value that reconciles. */
  suggested: string;
  /** How many findings the repair makes go away. */
  resolves: number;
  /** The slip it looks like (`one-digit`, `swapped-digits`, `sign-flipped`, …), if any. */
  pattern?: string;
  parts: Message;
}

/** Every severity, most serious first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly Pick<Finding, "severity">[]): SeverityCounts {
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

/** Most serious first: the order of reports, and which mark wins when two findings share a cell. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** The more serious of two severities. */
export function mostSevere(a: Severity, b: Severity): Severity {
  return compareSeverity(a, b) <= 0 ? a : b;
}

/** Report order: sheet order as given, then by cell position, then severity. */
export function compareFindings(sheetOrder: readonly string[]) {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  // A sort compares each finding about log n times: parse each cell address once.
  const starts = new Map<string, CellPosition>();
  const start = (cell: string): CellPosition => {
    let p = starts.get(cell);
    if (!p) starts.set(cell, (p = cellStart(cell)));
    return p;
  };
  return (a: Finding, b: Finding): number => {
    const sa = rank.get(a.sheet) ?? Number.MAX_SAFE_INTEGER;
    const sb = rank.get(b.sheet) ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    const byCell = compareCells(start(a.cell), start(b.cell));
    if (byCell !== 0) return byCell;
    return compareSeverity(a.severity, b.severity);
  };
}

/**
 * `findings` put in `compareFindings`' order, in place. Each finding's sheet, cell and severity are
 * read once into a key and the keys are sorted: a large book's thousands of findings were compared
 * a dozen times each, every comparison looking up two sheets and two cells in maps. The keys'
 * comparator is a module function, not a closure over this check's arrays (docs/engine-speed.md:
 * closures). Ties keep their order, as the stable sort of the findings themselves does.
 */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): void {
  const n = findings.length;
  const rank = new Map<string, number>();
  for (let i = 0; i < sheetOrder.length; i++) rank.set(sheetOrder[i], i);
  const starts = new Map<string, CellPosition>();
  const keys = new Array<FindingKey>(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    let p = starts.get(f.cell);
    if (!p) starts.set(f.cell, (p = cellStart(f.cell)));
    // A sheet outside the order ranks at Number.MAX_SAFE_INTEGER.
    keys[i] = { sheet: rank.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row: p.row, col: p.col, severity: SEVERITIES.indexOf(f.severity), finding: f };
  }
  keys.sort(byFindingKey);
  for (let i = 0; i < n; i++) findings[i] = keys[i].finding;
}

/** A finding's place in report order, read once for a sort. */
interface FindingKey {
  sheet: number;
  row: number;
  col: number;
  severity: number;
  finding: Finding;
}

function byFindingKey(a: FindingKey, b: FindingKey): number {
  return a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.severity - b.severity;
}

/** The first cell of a finding's `cell` (a range's top-left); a finding with no cell sorts first. */
function cellStart(cell: string): CellPosition {
  return CellRange.tryParse(cell)?.start ?? { row: -1, col: -1 };
}

/** A cause with its words: what an edge holds once it has rendered the message (i18n/render.ts). */
export interface WordedCause extends Omit<Cause, "parts"> {
  message: string;
}

/**
 * A finding with its words in one language: what the CLI's reports (the JSON keeps `message`)
 * and the marks in a workbook hold. Core never makes one; the edges render them.
 */
export interface WordedFinding extends Omit<Finding, "parts" | "cause" | "possibleCauses" | "pattern"> {
  message: string;
  cause?: WordedCause;
  possibleCauses?: WordedCause[];
  pattern?: { id: string; message: string };
}
