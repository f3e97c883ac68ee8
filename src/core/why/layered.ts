import Decimal from "decimal.js";
import { CellRef, Overrides } from "../relations/equation";
import { positionOf, positionOfA1 } from "../relations/position";
import { a1 } from "../cell";
import { keyPlace } from "./cellValues";
import { OnSheet, SheetwiseOverrides, isSheetwise } from "../relations/sheetOverrides";

/**
 * What-if values layered over others: a candidate repair's few cells over the repairs already
 * taken, without copying those (a large workbook takes hundreds). Only the reads equations make
 * (`get`, `has`, `size`) look through to the base; iterating gives this layer's own cells, which
 * is what a repair adds.
 *
 * A layer holds a cell or three and is refilled for every value a repair tries (thousands per
 * check): its own cells sit in two short arrays, searched in order, so that a refill allocates
 * nothing (emptying a Map allocates a new table) and a read hashes no key. Each own cell keeps its
 * sheet and position too (−1: its key is no address as `a1` writes it), so that an equation asking
 * by position (`atCell`) compares numbers, not key strings.
 */
export class LayeredValues extends Map<string, Decimal> implements SheetwiseOverrides {
  // Filled up to `ownSize`: emptied by a count, since emptying an array by its length gives up
  // its storage, which the next refill allocates again.
  private readonly ownKeys: string[] = [];
  private readonly ownValues: Decimal[] = [];
  private readonly ownSheets: string[] = [];
  private readonly ownPositions: number[] = [];
  private ownSize = 0;

  constructor(private readonly base: Overrides) {
    super();
  }

  atCell(sheet: string, row: number, col: number): Decimal | undefined {
    const at = positionOf(row, col);
    for (let i = 0; i < this.ownSize; i++) if (this.ownPositions[i] === at && this.ownSheets[i] === sheet) return this.ownValues[i];
    const base = this.base;
    if (base.size === 0) return undefined;
    return base.atCell ? base.atCell(sheet, row, col) : base.get(`${sheet}!${a1(row, col)}`);
  }

  /** This layer's cells on `sheet`, then the base's: a base cell this layer sets too comes after, as `atCell` reads them. */
  overridesOn(sheet: string, out: OnSheet, from: number): number {
    let n = from;
    for (let i = 0; i < this.ownSize; i++) {
      const at = this.ownPositions[i];
      if (at < 0 || this.ownSheets[i] !== sheet) continue;
      out.positions[n] = at;
      out.values[n++] = this.ownValues[i];
    }
    const base = this.base;
    if (base.size === 0) return n;
    return isSheetwise(base) ? base.overridesOn(sheet, out, n) : -1;
  }

  /** `set` of a cell whose key is known: its sheet and position read from the ref, not parsed from the key. */
  setCell(ref: CellRef, key: string, value: Decimal): void {
    let i = this.indexOf(key);
    if (i < 0) {
      i = this.ownSize++;
      this.ownKeys[i] = key;
      this.ownSheets[i] = ref.sheet;
      this.ownPositions[i] = positionOfA1(ref.cell);
    }
    this.ownValues[i] = value;
  }

  private indexOf(key: string): number {
    for (let i = 0; i < this.ownSize; i++) if (this.ownKeys[i] === key) return i;
    return -1;
  }

  override get(key: string): Decimal | undefined {
    const i = this.indexOf(key);
    return i >= 0 ? this.ownValues[i] : this.base.get(key);
  }

  override has(key: string): boolean {
    return this.indexOf(key) >= 0 || this.base.has(key);
  }

  override set(key: string, value: Decimal): this {
    let i = this.indexOf(key);
    if (i < 0) {
      i = this.ownSize++;
      this.ownKeys[i] = key;
      const at = keyPlace(key);
      this.ownSheets[i] = at ? at.sheet : "";
      this.ownPositions[i] = at ? at.position : -1;
    }
    this.ownValues[i] = value;
    return this;
  }

  override get size(): number {
    return this.ownSize + this.base.size;
  }

  override delete(key: string): boolean {
    const i = this.indexOf(key);
    if (i < 0) return false;
    this.ownKeys.splice(i, 1);
    this.ownValues.splice(i, 1);
    this.ownSheets.splice(i, 1);
    this.ownPositions.splice(i, 1);
    this.ownSize--;
    return true;
  }

  override clear(): void {
    this.clearOwn();
  }

  /** Forgets this layer's own cells, so that the layer can be filled again over the same base. */
  clearOwn(): void {
    this.ownSize = 0;
  }

  /** This layer's own cells. */
  own(): Map<string, Decimal> {
    const out = new Map<string, Decimal>();
    for (let i = 0; i < this.ownSize; i++) out.set(this.ownKeys[i], this.ownValues[i]);
    return out;
  }

  override entries(): MapIterator<[string, Decimal]> {
    return this.own().entries();
  }

  override keys(): MapIterator<string> {
    return this.own().keys();
  }

  override values(): MapIterator<Decimal> {
    return this.own().values();
  }

  override forEach(visit: (value: Decimal, key: string, map: Map<string, Decimal>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ownSize; i++) visit.call(thisArg, this.ownValues[i], this.ownKeys[i], this);
  }

  override [Symbol.iterator](): MapIterator<[string, Decimal]> {
    return this.entries();
  }
}
