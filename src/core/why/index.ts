import { BudgetModel } from "../model";
import { Finding } from "../findings";
import { Equation } from "../relations/equation";
import { part } from "../message";
import { RelationGraph } from "./graph";
import { indexFigures } from "./figures";
import { Diagnosis, diagnose } from "./analyse";
import { attachDiagnoses } from "./attach";
import { explainPercentages } from "./percentPatterns";
import { explainFormulas } from "./formulaPatterns";
import { FindingPositions } from "./findingPositions";

/**
 * The root-cause analysis run after every check: groups the failing equations, finds the single
 * figure whose repair reconciles each group, and writes `cause`, `consequenceOf`,
 * `possibleCauses` and `pattern` onto the findings (in place). Works on the recorded equations
 * with values overridden, never by re-running the rules.
 */
export function explainFindings(model: BudgetModel, findings: Finding[], equations: readonly Equation[]): Diagnosis[] {
  const t = part;
  // The findings by cell, for the three that write onto them (they are neither added nor moved):
  // made when the first of them needs it, so a consistent book makes none.
  let made: FindingPositions | undefined;
  const positionsOf = () => (made ??= new FindingPositions(findings));
  explainPercentages(model, findings, t, positionsOf);
  // A workbook without a real difference has nothing to explain: no index, no graph search.
  if (!findings.some((f) => f.severity !== "info")) return [];
  const positions = positionsOf();
  const figures = indexFigures(model);
  const graph = new RelationGraph(equations);
  const diagnoses = diagnose(graph, figures);
  attachDiagnoses(findings, diagnoses, t, positions);
  explainFormulas(findings, graph, figures, t, positions);
  return diagnoses;
}

export interface CauseCounts {
  /** Findings that lead a probable cause. */
  causes: number;
  /** Findings that go away with a cause's repair. */
  consequences: number;
  /** Errors that are not a consequence of another: what needs fixing by hand. */
  errors: number;
}

export function countCauses(findings: readonly Pick<Finding, "severity" | "consequenceOf">[] & readonly { cause?: unknown }[]): CauseCounts {
  let causes = 0;
  let consequences = 0;
  let errors = 0;
  for (const f of findings) {
    if (f.cause) causes++;
    if (f.consequenceOf) consequences++;
    else if (f.severity === "error") errors++;
  }
  return { causes, consequences, errors };
}
