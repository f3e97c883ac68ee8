import Decimal from "decimal.js";
import { Equation } from "../../../src/core/relations/equation";
import { linearEquation } from "../../../src/core/relations/linear";
import { signEquation } from "../../../src/core/relations/sign";
import { RecordedEquations } from "../../../src/core/relations/heldSigns";
import { recordJudged, takeBackFrom } from "../../../src/core/relations/failingPlaces";
import { RelationGraph } from "../../../src/core/why/graph";

/**
 * The rules note which equations fail as they record them, and the graph takes those as its
 * failing ones instead of judging the whole list again: the two must agree, and a list recorded
 * in part another way (or cut back past what was noted) must be judged again, not trusted.
 */

const d = (v: number) => new Decimal(v);

// `target = a + b` on sheet S, failing when the target is off by more than the euro of tolerance.
function sum(row: number, off: number): Equation {
  const ref = (col: string) => ({ sheet: "S", cell: `${col}${row}` });
  return linearEquation({
    rule: "sum",
    target: { ref: ref("C"), value: d(30 + off) },
    terms: [
      { ref: ref("A"), coefficient: d(1), value: d(10) },
      { ref: ref("B"), coefficient: d(1), value: d(20) },
    ],
    tolerance: 1,
  });
}

const positiveCost = (row: number) => signEquation("sign", { sheet: "S", cell: `D${row}` }, d(5), "cost");

// Holding, failing, rounding and failing again: the failing ones are the 2nd, 4th and 5th.
const some = (): Equation[] => [sum(1, 0), sum(2, 40), sum(3, 1), positiveCost(4), sum(5, -7), sum(6, 0)];

function judgedAgain(list: readonly Equation[]): Equation[] {
  return list.filter((e) => e.evaluate() === "wrong");
}

describe("failing equations noted as recorded", () => {
  it("are those the graph finds by judging every equation, in recording order", () => {
    const recorded: RecordedEquations = [];
    const verdicts = some().map((e) => recordJudged(recorded, e));
    expect(verdicts).toEqual(["ok", "wrong", "rounding", "wrong", "wrong", "ok"]);
    expect(recorded.failing?.places).toEqual([1, 3, 4]);
    const graph = new RelationGraph(recorded);
    expect(graph.failing()).toEqual(judgedAgain(recorded));
    expect(graph.failing()).toHaveLength(3);
    expect(graph.failingGroups().flat()).toHaveLength(3);
  });

  it("lose the places taken back", () => {
    const recorded: RecordedEquations = [];
    for (const e of some()) recordJudged(recorded, e);
    takeBackFrom(recorded, 4);
    expect(recorded).toHaveLength(4);
    expect(recorded.failing?.places).toEqual([1, 3]);
    recordJudged(recorded, sum(7, 12));
    expect(recorded.failing?.places).toEqual([1, 3, 4]);
    expect(new RelationGraph(recorded).failing()).toEqual(judgedAgain(recorded));
  });

  it("are not trusted for a list that also holds equations recorded without a verdict", () => {
    const recorded: RecordedEquations = [];
    recordJudged(recorded, sum(1, 0));
    recorded.push(sum(2, 40));
    recordJudged(recorded, sum(3, 0));
    expect(recorded.failing?.places).toEqual([]);
    const failing = new RelationGraph(recorded).failing();
    expect(failing).toEqual([recorded[1]]);
  });

  it("are not trusted once a take-back cut a list that was not all noted", () => {
    const recorded: RecordedEquations = [];
    recorded.push(sum(1, 40));
    recordJudged(recorded, sum(2, 0));
    recordJudged(recorded, sum(3, 40));
    takeBackFrom(recorded, 2);
    recordJudged(recorded, sum(4, 0));
    expect(new RelationGraph(recorded).failing()).toEqual([recorded[0]]);
  });
});
