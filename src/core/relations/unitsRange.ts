import Decimal from "decimal.js";
import { ValueRange } from "./equation";
import { Units, readUnits } from "./exactValues";
import { rescale } from "../arithmetic/exact";
import { decimalOfUnits } from "../numbers";
import { compareDecimals } from "../compare/decimalOrder";

/**
 * A `ValueRange` whose ends are exact units (`units × 10^-scale`, safe integers at 15 decimals or
 * fewer), their Decimals made only when read: the repair search asks an equation's range once per
 * figure and equation (thousands of times a check) and mostly only tests values against it, which
 * the units answer without a Decimal.
 */
export class UnitsRange implements ValueRange {
  private lowDecimal: Decimal | undefined;
  private highDecimal: Decimal | undefined;

  constructor(
    private lowUnits: number,
    private lowScale: number,
    private highUnits: number,
    private highScale: number,
  ) {
    this.lowDecimal = undefined;
    this.highDecimal = undefined;
  }

  /**
   * The range made anew in place, for a caller that asks thousands of ranges and reads each only
   * until it asks the next (the repair search): no object per range.
   */
  set(lowUnits: number, lowScale: number, highUnits: number, highScale: number): this {
    this.lowUnits = lowUnits;
    this.lowScale = lowScale;
    this.highUnits = highUnits;
    this.highScale = highScale;
    this.lowDecimal = undefined;
    this.highDecimal = undefined;
    return this;
  }

  get low(): Decimal {
    return (this.lowDecimal ??= decimalOfUnits(this.lowUnits, this.lowScale));
  }

  get high(): Decimal {
    return (this.highDecimal ??= decimalOfUnits(this.highUnits, this.highScale));
  }

  /** The low end as a double, as `toNumber` of its Decimal gives it: one division of exact doubles is correctly rounded. */
  lowNumber(): number {
    return this.lowUnits / POW10[this.lowScale];
  }

  highNumber(): number {
    return this.highUnits / POW10[this.highScale];
  }

  /**
   * Whether `v` lies outside, as comparing it with the ends' Decimals tells (a zero's sign not
   * counting), from its units where it has them.
   */
  excludes(v: Decimal): boolean {
    if (!readUnits(v, VALUE)) return compareAsDecimals(v, this);
    const below = compareAt(VALUE, this.lowUnits, this.lowScale);
    const above = compareAt(VALUE, this.highUnits, this.highScale);
    if (below === undefined || above === undefined) return compareAsDecimals(v, this);
    return below < 0 || above > 0;
  }

  /** `excludes` of `units × 10^-scale`; undefined where the common scale leaves the safe integers. */
  excludesUnits(units: number, scale: number): boolean | undefined {
    VALUE.units = units;
    VALUE.scale = scale;
    const below = compareAt(VALUE, this.lowUnits, this.lowScale);
    const above = compareAt(VALUE, this.highUnits, this.highScale);
    if (below === undefined || above === undefined) return undefined;
    return below < 0 || above > 0;
  }
}

function compareAsDecimals(v: Decimal, r: ValueRange): boolean {
  return compareDecimals(v, r.low) < 0 || compareDecimals(v, r.high) > 0;
}

/** The sign of `a − b·10^-scale`, or undefined where the common scale leaves the safe integers. */
function compareAt(a: Units, b: number, scale: number): number | undefined {
  const common = Math.max(a.scale, scale);
  const x = rescale(a.units, common - a.scale);
  const y = rescale(b, common - scale);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}

// One test's units, read and used at once.
const VALUE: Units = { units: 0, scale: 0 };

// 10^0 … 10^15, each exact in a double.
const POW10 = Array.from({ length: 16 }, (_, i) => Math.pow(10, i));
