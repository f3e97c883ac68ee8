import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { Equation } from "../../../src/core/relations/equation";
import { RecordedEquations, allEquations, heldSignsOf } from "../../../src/core/relations/heldSigns";
import { signOfCell } from "../../../src/core/relations/sign";
import { ValueCell } from "../../../src/core/model";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { Diagnosis, diagnose } from "../../../src/core/why/analyse";

const d = (v: number) => new Decimal(v);

// Column B of each sheet: two costs (B1, B2) and their total (B3), which is 40 € off: −100 − 20 is −120, not −80.
const values: Record<string, number> = { B1: -100, B2: -20, B3: -80 };

/**
 * The book on `count` sheets (S0, S1, …): its figures, each sheet's total as an equation, and
 * each sheet's B2 cell. Failing on more than 8 sheets, the analysis indexes every sheet at once;
 * on fewer, a sheet at a time.
 */
function book(count: number) {
  const sheets = Array.from({ length: count }, (_, k) => `S${k}`);
  const b2 = new Map<string, ValueCell>();
  const all: Figure[] = [];
  for (const sheet of sheets) {
    Object.entries(values).forEach(([cell, value], row) => {
      const vc: ValueCell = { cell, row, col: 1, parsed: { kind: "number", value: d(value), decimals: 0 }, value: d(value) };
      if (cell === "B2") b2.set(sheet, vc);
      all.push({ ref: { sheet, cell }, key: `${sheet}!${cell}`, cell: vc, value: d(value), role: cell === "B3" ? "derived" : "input", unit: "euro", row: cell, siblings: [] });
    });
  }
  const totals = (): Equation[] =>
    sheets.map((sheet) =>
      linearEquation({
        rule: "sum",
        target: { ref: { sheet, cell: "B3" }, value: d(values.B3) },
        terms: ["B1", "B2"].map((c) => ({ ref: { sheet, cell: c }, coefficient: d(1), value: d(values[c]) })),
        tolerance: 1,
      }),
    );
  return { sheets, b2, totals, figures: figureIndex(all) };
}

/** The causes and tied cells named, with the values they suggest. */
function named(out: Diagnosis[]): string[] {
  return out.flatMap((x) => (x.kind === "cause" ? [x.repair] : x.candidates)).map((r) => `${r.figure.ref.sheet}!${r.figure.ref.cell}=${r.suggested.toString()}`);
}

describe("sign checks that hold, kept apart from the equations", () => {
  it("without a sign check, the total's 40 € are a lost minus at B2", () => {
    const { totals, figures } = book(1);
    expect(named(diagnose(new RelationGraph(totals()), figures))).toEqual(["S0!B2=20"]);
  });

  for (const count of [1, 9]) {
    it(`a cost's sign that holds rules out the repair that would make it positive, as its equation did (${count} sheet(s))`, () => {
      const { sheets, b2, totals, figures } = book(count);
      // The sign of B2 recorded as an equation, as every sign check once was.
      const asEquations = named(diagnose(new RelationGraph([...totals(), ...sheets.map((s) => signOfCell("sign", s, b2.get(s) as ValueCell, "cost"))]), figures));
      // The same checks held in the table, as the sign rule now keeps those that hold.
      const recorded: RecordedEquations = totals();
      for (const s of sheets) heldSignsOf(recorded).hold(s, b2.get(s) as ValueCell, "cost", undefined);
      const held = named(diagnose(new RelationGraph(recorded), figures));
      expect(held.filter((x) => x.endsWith("!B2=20"))).toEqual([]);
      expect(held.length).toBeGreaterThanOrEqual(count);
      expect(held).toEqual(asEquations);
    });
  }

  // A large book holds tens of thousands of sign checks: the whole list (a dump, the corpus test)
  // still has each one, on its own cell and column, where it was recorded among the equations.
  it("are each in the whole list in recording order, with their cell and column, in a large book", () => {
    const { totals } = book(1);
    const recorded: RecordedEquations = [];
    const count = 9000;
    for (let k = 0; k < count; k++) {
      if (k % 1000 === 0) recorded.push(...totals());
      const cell: ValueCell = { cell: `C${k + 1}`, row: k, col: 2, parsed: { kind: "number", value: d(-k - 1), decimals: 0 }, value: d(-k - 1) };
      heldSignsOf(recorded).hold(`S${k % 3}`, cell, "cost", `TA ${2000 + (k % 7)}`);
    }
    const all = allEquations(recorded);
    expect(all).toHaveLength(count + 9);
    const signs = all.filter((e) => e.rule === "sign");
    expect(signs.map((e) => `${e.target.sheet}!${e.target.cell} ${e.column}`)).toEqual(Array.from({ length: count }, (_, k) => `S${k % 3}!C${k + 1} TA ${2000 + (k % 7)}`));
    // The sum recorded before the 1 000th check comes right before it.
    expect(all.indexOf(signs[1000]) - 1).toBe(all.findIndex((e, i) => e.rule === "sum" && i > all.indexOf(signs[999])));
  });
});
