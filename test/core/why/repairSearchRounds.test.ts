import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { RepairSearch, TakenRepairs } from "../../../src/core/why/repairs";

const d = (v: number) => new Decimal(v);

function figureAt(cell: string, value: number): Figure {
  const ref = { sheet: "S", cell };
  const vc = { cell, row: Number(cell.slice(1)) - 1, col: 1, parsed: { kind: "number" as const, value: d(value), decimals: 0, units: value }, value: d(value) };
  return { ref, key: `S!${cell}`, cell: vc, value: d(value), role: "input", unit: "euro", row: cell, siblings: [] };
}

const term = (cell: string, value: number) => ({ ref: { sheet: "S", cell }, coefficient: d(1), value: d(value) });

/**
 * One search object serves every group and round of an analysis, and keeps what a figure's trials
 * share from one trial to the next (the equations reading its cell and how each stood). How an
 * equation stands is the search's own: one still failing in a round may be mended by then, so a
 * later round must not take the earlier's word for it, even for the same figure tried first.
 */
describe("a repair search asked again with fewer failing equations", () => {
  it("weighs an equation failing before, holding now, as one a repair must not break", () => {
    // B1 = B4 fails (100 against 90); B2 = B1 + B3 holds, and breaks when B1 is set to 90.
    // B4 has no figure: B1 is the only figure tried, last in the first search and first in the second.
    const b1 = figureAt("B1", 100);
    const own = linearEquation({ rule: "sum", target: { ref: b1.ref, value: d(100) }, terms: [term("B4", 90)], tolerance: 0 });
    const other = linearEquation({ rule: "relation", target: { ref: { sheet: "S", cell: "B2" }, value: d(150) }, terms: [term("B1", 100), term("B3", 50)], tolerance: 0 });
    const graph = new RelationGraph([own, other]);
    const search = new RepairSearch(graph, figureIndex([b1, figureAt("B2", 150), figureAt("B3", 50)]), new TakenRepairs(graph));
    // With both failing, setting B1 to 90 breaks nothing that holds.
    expect(search.repairsFor([own], new Set([own, other])).map((r) => `${r.figure.ref.cell}=${r.suggested.toString()}`)).toContain("B1=90");
    // With the other holding, the same value breaks it.
    expect(search.repairsFor([own], new Set([own])).map((r) => r.figure.ref.cell)).not.toContain("B1");
  });
});
