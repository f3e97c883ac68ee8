import { BudgetModel } from "../model";
import { CheckOptions } from "../options";
import { Finding } from "../findings";
import { Translate } from "../../i18n/translate";
import { Equation } from "../relations/equation";

export interface RuleContext {
  model: BudgetModel;
  options: CheckOptions;
  t: Translate;
  /** Every identity checked, holding or not, is pushed here (see relations/equation.ts). */
  equations: Equation[];
}

/** A rule family: reads the model, returns findings. Never throws on odd input. */
export interface Rule {
  /** Rule ids this family may emit, for filters and docs. */
  ids: readonly string[];
  run(ctx: RuleContext): Finding[];
}
