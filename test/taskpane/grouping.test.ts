import { Finding } from "../../src/core/findings";
import { findConsequences, groupFindings, sheetsWithErrors, steppingOrder } from "../../src/taskpane/grouping";
import { makeFinding, said } from "./fixtures";

const at = (cell: string, over: Partial<Finding> = {}) => makeFinding({ cell, parts: said(cell), ...over });

test("within a table errors come first, then warnings; notes are kept apart; sheets and tables keep their order", () => {
  const findings = [
    at("C5", { severity: "info" }),
    at("C6", { severity: "warning" }),
    at("C7", { severity: "error" }),
    at("B2", { severity: "error", sheet: "Työllisyys", area: "Työllisyys" }),
    at("C8", { severity: "error", table: "yksikot" }),
  ];
  const groups = groupFindings(findings);
  expect(groups.map((g) => g.sheet)).toEqual(["Asuminen ja ympäristö", "Työllisyys"]);
  const [kayttotalous, yksikot] = groups[0].tables;
  expect(kayttotalous.findings.map((f) => f.cell)).toEqual(["C7", "C6"]);
  expect(kayttotalous.notes.map((f) => f.cell)).toEqual(["C5"]);
  expect(yksikot.findings.map((f) => f.cell)).toEqual(["C8"]);
  expect(groups[0].counts).toEqual({ error: 2, warning: 1, info: 1 });
  expect(sheetsWithErrors(groups)).toEqual(["Asuminen ja ympäristö", "Työllisyys"]);
  expect(steppingOrder(groups).map((f) => f.cell)).toEqual(["C7", "C6", "C5", "C8", "B2"]);
});

test("findings that follow from a probable cause are listed under the finding that names it, and the cause goes first", () => {
  const cause = { sheet: "Asuminen ja ympäristö", cell: "C3", actual: "-30010", suggested: "-30000", resolves: 3, parts: said("C3 ...") };
  const lead = at("C9", { severity: "warning", cause });
  const followers = [at("C10", { consequenceOf: "Asuminen ja ympäristö!C3" }), at("D4", { sheet: "Työllisyys", consequenceOf: "Asuminen ja ympäristö!C3" })];
  const unrelated = at("C2");
  // A consequence of a cause that is not listed (explained, filtered out) stays where it is.
  const orphan = at("C11", { consequenceOf: "Asuminen ja ympäristö!Z1" });
  const findings = [unrelated, ...followers, lead, orphan];
  const consequences = findConsequences(findings);
  expect([...consequences.values()].flat().map((f) => f.cell)).toEqual(["C10", "D4"]);
  const groups = groupFindings(findings, consequences);
  expect(groups.map((g) => g.sheet)).toEqual(["Asuminen ja ympäristö"]);
  expect(groups[0].tables[0].findings.map((f) => f.cell)).toEqual(["C9", "C2", "C11"]);
  expect(steppingOrder(groups, consequences).map((f) => f.cell)).toEqual(["C9", "C10", "D4", "C2", "C11"]);
  // Without the analysis' fields nothing changes.
  expect(findConsequences([unrelated, at("C12")]).size).toBe(0);
});
