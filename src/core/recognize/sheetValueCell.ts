import Decimal from "decimal.js";
import { a1 } from "../cell";
import { ParsedCell, ParsedNumber, decimalOfUnits, decimalsOfWritten, unitsOfFraction } from "../numbers";
import { ValueCell } from "../model";

/*
 * Why the cells below are object literals with a prototype, not `new` of their class: the model's
 * cells live through the whole check, and V8 learns that of what an object literal makes (its
 * allocation site) and then allocates them in the old generation at once, where no scavenge
 * copies them. Objects made with `new` always start young, and each scavenge of the check copied
 * every cell made since the last one, then promoted it: about 8 MB of the 30 MB a warm check of
 * 200 sheets copied. The prototype keeps their getters, and `instanceof` still holds.
 *
 * They are not cheap to make: an old-generation allocation is far slower than a young one (about
 * 0.2 µs a cell against 0.01; with pretenuring switched off, these literals and `new` cost
 * recognition the same, so setting the prototype is not what costs). Made by `new` again
 * (session 22, 200 sheets), recognition alone took ~12 ms less CPU a check (75 -> 63 ms), but the
 * rules' scavenges then copied the young cells, 11.7 -> 19.9 MB a check (2.2 -> 2.8 scavenges),
 * and whole checks came out no cheaper (A/B alternated in both orders, within noise either way);
 * with the rows' lists young too, 21.8 MB copied and no better.
 */

/**
 * A table's value cell as recognition builds it. Its A1 address is the shared string of its
 * position (cell.ts keeps one per address, the same on every sheet), and its Decimal is made when
 * read: a workbook's tables hold tens of thousands of figure cells, most only ever summed in exact
 * integers, and each string and Decimal a cell kept stayed alive with the model. Spreading one
 * (`{ ...cell }`) copies only its own fields: name `cell` and `value` too.
 */
export class SheetValueCell implements ValueCell {
  declare readonly row: number;
  declare readonly col: number;
  declare readonly parsed: ParsedCell;
  declare formula?: string;
  declare numberFormat?: string;

  /** Made as a literal (above), never by `new`. */
  private constructor() {}

  static of(row: number, col: number, parsed: ParsedCell, formula: string | undefined, numberFormat: string | undefined): SheetValueCell {
    // Formula and format always set (if undefined): every value cell has one shape, which keeps readers' property access fast.
    return { __proto__: VALUE_PROTO, row, col, parsed, formula, numberFormat } as unknown as SheetValueCell;
  }

  get cell(): string {
    return a1(this.row, this.col);
  }

  get value(): Decimal | null {
    return this.parsed.kind === "number" ? this.parsed.value : null;
  }

  /** The plain shape a value cell always had (absent formula and format left out), for reports and snapshots. */
  toJSON(): ValueCell {
    const out: ValueCell = { cell: this.cell, row: this.row, col: this.col, parsed: this.parsed, value: this.value };
    if (this.formula) out.formula = this.formula;
    if (this.numberFormat) out.numberFormat = this.numberFormat;
    return out;
  }
}

/**
 * A value cell holding a figure, which is its own parsed form (`cell.parsed === cell`, kind
 * "number"): one object per figure where a value cell and its parse were two, on tens of
 * thousands of figures. Its Decimal is made when read, from its exact units, like a NumberCell's.
 */
export class SheetFigureCell implements ValueCell, ParsedNumber {
  // Data, not getters: every rule reads `cell.parsed.kind` on every cell it visits, at sites that
  // see many shapes, where data is found faster than an accessor is called. `kind` is the same
  // for every figure: it is kept once, on the prototype (below), not in each of tens of thousands
  // of cells that live as long as the model and that every scavenge until then copies.
  declare readonly kind: "number";
  declare readonly parsed: ParsedCell;
  declare readonly row: number;
  declare readonly col: number;
  // Most figures are typed in, not computed: a figure holds a formula of its own only when it has
  // one; others read the prototype's undefined, a copy of one too.
  declare formula?: string;
  declare numberFormat?: string;
  declare readonly decimals: number;
  declare readonly units: number | undefined;
  /**
   * Its Decimal, made when first read (undefined until then): a check reads the Decimal of some
   * thousands of a book's tens of thousands of figures, many of them several times (the root-cause
   * search). A slot of each cell, now that the cells are made where no scavenge copies them; a
   * table beside them (a WeakMap) cost a lookup by identity at every read.
   */
  declare private decimal: Decimal | undefined;

  /** Made as a literal (above), never by `new`. */
  private constructor() {}

  /**
   * The figure cell; a formula's own field comes last. `decimal` is required when `units` is
   * undefined (a figure beyond 2^53, or one written with an exponent).
   */
  private static of(row: number, col: number, decimals: number, units: number | undefined, decimal: Decimal | undefined, formula: string | undefined, numberFormat: string | undefined): SheetFigureCell {
    const cell = (
      formula
        ? { __proto__: FIGURE_PROTO, parsed: null, row, col, numberFormat, decimals, units, decimal, formula }
        : { __proto__: FIGURE_PROTO, parsed: null, row, col, numberFormat, decimals, units, decimal }
    ) as unknown as { parsed: ParsedCell } & SheetFigureCell;
    cell.parsed = cell;
    return cell;
  }

  /** The value cell of a figure read from text (its parse is shared by every cell holding the text). */
  static ofParse(row: number, col: number, figure: ParsedNumber, formula: string | undefined, numberFormat: string | undefined): SheetFigureCell {
    // Without units (beyond 2^53) the figure's Decimal is already made: take it.
    return SheetFigureCell.of(row, col, figure.decimals, figure.units, figure.units === undefined ? figure.value : undefined, formula, numberFormat);
  }

  /**
   * The value cell of a stored (finite) number, read as parseCell reads one (numbers.ts) but with
   * no parse object made on the way: most of a workbook's cells are such figures.
   */
  static ofNumber(row: number, col: number, n: number, formula: string | undefined, numberFormat: string | undefined): SheetFigureCell {
    if (Number.isSafeInteger(n)) return SheetFigureCell.of(row, col, 0, n, undefined, formula, numberFormat);
    const written = String(n);
    const units = Number.isInteger(n) ? undefined : unitsOfFraction(written);
    return SheetFigureCell.of(row, col, decimalsOfWritten(written), units, units === undefined ? new Decimal(n) : undefined, formula, numberFormat);
  }

  get cell(): string {
    return a1(this.row, this.col);
  }

  get value(): Decimal {
    return (this.decimal ??= decimalOfUnits(this.units as number, this.decimals));
  }

  /** The plain shape a value cell and its parse always had, for reports and snapshots. */
  toJSON(): ValueCell {
    const parsed = { kind: "number" as const, value: this.value, decimals: this.decimals, units: this.units };
    const out: ValueCell = { cell: this.cell, row: this.row, col: this.col, parsed, value: this.value };
    if (this.formula) out.formula = this.formula;
    if (this.numberFormat) out.numberFormat = this.numberFormat;
    return out;
  }
}

const VALUE_PROTO = SheetValueCell.prototype;
const FIGURE_PROTO = SheetFigureCell.prototype;
Object.defineProperty(FIGURE_PROTO, "kind", { value: "number", enumerable: true });
// Writable, so that a copy or a test can give a figure its own.
Object.defineProperty(FIGURE_PROTO, "formula", { value: undefined, writable: true });
