import { grown } from "../grown";

/**
 * The cells many equations read, as the rows of a table in typed arrays: a sheet's number, a row
 * and a column (0-based, as `a1` takes them) each. The analysis's index of cells is built from
 * it. An equation that knows its cells' rows and columns writes them here itself (`cellsInto`),
 * with no visitor called and no object made per cell: the index reads every equation's cells.
 */
export class CellEntries {
  /** Entries written. */
  size = 0;
  sheets: Int32Array;
  // Rows as doubles: an address may number rows beyond 32 bits (`position.ts` reads ten digits).
  rows: Float64Array;
  cols: Int32Array;
  /** Each sheet's name by its number: numbered as first met. */
  readonly sheetNames: string[] = [];
  private readonly numbers = new Map<string, number>();
  private lastName: string | undefined;
  private lastNumber = -1;

  constructor(room: number) {
    this.sheets = new Int32Array(room);
    this.rows = new Float64Array(room);
    this.cols = new Int32Array(room);
  }

  /** The sheet's number, given when first asked for. */
  sheetNumber(name: string): number {
    if (name === this.lastName) return this.lastNumber;
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.sheetNames.push(name) - 1;
      this.numbers.set(name, n);
    }
    this.lastName = name;
    this.lastNumber = n;
    return n;
  }

  /** The number of a sheet met, undefined for one never met. */
  numberOf(name: string): number | undefined {
    return this.numbers.get(name);
  }

  add(sheet: number, row: number, col: number): void {
    const k = this.size;
    if (k === this.sheets.length) this.grow();
    this.sheets[k] = sheet;
    this.rows[k] = row;
    this.cols[k] = col;
    this.size = k + 1;
  }

  /** Keeps only the entries from `from` on of sheet `sheet`, in order. */
  keepFrom(from: number, sheet: number): void {
    let w = from;
    for (let r = from; r < this.size; r++) {
      if (this.sheets[r] !== sheet) continue;
      this.sheets[w] = sheet;
      this.rows[w] = this.rows[r];
      this.cols[w] = this.cols[r];
      w++;
    }
    this.size = w;
  }

  private grow(): void {
    const room = this.sheets.length * 2 + 16;
    this.sheets = grown(this.sheets, room);
    this.rows = grown(this.rows, room);
    this.cols = grown(this.cols, room);
  }
}
