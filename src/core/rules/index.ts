import { Rule } from "./types";
import { unreadableRule } from "./unreadable";
import { structureRule } from "./structure";
import { sumsRule } from "./sums";
import { unitsRule } from "./units";
import { maararahatRule } from "./maararahat";
import { tunnusluvutRule } from "./tunnusluvut";
import { changePercentRule } from "./changePercent";
import { perResidentRule } from "./perResident";
import { allocationRule } from "./allocation";
import { signsRule } from "./signs";
import { relationsRule } from "./relations";
import { columnSumsRule } from "./columnSums";
import { unreadPartsRule } from "./unreadParts";

/** Every rule family, in report order. */
export const RULES: Rule[] = [
  unreadableRule,
  structureRule,
  sumsRule,
  unitsRule,
  maararahatRule,
  tunnusluvutRule,
  changePercentRule,
  perResidentRule,
  allocationRule,
  relationsRule,
  columnSumsRule,
  signsRule,
  // Last: what is left unread is known only once every check has recorded what it reads.
  unreadPartsRule,
];

/** Every rule id the engine may emit, for filters and documentation. */
export const RULE_IDS: readonly string[] = RULES.flatMap((r) => r.ids);
