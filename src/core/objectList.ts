/**
 * An empty array made to hold objects (or strings) from the start. V8 gives an empty literal `[]`
 * the elements kind of small integers; the first object stored changes the kind, and code
 * optimised while a list of that kind was being filled is thrown away at the change ("not a Smi"
 * in `--trace-deopt`). A list made anew each check and filled at a rarely taken `push` did so in
 * each of the first checks. An array literal holding `undefined` is born with the kind for any
 * value, and emptying it keeps that kind.
 */
export function objectList<T>(): T[] {
  const list: T[] = [undefined as T];
  list.length = 0;
  return list;
}
