import { ParsedCell, parseCell } from "../numbers";
import type { HeaderLine } from "./headers";
import type { LabelReading } from "./labelReading";
import type { MoneyUnit } from "./vocabulary/units";

/**
 * One distinct cell text and what recognition has read from it. A budget book prints the same
 * labels and headers on every area's sheet, and recognition asks about each cell many times while
 * it searches: the sheet's scan finds each cell's record once (sheetView.ts), and every later
 * reading is a field of the record, read when first asked, instead of a lookup by the text.
 *
 * Only readings of the text alone, never of where it stands, as for perText.
 */
export class CellText {
  readonly raw: string;
  readonly parsed: ParsedCell;
  /** The text as a header line and what it says (headers.ts); null when it cannot be one. */
  headerLine: HeaderLine | null | undefined;
  /** The area the text names as a title (area.ts); null when none. */
  areaTitle: string | null | undefined;
  /** The text read as a row's label (labelReading.ts). */
  labelReading: LabelReading | undefined;
  /** The money unit the text names (unit.ts); null when none. */
  moneyUnit: MoneyUnit | null | undefined;

  constructor(raw: string) {
    this.raw = raw;
    this.parsed = parseCell(raw);
    this.headerLine = undefined;
    this.areaTitle = undefined;
    this.labelReading = undefined;
    this.moneyUnit = undefined;
  }
}

const KNOWN = new Map<string, CellText>();
// Bounded, so a long-lived pane reading book after book keeps a bounded memory.
const LIMIT = 20_000;

/** Lets go of every record (and the readings kept on them); cells read later get new ones. */
export function forgetCellTexts(): void {
  KNOWN.clear();
}

/** The record of a text, the same object for every cell holding it. */
export function cellTextOf(raw: string): CellText {
  let known = KNOWN.get(raw);
  if (known === undefined) {
    known = new CellText(raw);
    if (KNOWN.size >= LIMIT) KNOWN.clear();
    KNOWN.set(raw, known);
  }
  return known;
}
