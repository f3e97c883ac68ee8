import Decimal from "decimal.js";
import { Equation } from "../relations/equation";
import { RelationGraph } from "./graph";
import { FigureIndex } from "./figures";
import { Repair, compareRepairs, repairsFor } from "./repairs";

/** What a group of failing equations comes to: one probable cause, or several equally good. */
export type Diagnosis =
  | { kind: "cause"; repair: Repair; group: readonly Equation[] }
  | { kind: "tie"; candidates: Repair[]; equations: readonly Equation[]; group: readonly Equation[] };

// A group rarely holds more than a few wrong figures; beyond that the rest is left unexplained.
const MAX_CAUSES_PER_GROUP = 6;
// Naming more equally good cells than this tells the reader nothing.
const MAX_TIED = 8;

/**
 * For each group of failing equations, the single-cell repairs that fit it. A repair that stands
 * out (better than every other by the ranking of `compareRepairs`) is a probable cause; once
 * taken, what it leaves failing is explained again, so one group may have several causes. When
 * the best repairs are equally good, the group gets a tie that names them and no cause.
 */
export function diagnose(graph: RelationGraph, figures: FigureIndex): Diagnosis[] {
  const out: Diagnosis[] = [];
  // Failing equations not yet explained, across groups: a repair found for one group may also
  // mend another that shares no cell with it (through a NETTOMENO that follows its MENOT).
  const unexplained = new Set(graph.equations.filter((e) => graph.verdict(e) === "wrong"));
  const base = new Map<string, Decimal>();
  for (const group of graph.failingGroups()) {
    for (let round = 0; round < MAX_CAUSES_PER_GROUP; round++) {
      const open = group.filter((e) => unexplained.has(e));
      if (open.length === 0) break;
      const repairs = repairsFor(graph, figures, open, unexplained, base);
      if (repairs.length === 0) break;
      const [first, second] = repairs;
      if (second && compareRepairs(first, second) === 0) {
        const tied = repairs.filter((r) => compareRepairs(r, first) === 0);
        if (tied.length <= MAX_TIED) out.push({ kind: "tie", candidates: tied, equations: [...new Set(tied.flatMap((r) => r.resolved))], group });
        break;
      }
      out.push({ kind: "cause", repair: first, group });
      for (const [k, v] of first.overrides) base.set(k, v);
      for (const e of first.resolved) unexplained.delete(e);
    }
  }
  return out;
}
