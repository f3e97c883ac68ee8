/**
 * Values by sheet name that remember the sheet last looked up: the analysis asks in runs on one
 * sheet (a group's figures, a table's findings), and a run finds its sheet's value again without
 * hashing the name.
 */
export class BySheet<T> {
  private readonly bySheet = new Map<string, T>();
  private lastName: string | undefined;
  private last: T | undefined;

  get size(): number {
    return this.bySheet.size;
  }

  get(sheet: string): T | undefined {
    if (sheet !== this.lastName) {
      this.lastName = sheet;
      this.last = this.bySheet.get(sheet);
    }
    return this.last;
  }

  /** The sheet's value, made by `make` when it has none yet. */
  getOrMake(sheet: string, make: (sheet: string) => T): T {
    let value = this.get(sheet);
    if (value === undefined) this.set(sheet, (value = make(sheet)));
    return value;
  }

  set(sheet: string, value: T): void {
    this.bySheet.set(sheet, value);
    if (sheet === this.lastName) this.last = value;
  }

  /** Each sheet's value, in the order the sheets were first set. */
  values(): IterableIterator<T> {
    return this.bySheet.values();
  }
}
