type Growable = Int32Array | Float64Array | Uint8Array;

/**
 * A copy of `a` in a new array of its kind, `length` long (at least its own; twice by default):
 * a typed array cannot grow in place, and the engine keeps its tens of thousands of entries in
 * them because their storage lies outside the collected heap.
 */
export function grown<T extends Growable>(a: T, length = a.length * 2): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
