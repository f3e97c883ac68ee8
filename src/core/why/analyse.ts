import { Equation } from "../relations/equation";
import { RelationGraph } from "./graph";
import { FigureIndex } from "./figures";
import { Repair, RepairSearch, TakenRepairs, compareRepairs } from "./repairs";

/** What a group of failing equations comes to: one probable cause, or several equally good. */
export type Diagnosis =
  | { kind: "cause"; repair: Repair; group: readonly Equation[] }
  | { kind: "tie"; candidates: Repair[]; equations: readonly Equation[]; group: readonly Equation[] };

// A group rarely holds more than a few wrong figures; beyond that the rest is left unexplained.
const MAX_ROUNDS_PER_GROUP = 8;
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
  const unexplained = new Set(graph.failing());
  const taken = new TakenRepairs(graph);
  const search = new RepairSearch(graph, figures, taken);
  for (const group of graph.failingGroups()) {
    // Equations whose best repairs tie are set aside while the rest of the group is explained;
    // once it is, they are tried once more (another slip may have hidden which cell they need).
    // Made at the first tie: most groups (a thousand in a large book) have none.
    let aside: Set<Equation> | undefined;
    let ties: Diagnosis[] = NO_TIES;
    let retried = false;
    let causeTaken = false;
    for (let round = 0; round < MAX_ROUNDS_PER_GROUP; round++) {
      const open = openOf(group, unexplained, aside);
      const repairs = open.length === 0 ? NO_REPAIRS : search.repairsFor(open, unexplained);
      if (repairs.length === 0) {
        if (!aside || aside.size === 0 || retried) break;
        // With no cause taken, the rounds again would search the same open equations over the same
        // repairs taken, find the same ties and end here once more: 67 searches of 1 065 a check.
        // Unless the round limit would cut them short (fewer ties): then they run.
        if (!causeTaken && 2 * round + 1 < MAX_ROUNDS_PER_GROUP) break;
        retried = true;
        aside.clear();
        ties = NO_TIES;
        continue;
      }
      const [first, second] = repairs;
      if (second && compareRepairs(first, second) === 0) {
        const tied = repairs.filter((r) => compareRepairs(r, first) === 0);
        const equations = [...new Set(tied.flatMap((r) => r.resolved))];
        if (tied.length <= MAX_TIED) (ties === NO_TIES ? (ties = []) : ties).push({ kind: "tie", candidates: tied, equations, group });
        aside ??= new Set();
        for (const e of equations) aside.add(e);
        continue;
      }
      out.push({ kind: "cause", repair: first, group });
      causeTaken = true;
      taken.take(first);
      for (const e of first.resolved) unexplained.delete(e);
    }
    // A tie stands only for what no cause explained after all.
    for (const t of ties) if (t.kind === "tie" && t.equations.every((e) => unexplained.has(e))) out.push(t);
  }
  return out;
}

// Shared empty lists, never added to.
const NO_TIES: Diagnosis[] = [];
const NO_REPAIRS: Repair[] = [];
const NO_EQUATIONS: readonly Equation[] = [];

/**
 * The group's equations still to explain and not set aside, in the group's order: the group
 * itself when that is all of them (a group's first round, mostly), no list made.
 */
function openOf(group: readonly Equation[], unexplained: ReadonlySet<Equation>, aside: ReadonlySet<Equation> | undefined): readonly Equation[] {
  const isOpen = (e: Equation) => unexplained.has(e) && !aside?.has(e);
  let k = 0;
  while (k < group.length && isOpen(group[k])) k++;
  if (k === group.length) return group;
  const open = group.slice(0, k);
  for (k++; k < group.length; k++) if (isOpen(group[k])) open.push(group[k]);
  return open.length === 0 ? NO_EQUATIONS : open;
}
