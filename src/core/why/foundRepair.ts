import Decimal from "decimal.js";
import type { Repair } from "./repairs";
import { Figure } from "./figures";
import { Pattern } from "./patterns";
import { SearchValue } from "./searchValue";
import { Equation } from "../relations/equation";
import { Units, readFigureUnits, readUnits } from "../relations/exactValues";
import { decimalOfUnits } from "../numbers";

/**
 * A repair as the search finds it: its value kept in units where they hold it, its Decimal made
 * when first read (the search finds thousands a check and shows few), and the figure's value
 * read from its cell only then too.
 */
export class FoundRepair implements Repair {
  own: boolean | undefined = undefined;
  change: Decimal | undefined = undefined;
  private suggestedMade: Decimal | undefined;
  readonly suggestedUnits: number;
  /** −1: the value has no units, only its Decimal. */
  readonly suggestedScale: number;

  constructor(
    readonly figure: Figure,
    /** The value a repair taken set at the figure, if any: its actual value then. */
    private readonly taken: Decimal | undefined,
    suggested: SearchValue,
    readonly follows: Repair["follows"],
    readonly followKeys: string[],
    readonly resolved: Equation[],
    readonly pattern: Pattern | null,
    readonly plausibility: number,
    readonly exact: boolean,
  ) {
    this.suggestedMade = suggested.decimal;
    this.suggestedUnits = suggested.units;
    this.suggestedScale = suggested.scale;
  }

  get actual(): Decimal {
    return this.taken ?? (this.figure.value as Decimal);
  }

  get suggested(): Decimal {
    return (this.suggestedMade ??= decimalOfUnits(this.suggestedUnits, this.suggestedScale));
  }

  /** `readUnits` of `actual`, from the figure's cell where no repair was taken there. */
  actualUnitsInto(out: Units): boolean {
    return this.taken !== undefined ? readUnits(this.taken, out) : readFigureUnits(this.figure.cell.parsed, out);
  }
}

/** A figure that follows a repair, its value's Decimal made when first read (most repairs found are never shown). */
export class Follower {
  constructor(
    readonly figure: Figure,
    private made: Decimal | undefined,
    private readonly units: number,
    private readonly scale: number,
  ) {}

  get suggested(): Decimal {
    return (this.made ??= decimalOfUnits(this.units, this.scale));
  }
}

/** `readUnits` of a repair's suggested value, from its units where the search kept them. */
export function suggestedUnitsInto(r: Repair, out: Units): boolean {
  if (!(r instanceof FoundRepair) || r.suggestedScale < 0) return readUnits(r.suggested, out);
  out.units = r.suggestedUnits;
  out.scale = r.suggestedScale;
  return true;
}

export function actualUnitsInto(r: Repair, out: Units): boolean {
  return r instanceof FoundRepair ? r.actualUnitsInto(out) : readUnits(r.actual, out);
}

/** `decimalPlaces()` of a repair's suggested value. */
export function suggestedDecimals(r: Repair): number {
  return r instanceof FoundRepair && r.suggestedScale >= 0 ? r.suggestedScale : r.suggested.decimalPlaces();
}
