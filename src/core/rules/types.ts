import { BudgetModel } from "../model";
import { CheckOptions } from "../options";
import { Finding } from "../findings";
import { MessagePart, MessageParams } from "../message";
import { RecordedEquations } from "../relations/heldSigns";

export interface RuleContext {
  model: BudgetModel;
  options: CheckOptions;
  /** Names a message by id with its parameters; the words come at the edge. */
  t: (id: string, params?: MessageParams) => MessagePart;
  /**
   * Every identity checked, holding or not, is pushed here (see relations/equation.ts); a sign
   * check that holds is kept in the list's table of held signs instead (relations/heldSigns.ts).
   */
  equations: RecordedEquations;
}

/**
 * A rule family: reads the model, returns findings. Never throws on odd input.
 *
 * The rules loop over tables, rows and cells by index, not `for…of`: a rule's own loops run once
 * a check (`allTables`' once a model), so V8 runs them unoptimised, and there each step of an
 * iterator is an object made for the collector.
 */
export interface Rule {
  /** Rule ids this family may emit, for filters and docs. */
  ids: readonly string[];
  run(ctx: RuleContext): Finding[];
}
