import fc from "fast-check";
import Decimal from "decimal.js";
import { a1 } from "../../../src/core/cell";
import { parseCell } from "../../../src/core/numbers";
import { ValueCell } from "../../../src/core/model";
import { CellRef, Equation } from "../../../src/core/relations/equation";
import { cellsEquation, linearEquation } from "../../../src/core/relations/linear";
import { signEquation } from "../../../src/core/relations/sign";
import { RelationGraph } from "../../../src/core/why/graph";

/**
 * The analysis finds the equations around a figure by asking the graph which read its cell: the
 * answer must be every equation whose `cells` list it, in recording order, whether the equation
 * gives its cells by row and column (`eachCell`) or only as refs, and for a cell written in
 * another way than `a1` writes it, as the text it is written in.
 */

function cell(row: number, col: number): ValueCell {
  const parsed = parseCell(row + col);
  return { cell: a1(row, col), row, col, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

// Now and then a row far below the rest: a sheet mostly empty between its cells is indexed by position, not as a grid.
const place = fc.tuple(fc.constantFrom("S", "T"), fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(200000)), fc.integer({ min: 0, max: 2 }));
type Place = [string, number, number];
const refOf = ([sheet, row, col]: Place): CellRef => ({ sheet, cell: a1(row, col) });

// Each kind the rules record, and a sum over refs only (no `eachCell`), some written `$B$2`.
const equation = fc.oneof(
  fc.tuple(place, fc.array(fc.option(place, { nil: undefined }), { maxLength: 6 })).map(([t, parts]) =>
    cellsEquation({ rule: "sum", sheet: t[0], target: cell(t[1], t[2]), partsSheet: t[0], parts: parts.map((p) => p && cell(p[1], p[2])), tolerance: 1 }),
  ),
  place.map((p) => signEquation("sign", refOf(p), new Decimal(-1), "cost")),
  fc.tuple(place, fc.array(fc.tuple(place, fc.boolean()), { maxLength: 4 })).map(([t, terms]) =>
    linearEquation({
      rule: "sum",
      target: { ref: refOf(t), value: new Decimal(1) },
      terms: terms.map(([p, dollars]) => ({ ref: dollars ? { sheet: p[0], cell: `$${a1(p[1], p[2]).replace(/(\d+)$/, "$$$1")}` } : refOf(p), coefficient: new Decimal(1), value: null })),
      tolerance: 1,
    }),
  ),
);

// A cost typed positive on each of many sheets: failing equations on more sheets than a mostly
// consistent book's.
const failingEverywhere = Array.from({ length: 12 }, (_, k) => signEquation("sign", { sheet: `X${k}`, cell: "B2" }, new Decimal(1), "cost"));

describe("the equations at a cell", () => {
  it.each([
    ["few sheets", []],
    ["many sheets", failingEverywhere],
  ])("are those that list it, in recording order, each once, when failing on %s", (_, failing) => {
    expect(new RelationGraph(failing).failing()).toHaveLength(failing.length);
    fc.assert(
      fc.property(fc.array(equation, { minLength: 1, maxLength: 30 }), (some) => {
        const equations = [...some, ...failing];
        const graph = new RelationGraph(equations);
        const asked = new Map<string, CellRef>();
        for (const e of equations) for (const c of e.cells) asked.set(`${c.sheet}!${c.cell}`, c);
        asked.set("S!Z99", { sheet: "S", cell: "Z99" });
        for (const [key, ref] of asked) {
          const expected = equations.flatMap((e: Equation, i) => (e.cells.some((c) => `${c.sheet}!${c.cell}` === key) ? [i] : []));
          expect(graph.at(ref).map((e) => equations.indexOf(e))).toEqual(expected);
          // Asked again, from the list kept.
          expect(graph.at({ ...ref }).map((e) => equations.indexOf(e))).toEqual(expected);
          // Walked by the cell's id, as the repair search walks them.
          const id = graph.idOf(ref);
          const walked: number[] = [];
          for (let i = graph.firstAt(id); i < graph.endAt(id); i++) walked.push(equations.indexOf(graph.equationAt(i)));
          expect(walked).toEqual(expected);
          for (const e of equations) expect(graph.reads(e, ref)).toBe(expected.includes(equations.indexOf(e)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a cell written `$B$2` is not `B2`: each finds the equations written so", () => {
    const plain = signEquation("sign", { sheet: "S", cell: "B2" }, new Decimal(-1), "cost");
    const dollars = linearEquation({ rule: "sum", target: { ref: { sheet: "S", cell: "$B$2" }, value: new Decimal(1) }, terms: [], tolerance: 1 });
    const graph = new RelationGraph([plain, dollars]);
    expect(graph.at({ sheet: "S", cell: "B2" })).toStrictEqual([plain]);
    expect(graph.at({ sheet: "S", cell: "B2" })[0]).toBe(plain);
    expect(graph.at({ sheet: "S", cell: "$B$2" })[0]).toBe(dollars);
    expect(graph.at({ sheet: "S", cell: "$B$2" })).toHaveLength(1);
    expect(graph.at({ sheet: "T", cell: "B2" })).toEqual([]);
  });
});

describe("the failing equations' groups", () => {
  // The failing equations joined through the cells their `cells` list, in recording order: what
  // the analysis explains together, one wrong figure breaking several identities.
  function naiveGroups(failing: readonly Equation[]): Equation[][] {
    const parent = failing.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const firstAt = new Map<string, number>();
    failing.forEach((e, i) => {
      for (const c of e.cells) {
        const key = `${c.sheet}!${c.cell}`;
        const first = firstAt.get(key);
        if (first === undefined) firstAt.set(key, i);
        else parent[find(i)] = find(first);
      }
    });
    const groups = new Map<number, Equation[]>();
    failing.forEach((e, i) => {
      const r = find(i);
      const g = groups.get(r);
      if (g) g.push(e);
      else groups.set(r, [e]);
    });
    return [...groups.values()].sort((a, b) => failing.indexOf(a[0]) - failing.indexOf(b[0]));
  }

  it.each([
    ["few sheets", []],
    ["many sheets", failingEverywhere],
  ])("are the failing equations that share cells, when failing on %s", (_, failing) => {
    fc.assert(
      fc.property(fc.array(equation, { minLength: 1, maxLength: 30 }), (some) => {
        const equations = [...some, ...failing];
        const graph = new RelationGraph(equations);
        const numbered = (groups: Equation[][]) => groups.map((g) => g.map((e) => equations.indexOf(e)));
        expect(numbered(graph.failingGroups())).toEqual(numbered(naiveGroups(graph.failing())));
      }),
      { numRuns: 300 },
    );
  });
});
