import path from "path";
import { checkWorkbook } from "../../../src/core/check";
import { LabeledRow, MaararahatTable } from "../../../src/core/model";
import { readGridsFromFile } from "../../../src/hosts/xlsx/node";
import { RelationGraph } from "../../../src/core/why/graph";
import { indexFigures } from "../../../src/core/why/figures";
import { diagnose } from "../../../src/core/why/analyse";

/**
 * The figure index walks a table's rows only when the search asks about a cell within it: on the
 * sample, as on the bench's 200 sheets, no failing equation reads a määrärahat table, and placing
 * those tables' rows was work for nothing.
 */
const SAMPLE = path.join(__dirname, "..", "..", "..", "seeds", "kemijarvi-elinvoima-2024.xlsx");

test("the sample's causes are found without a cell of its määrärahat tables read", async () => {
  const result = checkWorkbook(await readGridsFromFile(SAMPLE));
  const reads = { n: 0 };
  const watch = (row: LabeledRow | undefined) => {
    if (!row) return;
    const cells = row.cells;
    Object.defineProperty(row, "cells", {
      get: () => {
        reads.n++;
        return cells;
      },
    });
  };
  let tables = 0;
  for (const sheet of result.model.sheets) {
    for (const t of sheet.tables) {
      if (t.kind !== "maararahat") continue;
      tables++;
      const m = t as MaararahatTable;
      for (const row of [m.menot, m.tulot, m.nettomeno]) watch(row);
    }
  }
  const diagnoses = diagnose(new RelationGraph(result.equations), indexFigures(result.model));
  expect(tables).toBe(3);
  expect(diagnoses.some((d) => d.kind === "cause")).toBe(true);
  expect(reads.n).toBe(0);
});
