import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { Equation } from "../../../src/core/relations/equation";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { Repair, RepairSearch, TakenRepairs } from "../../../src/core/why/repairs";

const d = (v: number) => new Decimal(v);

function figureAt(cell: string, value: number, role: Figure["role"] = "input"): Figure {
  const ref = { sheet: "S", cell };
  const vc = { cell, row: Number(cell.slice(1)) - 1, col: 1, parsed: { kind: "number" as const, value: d(value), decimals: 0, units: value }, value: d(value) };
  return { ref, key: `S!${cell}`, cell: vc, value: d(value), role, unit: "euro", row: cell, siblings: [] };
}

/** `target = Σ coefficient × cell` on sheet S, judged exactly. */
function equation(rule: string, target: [string, number], terms: [string, number, number][]): Equation {
  return linearEquation({
    rule,
    target: { ref: { sheet: "S", cell: target[0] }, value: d(target[1]) },
    terms: terms.map(([cell, value, c]) => ({ ref: { sheet: "S", cell }, coefficient: d(c), value: d(value) })),
    tolerance: 0,
  });
}

const shown = (repairs: Repair[]) => repairs.map((r) => `${r.figure.ref.cell}=${r.suggested.toString()} ${r.follows.map((f) => `${f.figure.ref.cell}=${f.suggested.toString()}`).join(",")}`);

/**
 * A trial is ruled out before its followers are worked out when the figure's value alone breaks an
 * equation that ruled out recent trials. That is exact only for an equation that reads no cell
 * that may follow the figure: one that does may hold again once its total follows.
 *
 * The book: B3 = B1 + B2 holds (150 = 100 + 50), so B3 follows B1; B1 = B4 fails (100 against 90,
 * B4 no figure), and B1 = 90 is the repair to weigh. A guard at B5 (50) holds and reads B1; a first
 * search, of B5 = B6 failing (B6 no figure, 40), is ruled out by the guard, which the search then
 * asks first. The same repairs must come out of a search that has not met the guard (a fresh one).
 */
function book(guardReadsTotal: boolean) {
  const total = equation("sum", ["B3", 150], [["B1", 100, 1], ["B2", 50, 1]]);
  const failing = equation("relation", ["B1", 100], [["B4", 90, 1]]);
  // B5 = B3 − B1 (the total, which follows) or B5 = B7 − B1 (a figure that does not).
  const guard = equation("relation", ["B5", 50], [[guardReadsTotal ? "B3" : "B7", 150, 1], ["B1", 100, -1]]);
  const priming = equation("relation", ["B5", 50], [["B6", 40, 1]]);
  const graph = new RelationGraph([total, failing, guard, priming]);
  const figures = figureIndex([figureAt("B1", 100), figureAt("B2", 50), figureAt("B3", 150, "derived"), figureAt("B5", 50), figureAt("B7", 150)]);
  const search = () => new RepairSearch(graph, figures, new TakenRepairs(graph));
  return { total, failing, priming, search };
}

describe("a trial ruled out by the figure's value alone", () => {
  it("is still tried in full where the equation that broke recent trials reads the total that follows", () => {
    const { failing, priming, search } = book(true);
    const fresh = shown(search().repairsFor([failing], new Set([failing])));
    const primed = search();
    // The guard rules out B5 = 40: it is then the first equation asked of each trial.
    expect(primed.repairsFor([priming], new Set([priming]))).toEqual([]);
    const after = shown(primed.repairsFor([failing], new Set([failing])));
    // B1 alone at 90 breaks the guard (150 − 90 ≠ 50); with B3 following (140) it holds.
    expect(fresh).toEqual(["B1=90 B3=140"]);
    expect(after).toEqual(fresh);
  });

  it("is ruled out before its total is worked out where that equation reads no cell that may follow", () => {
    const { total, failing, priming, search } = book(false);
    const evaluations = jest.spyOn(total, "evaluate");
    const fresh = shown(search().repairsFor([failing], new Set([failing])));
    // A search that has not met the guard works out whether B3 follows before the guard rules B1 out.
    expect(evaluations).toHaveBeenCalled();
    const primed = search();
    expect(primed.repairsFor([priming], new Set([priming]))).toEqual([]);
    evaluations.mockClear();
    const after = shown(primed.repairsFor([failing], new Set([failing])));
    // 150 − 90 ≠ 50 whatever B3 does: no repair at B1, and the total is never asked.
    expect(fresh).toEqual([]);
    expect(after).toEqual(fresh);
    expect(evaluations).not.toHaveBeenCalled();
  });
});
