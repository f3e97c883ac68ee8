import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { Equation } from "../../../src/core/relations/equation";
import { RecordedEquations, heldSignsOf } from "../../../src/core/relations/heldSigns";
import { signOfCell } from "../../../src/core/relations/sign";
import { ValueCell } from "../../../src/core/model";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { Diagnosis, diagnose } from "../../../src/core/why/analyse";

const d = (v: number) => new Decimal(v);

// Column B of sheet S: two costs (B1, B2) and their total (B3), which is 40 € off: −100 − 20 is −120, not −80.
const values: Record<string, number> = { B1: -100, B2: -20, B3: -80 };
const cells = new Map<string, ValueCell>();
const figures = figureIndex(
  Object.entries(values).map(([cell, value], row): Figure => {
    const vc: ValueCell = { cell, row, col: 1, parsed: { kind: "number", value: d(value), decimals: 0 }, value: d(value) };
    cells.set(cell, vc);
    return { ref: { sheet: "S", cell }, key: `S!${cell}`, cell: vc, value: d(value), role: cell === "B3" ? "derived" : "input", unit: "euro", row: cell, siblings: [] };
  }),
);
const total = (): Equation =>
  linearEquation({
    rule: "sum",
    target: { ref: { sheet: "S", cell: "B3" }, value: d(values.B3) },
    terms: ["B1", "B2"].map((c) => ({ ref: { sheet: "S", cell: c }, coefficient: d(1), value: d(values[c]) })),
    tolerance: 1,
  });

/** The causes and tied cells named, with the values they suggest. */
function named(out: Diagnosis[]): string[] {
  return out.flatMap((x) => (x.kind === "cause" ? [x.repair] : x.candidates)).map((r) => `${r.figure.ref.cell}=${r.suggested.toString()}`);
}

describe("sign checks that hold, kept apart from the equations", () => {
  it("without a sign check, the total's 40 € are a lost minus at B2", () => {
    expect(named(diagnose(new RelationGraph([total()]), figures))).toEqual(["B2=20"]);
  });

  it("a cost's sign that holds rules out the repair that would make it positive, as its equation did", () => {
    // The sign of B2 recorded as an equation, as every sign check once was.
    const asEquation = named(diagnose(new RelationGraph([total(), signOfCell("sign", "S", cells.get("B2") as ValueCell, "cost")]), figures));
    // The same check held in the table, as the sign rule now keeps one that holds.
    const recorded: RecordedEquations = [total()];
    heldSignsOf(recorded).hold("S", cells.get("B2") as ValueCell, "cost", undefined);
    const held = named(diagnose(new RelationGraph(recorded), figures));
    expect(held).not.toContain("B2=20");
    expect(held.length).toBeGreaterThan(0);
    expect(held).toEqual(asEquation);
  });
});
