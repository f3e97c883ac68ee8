import { RULE_IDS } from "../../src/core/rules";
import { NAMED_RULE_IDS, ruleDescription, ruleName } from "../../src/i18n/rules";
import { makeTranslator } from "../../src/i18n/translate";
import { uiMessages } from "../../src/i18n/ui";
import { cliMessages } from "../../src/cli/messages";

describe("rule catalogue", () => {
  it("names and describes every rule id the engine can emit, in both languages", () => {
    const missing = RULE_IDS.filter((id) => !NAMED_RULE_IDS.includes(id));
    expect(missing).toEqual([]);
    for (const id of RULE_IDS) {
      for (const lang of ["fi", "en"] as const) {
        expect(ruleName(id, lang)).not.toBe(id);
        expect(ruleDescription(id, lang).length).toBeGreaterThan(10);
      }
    }
  });

  it("names no rule the engine does not have", () => {
    expect(NAMED_RULE_IDS.filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });

  it("gives readable names, and the pane's and the CLI's translators know them", () => {
    expect(ruleName("per-resident-population", "fi")).toBe("€/asukas ilman asukaslukua");
    expect(ruleName("per-resident-population", "en")).toBe("€ per resident without population");
    expect(makeTranslator("fi", uiMessages)("rule.sign")).toBe("Etumerkki");
    expect(makeTranslator("en", cliMessages)("rule.change-percent")).toBe("Change %");
  });

  it("shows an unknown id as it is rather than losing it", () => {
    expect(ruleName("not-a-rule", "fi")).toBe("not-a-rule");
  });
});
