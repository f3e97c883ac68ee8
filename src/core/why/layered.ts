import Decimal from "decimal.js";

/**
 * What-if values layered over others: a candidate repair's few cells over the repairs already
 * taken, without copying those (a large workbook takes hundreds). Only the reads equations make
 * (`get`, `has`, `size`) look through to the base; iterating gives this layer's own cells, which
 * is what a repair adds.
 */
export class LayeredValues extends Map<string, Decimal> {
  constructor(private readonly base: ReadonlyMap<string, Decimal>) {
    super();
  }

  override get(key: string): Decimal | undefined {
    return super.get(key) ?? this.base.get(key);
  }

  override has(key: string): boolean {
    return super.has(key) || this.base.has(key);
  }

  override get size(): number {
    return super.size + this.base.size;
  }

  /** Forgets this layer's own cells, so that the layer can be filled again over the same base. */
  clearOwn(): void {
    super.clear();
  }

  /** This layer's own cells. */
  own(): Map<string, Decimal> {
    return new Map(super.entries());
  }
}
