/**
 * A reading of a text, made once per distinct text. Budget books print the same labels and
 * headers on every area's sheet (a 200-sheet book holds a few hundred distinct texts in tens of
 * thousands of cells), and recognition asks about each label many times while it searches.
 *
 * Only for readings that depend on the text alone, never on where it stands: a cached answer is
 * then the answer, in any sheet and any workbook. Objects handed out are frozen because every
 * caller shares them. The cache is emptied when full, so a long-lived pane reading book after
 * book keeps a bounded memory.
 */
export function perText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = read(text);
    if (typeof value === "object" && value !== null) Object.freeze(value);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
