import Decimal from "decimal.js";
import { linearEquation } from "../../../src/core/relations/linear";
import { Equation } from "../../../src/core/relations/equation";
import { RelationGraph } from "../../../src/core/why/graph";
import { Figure, figureIndex } from "../../../src/core/why/figures";
import { diagnose } from "../../../src/core/why/analyse";
import { attachDiagnoses } from "../../../src/core/why/attach";
import { Finding, Severity } from "../../../src/core/findings";
import { part } from "../../../src/core/message";

const d = (v: number) => new Decimal(v);

/** Input figures on a sheet `S` by A1 cell. */
function figuresOf(cells: Record<string, number>) {
  const figures: Figure[] = Object.entries(cells).map(([cell, value]) => ({
    ref: { sheet: "S", cell },
    key: `S!${cell}`,
    cell: { cell, row: 0, col: 0, parsed: { kind: "number" as const, value: d(value), decimals: 0 }, value: d(value) },
    value: d(value),
    role: "input",
    unit: "euro",
    row: cell,
    siblings: [],
  }));
  return figureIndex(figures);
}

function sum(target: string, parts: string[], values: Record<string, number>): Equation {
  return linearEquation({
    rule: "sum",
    target: { ref: { sheet: "S", cell: target }, value: d(values[target]) },
    terms: parts.map((p) => ({ ref: { sheet: "S", cell: p }, coefficient: d(1), value: d(values[p]) })),
    tolerance: 1,
  });
}

function finding(cell: string, severity: Severity): Finding {
  return { rule: "sum", severity, sheet: "S", cell, related: [], area: "A", parts: [] };
}

/** Diagnoses the equations and writes them onto one finding per sum, with the given severities. */
function explained(eqs: Equation[], values: Record<string, number>, severities: Record<string, Severity>): Finding[] {
  const findings = Object.entries(severities).map(([cell, severity]) => finding(cell, severity));
  attachDiagnoses(findings, diagnose(new RelationGraph(eqs), figuresOf(values)), part);
  return findings;
}

describe("only a finding that claims an error is given a cause of its own", () => {
  // B3 = B1 + B2 is 10 off; B2 = 1 010 where 1 000 reconciles it is the rounder, likelier slip.
  const one = { B1: 100, B2: 1010, B3: 1100 };

  it("an error gets the probable cause", () => {
    const [error] = explained([sum("B3", ["B1", "B2"], one)], one, { B3: "error" });
    expect(error.cause).toMatchObject({ cell: "B2", actual: "1010", suggested: "1000" });
  });

  it("the same difference as an info (one the table's missing rows may explain) gets none", () => {
    const [info] = explained([sum("B3", ["B1", "B2"], one)], one, { B3: "info" });
    expect(info.cause).toBeUndefined();
    expect(info.consequenceOf).toBeUndefined();
  });

  it("an info the same repair mends is folded under the error's cause", () => {
    // B6 = B5 + B2 reads the same B2 and is 10 off as well.
    const values = { ...one, B5: 50, B6: 1050 };
    const eqs = [sum("B3", ["B1", "B2"], values), sum("B6", ["B5", "B2"], values)];
    const [info, error] = explained(eqs, values, { B3: "info", B6: "error" });
    expect(error.cause).toMatchObject({ cell: "B2", suggested: "1000", resolves: 2 });
    expect(info.cause).toBeUndefined();
    expect(info.consequenceOf).toBe("S!B2");
  });

  it("cells that explain a difference equally well are named on an error, not on an info", () => {
    // The total agrees with another table (K3), so one of the two lines is off by 8 850.
    const values = { B1: -254200, B2: -366000, B3: -611350, K3: -611350 };
    const eqs = [sum("B3", ["B1", "B2"], values), linearEquation({ rule: "unit-kayttotalous", target: { ref: { sheet: "S", cell: "K3" }, value: d(-611350) }, terms: [{ ref: { sheet: "S", cell: "B3" }, coefficient: d(1), value: d(-611350) }], tolerance: 1 })];
    const [error] = explained(eqs, values, { B3: "error" });
    expect(error.possibleCauses?.map((c) => c.cell).sort()).toEqual(["B1", "B2"]);
    const [info] = explained(eqs, values, { B3: "info" });
    expect(info.possibleCauses).toBeUndefined();
  });
});
