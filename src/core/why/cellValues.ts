import Decimal from "decimal.js";
import { positionOf, positionOfA1 } from "../relations/position";
import { BySheet } from "./bySheet";
import { OnSheet, SheetwiseOverrides } from "../relations/sheetOverrides";

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

  /** The values on `sheet` by position (see `SheetwiseOverrides`): a taken repair or two at most, of hundreds. */
  overridesOn(sheet: string, out: OnSheet, from: number): number {
    let n = from;
    if (this.size === 0) return n;
    const on = this.positions.get(sheet);
    if (!on) return n;
    for (let i = 0; i < on.positions.length; i++) {
      out.positions[n] = on.positions[i];
      out.values[n++] = on.values[i];
    }
    return n;
  }
}

const newSheetCells = (): SheetCells => new SheetCells();

/** One sheet's values by position, also in two lists in the order first set, read without an iterator. */
class SheetCells {
  private readonly index = new Map<number, number>();
  readonly positions: number[] = [];
  readonly values: Decimal[] = [];

  get(at: number): Decimal | undefined {
    const i = this.index.get(at);
    return i === undefined ? undefined : this.values[i];
  }

  set(at: number, value: Decimal): void {
    const i = this.index.get(at);
    if (i !== undefined) {
      this.values[i] = value;
      return;
    }
    this.index.set(at, this.positions.length);
    this.positions.push(at);
    this.values.push(value);
  }

  delete(at: number): void {
    const i = this.index.get(at);
    if (i === undefined) return;
    this.index.delete(at);
    this.positions.splice(i, 1);
    this.values.splice(i, 1);
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
