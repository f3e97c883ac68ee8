import { Finding } from "../findings";
import { BySheet } from "./bySheet";

const newCells = (): Map<string, number> => new Map();

/**
 * The findings' positions in their list by sheet and cell, each cell's in list order: the first
 * by cell, and each one's next at the same cell in a list of numbers. Made once for the analysis's
 * three readers (percentages, causes, formulas), each of which made an index of its own, two with a
 * list per cell; a reader wanting some findings only tests them as it walks a cell's positions.
 */
export class FindingPositions {
  private readonly bySheet = new BySheet<Map<string, number>>();
  // By position: the next finding's at the same cell (−1: none).
  private readonly after: Int32Array;
  private readonly heads: Int32Array;
  /** Cells with a finding: `head(0)` up to `head(cells − 1)`. */
  readonly cells: number;

  constructor(findings: readonly Finding[]) {
    this.after = new Int32Array(findings.length).fill(-1);
    // By position: a cell's first finding's last so far, where the next one at the cell is linked on.
    const last = new Int32Array(findings.length);
    this.heads = new Int32Array(findings.length);
    let cells = 0;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const byCell = this.bySheet.getOrMake(f.sheet, newCells);
      const first = byCell.get(f.cell);
      if (first === undefined) {
        byCell.set(f.cell, i);
        last[i] = i;
        this.heads[cells++] = i;
      } else {
        this.after[last[first]] = i;
        last[first] = i;
      }
    }
    this.cells = cells;
  }

  /** The position of the first finding at the cell, −1 for none. */
  first(sheet: string, cell: string): number {
    return this.bySheet.get(sheet)?.get(cell) ?? -1;
  }

  /** The position of the next finding at the same cell as the one at `i`, −1 for none. */
  next(i: number): number {
    return this.after[i];
  }

  /** Whether any finding is on the sheet. */
  onSheet(sheet: string): boolean {
    return this.bySheet.get(sheet) !== undefined;
  }

  /** The position of the first finding at the `k`-th cell (cells in the order of their first findings). */
  head(k: number): number {
    return this.heads[k];
  }
}
