import { BudgetModel, ValueCell } from "../model";
import { Finding } from "../findings";
import { Lang } from "../options";
import { Translate } from "../../i18n/translate";

export function explainPercentages(_model: BudgetModel, _findings: Finding[], _t: Translate, _lang: Lang): void {
  void (null as ValueCell | null);
}
