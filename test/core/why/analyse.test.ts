import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { allocationEquation } from "../../../src/core/relations/allocation";
import { Equation } from "../../../src/core/relations/equation";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, FigureRole, figureIndex } from "../../../src/core/why/figures";
import { diagnose } from "../../../src/core/why/analyse";
import { RepairSearch } from "../../../src/core/why/repairs";

const d = (v: number) => new Decimal(v);

/** A sheet `S` with figures by A1 cell: value and role. */
function sheet(cells: Record<string, [number, FigureRole]>) {
  const figures = new Map<string, Figure>();
  for (const [cell, [value, role]] of Object.entries(cells)) {
    const ref = { sheet: "S", cell };
    const vc = { cell, row: 0, col: 0, parsed: { kind: "number" as const, value: d(value), decimals: 0 }, value: d(value) };
    const f: Figure = { ref, key: `S!${cell}`, cell: vc, value: d(value), role, unit: "euro", row: cell, siblings: [] };
    figures.set(f.key, f);
  }
  const sum = (rule: string, target: string, parts: string[]): Equation =>
    linearEquation({
      rule,
      target: { ref: { sheet: "S", cell: target }, value: figures.get(`S!${target}`)?.value as Decimal },
      terms: parts.map((p) => ({ ref: { sheet: "S", cell: p }, coefficient: d(1), value: figures.get(`S!${p}`)?.value ?? null })),
      tolerance: 1,
    });
  return { figures: figureIndex(figures.values()), sum };
}

describe("probable causes from the equations alone", () => {
  it("a unit's MENOT 10 € off: the unit, not the total, with its NETTOMENO following (Kelkkareitit)", () => {
    // Units A (MENOT B1, TULOT B2, NETTOMENO B3) and K (B4, B5, B6); totals B7 MENOT, B9 NETTOMENO.
    const { figures, sum } = sheet({
      B1: [-203310, "input"], B2: [500, "input"], B3: [-202810, "derived"],
      B4: [-30010, "input"], B5: [0, "input"], B6: [-30010, "derived"],
      B7: [-233310, "derived"], B9: [-232810, "derived"],
    });
    const eqs = [
      sum("unit-nettomeno", "B3", ["B1", "B2"]),
      sum("unit-nettomeno", "B6", ["B4", "B5"]),
      sum("unit-total", "B7", ["B1", "B4"]),
      sum("unit-total", "B9", ["B3", "B6"]),
      // The total agrees with another table: it is not the one to change.
      linearEquation({ rule: "unit-kayttotalous", target: { ref: { sheet: "S", cell: "B7" }, value: d(-233310) }, terms: [{ ref: { sheet: "S", cell: "K1" }, coefficient: d(1), value: d(-233310) }], tolerance: 1 }),
    ];
    const out = diagnose(new RelationGraph(eqs), figures);
    expect(out).toHaveLength(1);
    const c = out[0];
    if (c.kind !== "cause") throw new Error("expected a cause");
    expect(c.repair.figure.ref.cell).toBe("B4");
    expect(c.repair.suggested.toString()).toBe("-30000");
    expect(c.repair.follows.map((f) => [f.figure.ref.cell, f.suggested.toString()])).toEqual([["B6", "-30000"]]);
    expect(c.repair.resolved.map((e) => e.target.cell).sort()).toEqual(["B7", "B9"]);
  });

  it("equally good cells are a tie that names them, never a cause", () => {
    // The total agrees with the unit table (K3), so one of the two lines is off by 8 850.
    const { figures, sum } = sheet({ B1: [-254200, "input"], B2: [-366000, "input"], B3: [-611350, "derived"], K3: [-611350, "derived"] });
    const out = diagnose(new RelationGraph([sum("sum", "B3", ["B1", "B2"]), sum("unit-kayttotalous", "K3", ["B3"])]), figures);
    expect(out.map((x) => x.kind)).toEqual(["tie"]);
    if (out[0].kind !== "tie") throw new Error();
    expect(out[0].candidates.map((r) => r.figure.ref.cell).sort()).toEqual(["B1", "B2"]);
  });

  it("a tie with no cause taken beside it is searched once: searched again, it would tie alike", () => {
    const { figures, sum } = sheet({ B1: [-254200, "input"], B2: [-366000, "input"], B3: [-611350, "derived"], K3: [-611350, "derived"] });
    const searches = jest.spyOn(RepairSearch.prototype, "repairsFor");
    const out = diagnose(new RelationGraph([sum("sum", "B3", ["B1", "B2"]), sum("unit-kayttotalous", "K3", ["B3"])]), figures);
    expect(searches).toHaveBeenCalledTimes(1);
    searches.mockRestore();
    expect(out.map((x) => x.kind)).toEqual(["tie"]);
    if (out[0].kind !== "tie") throw new Error();
    expect(out[0].candidates.map((r) => r.figure.ref.cell).sort()).toEqual(["B1", "B2"]);
  });

  it("a line item that two identities share beats either total (Henkilöstökulut TP 2022)", () => {
    const { figures, sum } = sheet({
      B1: [-359806, "input"], B2: [-691919, "input"], B3: [-1051736, "derived"], T1: [-359816, "input"],
    });
    const eqs = [sum("sum", "B3", ["B1", "B2"]), sum("tunnusluku-kayttotalous", "T1", ["B1"])];
    const out = diagnose(new RelationGraph(eqs), figures);
    if (out[0]?.kind !== "cause") throw new Error("expected a cause");
    expect(out[0].repair.figure.ref.cell).toBe("B1");
    expect(out[0].repair.suggested.toString()).toBe("-359816");
    expect(out[0].repair.pattern?.id).toBe("one-digit");
    expect(out[0].repair.resolved).toHaveLength(2);
  });

  it("a whole-euro figure is suggested as the needed amount rounded half away from zero when that is the rounder figure", () => {
    // B2 needs −29 999,5; typed in whole euros, −30 000 mends the sum within a euro and is rounder than −30 510 was.
    const { figures, sum } = sheet({ B1: [100, "input"], B2: [-30510, "input"], B3: [-29899.5, "derived"] });
    const out = diagnose(new RelationGraph([sum("sum", "B3", ["B1", "B2"])]), figures);
    if (out[0]?.kind !== "cause") throw new Error("expected a cause");
    expect(out[0].repair.figure.ref.cell).toBe("B2");
    expect(out[0].repair.actual.toString()).toBe("-30510");
    expect(out[0].repair.suggested.toString()).toBe("-30000");
  });

  it("a repair that breaks an identity which holds is no repair", () => {
    // B3 = B1 + B2 fails; B1 also equals K1 and B2 equals K2, and the total agrees with K3.
    const { figures, sum } = sheet({ B1: [10, "input"], B2: [20, "input"], B3: [40, "derived"], K1: [10, "input"], K2: [20, "input"], K3: [40, "input"] });
    const eqs = [sum("sum", "B3", ["B1", "B2"]), sum("tunnusluku-kayttotalous", "K1", ["B1"]), sum("tunnusluku-kayttotalous", "K2", ["B2"]), sum("unit-kayttotalous", "B3", ["K3"])];
    expect(diagnose(new RelationGraph(eqs), figures)).toEqual([]);
  });

  it("allocation: the area out of line with the agreeing others is the cause (2023 management costs)", () => {
    const { figures } = sheet({ A: [-107880, "input"], K: [-11090, "input"], T: [-13850, "input"] });
    const parts = [
      { ref: { sheet: "S", cell: "A" }, amount: d(-107880), key: d(82.5) },
      { ref: { sheet: "S", cell: "K" }, amount: d(-11090), key: d(6.9) },
      { ref: { sheet: "S", cell: "T" }, amount: d(-13850), key: d(10.6) },
    ];
    const eqs = parts.map((_, index) => allocationEquation({ rule: "allocation-expected", index, parts, total: null, slack: 66 }));
    expect(eqs.map((e) => e.evaluate())).toEqual(["wrong", "wrong", "wrong"]);
    const out = diagnose(new RelationGraph(eqs), figures);
    if (out[0]?.kind !== "cause") throw new Error("expected a cause");
    expect(out[0].repair.figure.ref.cell).toBe("K");
    expect(out[0].repair.suggested.toString()).toBe("-9022");
    expect(out[0].repair.resolved).toHaveLength(3);
  });
});
