import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { RepairSearch, TakenRepairs } from "../../../src/core/why/repairs";

const d = (v: number) => new Decimal(v);

/**
 * A sum judged within a tolerance allows a range of values for a figure; where the exact solution
 * shows no slip, the figure with its digits set right may still be inside the range. That is the
 * repair a finance officer is shown: the digits they swapped, not an odd value merely within it.
 */
describe("a figure with a digit slip, its sum judged within a tolerance", () => {
  it("is repaired to its digits set right (12 354 → 12 345), not to the exact solution 12 347", () => {
    const figures = new Map<string, Figure>();
    const values: Record<string, number> = { B1: 12354, B2: 1000, B3: 13347 };
    for (const [cell, value] of Object.entries(values)) {
      const ref = { sheet: "S", cell };
      const vc = { cell, row: Number(cell.slice(1)) - 1, col: 1, parsed: { kind: "number" as const, value: d(value), decimals: 0, units: value }, value: d(value) };
      figures.set(`S!${cell}`, { ref, key: `S!${cell}`, cell: vc, value: d(value), role: cell === "B3" ? "derived" : "input", unit: "euro", row: cell, siblings: [] });
    }
    const sum = linearEquation({
      rule: "sum",
      target: { ref: { sheet: "S", cell: "B3" }, value: d(13347) },
      terms: ["B1", "B2"].map((cell) => ({ ref: { sheet: "S", cell }, coefficient: d(1), value: d(values[cell]) })),
      tolerance: 2,
    });
    const graph = new RelationGraph([sum]);
    const search = new RepairSearch(graph, figureIndex(figures.values()), new TakenRepairs(graph));
    const b1 = search.repairsFor([sum], new Set([sum])).find((r) => r.figure.ref.cell === "B1");
    expect(b1?.suggested.toString()).toBe("12345");
    expect(b1?.pattern?.id).toBe("swapped-digits");
  });
});
