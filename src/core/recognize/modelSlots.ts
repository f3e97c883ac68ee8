/**
 * An array of `n` slots, for a list that lives as long as the model (a row's cells, an equation's
 * parts), to be filled in place. Written as array literals, one per length: V8 learns that what an
 * array literal makes lives long and then allocates it in the old generation at once, where no
 * scavenge copies it. It never learns that of `new Array(n)`, whose arrays every scavenge of the
 * check copied, then promoted. Longer lists (rare: more than 16) are made the plain way.
 */
export function modelSlots<T>(n: number): T[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [undefined] as unknown as T[];
    case 2:
      return [undefined, undefined] as unknown as T[];
    case 3:
      return [undefined, undefined, undefined] as unknown as T[];
    case 4:
      return [undefined, undefined, undefined, undefined] as unknown as T[];
    case 5:
      return [undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 6:
      return [undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 7:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 8:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 9:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 10:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 11:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 12:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 13:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 14:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 15:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    case 16:
      return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] as unknown as T[];
    default:
      return new Array<T>(n);
  }
}
