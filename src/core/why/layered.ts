import Decimal from "decimal.js";

/**
 * What-if values layered over others: a candidate repair's few cells over the repairs already
 * taken, without copying those (a large workbook takes hundreds). Only the reads equations make
 * (`get`, `has`, `size`) look through to the base; iterating gives this layer's own cells, which
 * is what a repair adds.
 *
 * A layer holds a cell or three and is refilled for every value a repair tries (thousands per
 * check): its own cells sit in two short arrays, searched in order, so that a refill allocates
 * nothing (emptying a Map allocates a new table) and a read hashes no key.
 */
export class LayeredValues extends Map<string, Decimal> {
  // Filled up to `ownSize`: emptied by a count, since emptying an array by its length gives up
  // its storage, which the next refill allocates again.
  private readonly ownKeys: string[] = [];
  private readonly ownValues: Decimal[] = [];
  private ownSize = 0;

  constructor(private readonly base: ReadonlyMap<string, Decimal>) {
    super();
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
