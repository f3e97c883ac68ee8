import { Finding } from "../findings";

const NONE: readonly Finding[] = [];

/**
 * Findings by the cell they are at, sheet then address, each cell's in the order given. Looked up
 * with the sheet and address texts a finding or an equation already holds: the analysis used to
 * make a key text `Sheet!A1` for every finding, three times a check, and again for each lookup.
 */
export class FindingsAt {
  private readonly bySheet = new Map<string, Map<string, Finding[]>>();
  // Lookups come in runs on one sheet: its cells are found again without hashing its name.
  private lastName: string | undefined;
  private last: Map<string, Finding[]> | undefined;

  /** The findings that `keep` accepts (every one without it). */
  constructor(findings: Iterable<Finding>, keep?: (f: Finding) => boolean) {
    for (const f of findings) {
      if (keep && !keep(f)) continue;
      let cells = this.bySheet.get(f.sheet);
      if (!cells) this.bySheet.set(f.sheet, (cells = new Map()));
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
    return this.cellsOf(sheet) !== undefined;
  }

  at(sheet: string, cell: string): readonly Finding[] {
    return this.cellsOf(sheet)?.get(cell) ?? NONE;
  }

  /** Each cell's findings, sheets and cells in the order of their first finding. */
  *lists(): IterableIterator<readonly Finding[]> {
    for (const cells of this.bySheet.values()) yield* cells.values();
  }

  private cellsOf(sheet: string): Map<string, Finding[]> | undefined {
    if (sheet !== this.lastName) {
      this.lastName = sheet;
      this.last = this.bySheet.get(sheet);
    }
    return this.last;
  }
}
