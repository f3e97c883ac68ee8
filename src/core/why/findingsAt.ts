import { Finding } from "../findings";
import { BySheet } from "./bySheet";

const NONE: readonly Finding[] = [];
const newCells = (): Map<string, Finding[]> => new Map();

/**
 * Findings by the cell they are at, sheet then address, each cell's in the order given. Looked up
 * with the sheet and address texts a finding or an equation already holds: the analysis used to
 * make a key text `Sheet!A1` for every finding, three times a check, and again for each lookup.
 */
export class FindingsAt {
  private readonly bySheet = new BySheet<Map<string, Finding[]>>();

  /** The findings that `keep` accepts (every one without it). */
  constructor(findings: Iterable<Finding>, keep?: (f: Finding) => boolean) {
    for (const f of findings) {
      if (keep && !keep(f)) continue;
      const cells = this.bySheet.getOrMake(f.sheet, newCells);
      const list = cells.get(f.cell);
      if (list) list.push(f);
      else cells.set(f.cell, [f]);
    }
  }

  /** No finding was kept. */
  get empty(): boolean {
    return this.bySheet.size === 0;
  }

  /** Whether any finding is on the sheet. */
  onSheet(sheet: string): boolean {
    return this.bySheet.get(sheet) !== undefined;
  }

  at(sheet: string, cell: string): readonly Finding[] {
    return this.bySheet.get(sheet)?.get(cell) ?? NONE;
  }

  /** Each cell's findings, sheets and cells in the order of their first finding. */
  *lists(): IterableIterator<readonly Finding[]> {
    for (const cells of this.bySheet.values()) yield* cells.values();
  }
}
