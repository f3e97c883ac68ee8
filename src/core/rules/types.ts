import { BudgetModel } from "../model";
import { CheckOptions } from "../options";
import { Finding } from "../findings";
import { MessagePart, MessageParams } from "../message";
import { Equation } from "../relations/equation";

export interface RuleContext {
  model: BudgetModel;
  options: CheckOptions;
  /** Names a message by id with its parameters; the words come at the edge. */
  t: (id: string, params?: MessageParams) => MessagePart;
  /** Every identity checked, holding or not, is pushed here (see relations/equation.ts). */
  equations: Equation[];
}

/** A rule family: reads the model, returns findings. Never throws on odd input. */
export interface Rule {
  /** Rule ids this family may emit, for filters and docs. */
  ids: readonly string[];
  run(ctx: RuleContext): Finding[];
}
