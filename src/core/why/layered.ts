import Decimal from "decimal.js";
import { CellRef, Overrides } from "../relations/equation";
import { POSITION_COLUMNS, positionOf, positionOfA1 } from "../relations/position";
import { a1 } from "../cell";
import { keyPlace } from "./cellValues";
import { IN_DECIMAL, IN_UNITS, NO_OVERRIDE, OnSheet, SheetwiseOverrides, isSheetwise } from "../relations/sheetOverrides";
import { Units, readUnits } from "../relations/exactValues";
import { decimalOfUnits } from "../numbers";

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
  // its storage, which the next refill allocates again. A cell set as units keeps them (its scale
  // −1: none) and makes its Decimal only when read as one.
  // A key, or what gives it when read (a figure, whose key is made only if asked): most cells are
  // set and read by position alone, and their key text is never needed.
  private readonly ownKeys: (string | Keyed)[] = [];
  private readonly ownValues: (Decimal | undefined)[] = [];
  private readonly ownUnits: number[] = [];
  private readonly ownScales: number[] = [];
  private readonly ownSheets: string[] = [];
  private readonly ownPositions: number[] = [];
  private ownSize = 0;

  constructor(private readonly base: Overrides) {
    super();
  }

  atCell(sheet: string, row: number, col: number): Decimal | undefined {
    const at = positionOf(row, col);
    for (let i = 0; i < this.ownSize; i++) if (this.ownPositions[i] === at && this.ownSheets[i] === sheet) return this.valueAt(i);
    const base = this.base;
    if (base.size === 0) return undefined;
    return base.atCell ? base.atCell(sheet, row, col) : base.get(`${sheet}!${a1(row, col)}`);
  }

  unitsAtCell(sheet: string, row: number, col: number, out: Units): number {
    const at = positionOf(row, col);
    for (let i = 0; i < this.ownSize; i++) if (this.ownPositions[i] === at && this.ownSheets[i] === sheet) return this.unitsAt(i, out);
    const base = this.base;
    if (base.size === 0) return NO_OVERRIDE;
    if (isSheetwise(base)) return base.unitsAtCell(sheet, row, col, out);
    const v = base.atCell ? base.atCell(sheet, row, col) : base.get(`${sheet}!${a1(row, col)}`);
    return v === undefined ? NO_OVERRIDE : readUnits(v, out) ? IN_UNITS : IN_DECIMAL;
  }

  /** This layer's cells on `sheet`, then the base's: a base cell this layer sets too comes after, as `atCell` reads them. */
  overridesOn(sheet: string, out: OnSheet, from: number): number {
    let n = from;
    for (let i = 0; i < this.ownSize; i++) {
      const at = this.ownPositions[i];
      if (at < 0 || this.ownSheets[i] !== sheet) continue;
      out.positions[n] = at;
      out.units[n] = this.ownUnits[i];
      out.scales[n] = this.ownScales[i];
      out.values[n++] = this.ownValues[i];
    }
    const base = this.base;
    if (base.size === 0) return n;
    return isSheetwise(base) ? base.overridesOn(sheet, out, n) : -1;
  }

  /** The `i`-th own cell's value, its Decimal made at the first read of a cell set as units. */
  private valueAt(i: number): Decimal {
    return (this.ownValues[i] ??= decimalOfUnits(this.ownUnits[i], this.ownScales[i]));
  }

  /** The `i`-th own cell's value as units into `out`: IN_UNITS, or IN_DECIMAL where it has none. */
  private unitsAt(i: number, out: Units): number {
    const scale = this.ownScales[i];
    if (scale < 0) return IN_DECIMAL;
    out.units = this.ownUnits[i];
    out.scale = scale;
    return IN_UNITS;
  }

  /**
   * `setCell` of a value in units (`units × 10^-scale`, a safe integer at 15 decimals or fewer;
   * not a zero, whose sign only a Decimal carries): its Decimal is made only if an equation reads
   * the cell as one. Kept with no trailing zero in its decimals, as a Decimal's units read.
   */
  setCellUnits(ref: CellRef, key: string | Keyed, units: number, scale: number): void {
    while (scale > 0 && units % 10 === 0) {
      units /= 10;
      scale--;
    }
    const i = this.slotOf(ref, key);
    this.ownValues[i] = undefined;
    this.ownUnits[i] = units;
    this.ownScales[i] = scale;
  }

  /**
   * `set` of a cell whose key is known, or given by `key.key` when first read: its sheet and
   * position read from the ref, not parsed from the key.
   */
  setCell(ref: CellRef, key: string | Keyed, value: Decimal): void {
    const i = this.slotOf(ref, key);
    this.ownValues[i] = value;
    this.readOwnUnits(i, value);
  }

  /** Where the own cell of `key` is kept, a new place at the end when it is not yet. */
  private slotOf(ref: CellRef, key: string | Keyed): number {
    const at = positionOfA1(ref.cell);
    let i = at < 0 ? this.indexOf(keyOf(key)) : this.indexAt(ref.sheet, at);
    if (i < 0) {
      i = this.ownSize++;
      this.ownKeys[i] = key;
      this.ownSheets[i] = ref.sheet;
      this.ownPositions[i] = at;
    }
    return i;
  }

  /** Where the own cell at position `at` of `sheet` is kept, or −1. */
  private indexAt(sheet: string, at: number): number {
    for (let i = 0; i < this.ownSize; i++) if (this.ownPositions[i] === at && this.ownSheets[i] === sheet) return i;
    return -1;
  }

  /** Whether a value is set for the cell (`key`: its key, or what gives it), here or in the base: `has` by position where the address reads as one. */
  hasCell(ref: CellRef, key: string | Keyed): boolean {
    const at = positionOfA1(ref.cell);
    if (at < 0) return this.has(keyOf(key));
    if (this.indexAt(ref.sheet, at) >= 0) return true;
    const base = this.base;
    if (base.size === 0) return false;
    if (!base.atCell) return base.has(keyOf(key));
    const row = Math.floor(at / POSITION_COLUMNS);
    return base.atCell(ref.sheet, row, at - row * POSITION_COLUMNS) !== undefined;
  }

  /** The `i`-th own cell's key, made when first read where a figure gives it. */
  private keyAt(i: number): string {
    return keyOf(this.ownKeys[i]);
  }

  /** A Decimal set's units, read once here rather than by each equation that sums it. */
  private readOwnUnits(i: number, value: Decimal): void {
    if (readUnits(value, SCRATCH)) {
      this.ownUnits[i] = SCRATCH.units;
      this.ownScales[i] = SCRATCH.scale;
    } else {
      this.ownUnits[i] = 0;
      this.ownScales[i] = -1;
    }
  }

  /**
   * Where the own cell of `key` is kept, or −1: a cell held by position is compared by its sheet
   * and position, read from the key in place (an address has one text per position), so that its
   * own key need not be made.
   */
  private indexOf(key: string): number {
    for (let i = 0; i < this.ownSize; i++) {
      const at = this.ownPositions[i];
      if (at < 0 ? this.keyAt(i) === key : isKeyAt(key, this.ownSheets[i], at)) return i;
    }
    return -1;
  }

  override get(key: string): Decimal | undefined {
    const i = this.indexOf(key);
    return i >= 0 ? this.valueAt(i) : this.base.get(key);
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
    this.readOwnUnits(i, value);
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
    this.ownUnits.splice(i, 1);
    this.ownScales.splice(i, 1);
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
    for (let i = 0; i < this.ownSize; i++) out.set(this.keyAt(i), this.valueAt(i));
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
    for (let i = 0; i < this.ownSize; i++) visit.call(thisArg, this.valueAt(i), this.keyAt(i), this);
  }

  override [Symbol.iterator](): MapIterator<[string, Decimal]> {
    return this.entries();
  }
}

// A value's units, read and kept at once.
const SCRATCH: Units = { units: 0, scale: 0 };

/** What gives a cell's key when read (a figure): `cellKey` of its cell. */
export interface Keyed {
  readonly key: string;
}

function keyOf(key: string | Keyed): string {
  return typeof key === "string" ? key : key.key;
}

/** Whether `key` is the `cellKey` of position `at` of `sheet`: the sheet, `!`, and the address `a1` writes. */
function isKeyAt(key: string, sheet: string, at: number): boolean {
  const n = sheet.length;
  return key.length > n + 1 && key.charCodeAt(n) === BANG && key.startsWith(sheet) && positionOfA1(key, n + 1) === at;
}

const BANG = 33;
