import Decimal from "decimal.js";
import { positionOf, positionOfA1 } from "../relations/position";
import { BySheet } from "./bySheet";
import { IN_DECIMAL, IN_UNITS, NO_OVERRIDE, OnSheet, SheetwiseOverrides } from "../relations/sheetOverrides";
import { Units, readUnits } from "../relations/exactValues";

/**
 * What-if values by `cellKey` that also answer by position (`Overrides.atCell`): the repairs
 * taken so far, under every what-if of the search. A cell keyed as `a1` writes its address is
 * held by sheet and position as well; one keyed otherwise (`$B$2`) is found by its key alone, as
 * an equation reading it by that text finds it.
 */
export class CellValues extends Map<string, Decimal> implements SheetwiseOverrides {
  private positions = new BySheet<SheetCells>();

  override set(key: string, value: Decimal): this {
    super.set(key, value);
    const at = keyPlace(key);
    if (at) this.positions.getOrMake(at.sheet, newSheetCells).set(at.position, value);
    return this;
  }

  override delete(key: string): boolean {
    const at = keyPlace(key);
    if (at) this.positions.get(at.sheet)?.delete(at.position);
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.positions = new BySheet();
  }

  atCell(sheet: string, row: number, col: number): Decimal | undefined {
    if (this.size === 0) return undefined;
    return this.positions.get(sheet)?.get(positionOf(row, col));
  }

  /** `atCell` of a position (relations/position.ts). */
  atPosition(sheet: string, at: number): Decimal | undefined {
    if (this.size === 0) return undefined;
    return this.positions.get(sheet)?.get(at);
  }

  unitsAtCell(sheet: string, row: number, col: number, out: Units): number {
    if (this.size === 0) return NO_OVERRIDE;
    const on = this.positions.get(sheet);
    return on ? on.unitsAt(positionOf(row, col), out) : NO_OVERRIDE;
  }

  /** The values on `sheet` by position (see `SheetwiseOverrides`): a taken repair or two at most, of hundreds. */
  overridesOn(sheet: string, out: OnSheet, from: number): number {
    let n = from;
    if (this.size === 0) return n;
    const on = this.positions.get(sheet);
    if (!on) return n;
    for (let i = 0; i < on.positions.length; i++) {
      out.positions[n] = on.positions[i];
      out.units[n] = on.units[i];
      out.scales[n] = on.scales[i];
      out.values[n++] = on.values[i];
    }
    return n;
  }
}

const newSheetCells = (): SheetCells => new SheetCells();

/**
 * One sheet's values by position, also in lists in the order first set, read without an iterator;
 * each with its units where it has them (scale −1: none), read once when set.
 */
class SheetCells {
  private readonly index = new Map<number, number>();
  readonly positions: number[] = [];
  readonly values: Decimal[] = [];
  readonly units: number[] = [];
  readonly scales: number[] = [];

  unitsAt(at: number, out: Units): number {
    const i = this.index.get(at);
    if (i === undefined) return NO_OVERRIDE;
    if (this.scales[i] < 0) return IN_DECIMAL;
    out.units = this.units[i];
    out.scale = this.scales[i];
    return IN_UNITS;
  }

  private readUnitsAt(i: number, value: Decimal): void {
    const known = readUnits(value, SCRATCH);
    this.units[i] = known ? SCRATCH.units : 0;
    this.scales[i] = known ? SCRATCH.scale : -1;
  }

  get(at: number): Decimal | undefined {
    const i = this.index.get(at);
    return i === undefined ? undefined : this.values[i];
  }

  set(at: number, value: Decimal): void {
    const i = this.index.get(at);
    if (i !== undefined) {
      this.values[i] = value;
      this.readUnitsAt(i, value);
      return;
    }
    const n = this.positions.length;
    this.index.set(at, n);
    this.positions.push(at);
    this.values.push(value);
    this.readUnitsAt(n, value);
  }

  delete(at: number): void {
    const i = this.index.get(at);
    if (i === undefined) return;
    this.index.delete(at);
    this.positions.splice(i, 1);
    this.values.splice(i, 1);
    this.units.splice(i, 1);
    this.scales.splice(i, 1);
    for (const [p, j] of this.index) if (j > i) this.index.set(p, j - 1);
  }
}

/** The sheet and position of a key (`Sheet!B7`: an address never holds `!`), or null when kept by its text. */
export function keyPlace(key: string): { sheet: string; position: number } | null {
  const bang = key.lastIndexOf("!");
  if (bang < 0) return null;
  const position = positionOfA1(key.slice(bang + 1));
  return position < 0 ? null : { sheet: key.slice(0, bang), position };
}

// A value's units, read and kept at once.
const SCRATCH: Units = { units: 0, scale: 0 };
