import { ExternalFunctions, PlainValue } from "../../core/formula/evaluate";
import { calcAllocate, calcChange, calcChangePercent, calcImpliedTotal, calcPerResident, calcShare, calcSumDiff } from "../../functions/logic";

type Arg = PlainValue | PlainValue[][];

// Excel hands an omitted optional argument to a custom function as null.
const at = (args: readonly Arg[], i: number): Arg => args[i] ?? null;

/**
 * The add-in's custom functions as the demo's evaluator calls them: the same logic Excel runs
 * (src/functions/logic.ts), so a created sheet shows in the demo what it shows in Excel.
 */
export const budjettiFunctions: ExternalFunctions = {
  "BUDJETTI.PERRESIDENT": (a) => calcPerResident(at(a, 0), at(a, 1), at(a, 2)),
  "BUDJETTI.CHANGE": (a) => calcChange(at(a, 0), at(a, 1)),
  "BUDJETTI.CHANGEPCT": (a) => calcChangePercent(at(a, 0), at(a, 1), at(a, 2)),
  "BUDJETTI.SHARE": (a) => calcShare(at(a, 0), at(a, 1), at(a, 2)),
  "BUDJETTI.ALLOCATE": (a) => calcAllocate(at(a, 0), at(a, 1), at(a, 2)),
  "BUDJETTI.IMPLIEDTOTAL": (a) => calcImpliedTotal(at(a, 0), at(a, 1), at(a, 2)),
  "BUDJETTI.SUMDIFF": (a) => calcSumDiff(at(a, 0), at(a, 1)),
};
