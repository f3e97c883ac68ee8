import Decimal from "decimal.js";
import { Finding, Severity, TableKind } from "../../findings";
import { decimalString } from "../../numbers";
import { Verdict } from "../../compare/tolerance";
import { FigureParam, Message, MessagePart } from "../../message";

/** Where a finding points: the sheet, the table and the checked cell's row and column. */
export interface Place {
  sheet: string;
  area: string;
  table?: TableKind;
  row?: string;
  column?: string;
  cell: string;
}

export interface Figures {
  /** A Decimal, or the decimal string it writes (see arithmetic/unitsText.ts). */
  actual?: Decimal | string;
  expected?: Decimal | string;
  /** `actual − expected` as a decimal string, when the message has already worked it out (required when both are strings). */
  difference?: string;
}

/** A finding with figures as decimal strings and `difference` = actual − expected. */
export function makeFinding(
  rule: string,
  severity: Severity,
  place: Place,
  related: string[],
  figures: Figures,
  message: MessagePart | Message,
): Finding {
  const f: Finding = {
    rule,
    severity,
    sheet: place.sheet,
    cell: place.cell,
    related,
    area: place.area,
    parts: Array.isArray(message) ? message : [message],
  };
  if (place.table) f.table = place.table;
  if (place.row !== undefined) f.row = place.row;
  if (place.column !== undefined) f.column = place.column;
  const { actual, expected } = figures;
  if (actual !== undefined) f.actual = typeof actual === "string" ? actual : decimalString(actual);
  if (expected !== undefined) f.expected = typeof expected === "string" ? expected : decimalString(expected);
  if (actual !== undefined && expected !== undefined) f.difference = figures.difference ?? decimalString((typeof actual === "string" ? new Decimal(actual) : actual).minus(expected));
  return f;
}

/** Rounding-sized gaps are told (`info`); real ones are errors. */
export function severityOf(verdict: Exclude<Verdict, "ok">): Severity {
  return verdict === "rounding" ? "info" : "error";
}

/** `place` at the checked `cell`, built as a literal: spreading is V8's slow path. */
export function placeAt(place: Omit<Place, "cell">, cell: string): Place {
  return { sheet: place.sheet, area: place.area, table: place.table, row: place.row, column: place.column, cell };
}

/** `actual − expected` as a signed figure (`+5`, `-5`), what `signedFigure` gives, without a spread. */
export function differenceParam(actual: Decimal, expected: Decimal, decimals: number): FigureParam {
  return { figure: decimalString(actual.minus(expected)), decimals, signed: true };
}
