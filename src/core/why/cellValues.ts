import Decimal from "decimal.js";
import { positionOf, positionOfA1 } from "../relations/position";
import { BySheet } from "./bySheet";

/**
 * What-if values by `cellKey` that also answer by position (`Overrides.atCell`): the repairs
 * taken so far, under every what-if of the search. A cell keyed as `a1` writes its address is
 * held by sheet and position as well; one keyed otherwise (`$B$2`) is found by its key alone, as
 * an equation reading it by that text finds it.
 */
export class CellValues extends Map<string, Decimal> {
  private positions = new BySheet<Map<number, Decimal>>();

  override set(key: string, value: Decimal): this {
    super.set(key, value);
    const at = keyPlace(key);
    if (at) this.positions.getOrMake(at.sheet, () => new Map()).set(at.position, value);
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
}

/** The sheet and position of a key (`Sheet!B7`: an address never holds `!`), or null when kept by its text. */
export function keyPlace(key: string): { sheet: string; position: number } | null {
  const bang = key.lastIndexOf("!");
  if (bang < 0) return null;
  const position = positionOfA1(key.slice(bang + 1));
  return position < 0 ? null : { sheet: key.slice(0, bang), position };
}
