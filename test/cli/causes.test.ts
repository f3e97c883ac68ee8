import { WordedResult } from "../../src/i18n/render";
import { WordedFinding, countBySeverity } from "../../src/core/findings";
import { makeTranslator } from "../../src/i18n/translate";
import { cliMessages } from "../../src/cli/messages";
import { renderHtml } from "../../src/cli/report/html";
import { renderText } from "../../src/cli/report/text";
import { renderJson } from "../../src/cli/report/json";

/**
 * Probable causes in the CLI reports: the cause first with what follows from it folded under it,
 * counted apart; the JSON carries `cause`, `consequenceOf` and the counts.
 */
function finding(over: Partial<WordedFinding>): WordedFinding {
  return {
    rule: "unit-total", severity: "error", sheet: "Asuminen", cell: "C131", related: ["C50:C127"], area: "Asuminen",
    table: "yksikot", row: "Vastuualue yhteensä: MENOT", column: "TA+MUUTOS 2023", actual: "-2759200", expected: "-2759210",
    difference: "10", message: "Yksiköiden summa ei täsmää", ...over,
  };
}

const CAUSE = {
  sheet: "Asuminen", cell: "C115", row: "Kelkkareitit: MENOT", column: "TA+MUUTOS 2023", actual: "-30010", suggested: "-30000",
  resolves: 2, pattern: "one-digit", message: "Todennäköinen syy: Kelkkareitit: MENOT (TA+MUUTOS 2023, Asuminen!C115) on -30 010",
};

function result(sheet = "Asuminen"): WordedResult {
  const findings = [
    finding({ sheet, cause: { ...CAUSE, sheet } }),
    finding({ sheet, cell: "C133", row: "Vastuualue yhteensä: NETTOMENO", message: "NETTOMENO-summa ei täsmää", consequenceOf: `${sheet}!C115` }),
    finding({ sheet, rule: "sum", cell: "D42", row: "TOIMINTAKULUT", column: "TPE 2023", table: "kayttotalous", message: "Rivien summa ei täsmää" }),
  ];
  return {
    model: { sheets: [{ sheet, area: sheet, tables: [], observations: [] }] },
    tables: [{ sheet, area: sheet, kind: "yksikot", range: "A47:F133" }],
    findings,
    summary: countBySeverity(findings),
  };
}

describe("probable causes in the reports", () => {
  it("text: causes come first, the consequence is folded under its cause and out of its table's list", () => {
    const text = renderText("t.xlsx", result(), "fi", makeTranslator("fi", cliMessages));
    expect(text).toContain("Seurannaiset erikseen: 2 virhettä ja 1 seurannainen havainto, joka poistuu syynsä korjauksella");
    const causes = text.indexOf("Todennäköiset syyt (1)");
    const sheet = text.indexOf("\nAsuminen");
    expect(causes).toBeGreaterThan(0);
    expect(causes).toBeLessThan(sheet);
    const section = text.slice(causes, sheet);
    expect(section).toContain("Kelkkareitit");
    expect(section).toMatch(/seurausta: Asuminen!C133 .*NETTOMENO-summa ei täsmää/);
    const tables = text.slice(sheet);
    expect(tables).not.toContain("NETTOMENO-summa ei täsmää");
    expect(tables).toContain("1 seurannainen havainto on koottu syynsä alle");
    expect(tables).toContain("Rivien summa ei täsmää");
  });

  it("names a cell on a sheet whose name has spaces or a comma as Excel does, quoted", () => {
    const text = renderText("t.xlsx", result("Kaupunkimarkkinointi, hankinnat"), "fi", makeTranslator("fi", cliMessages));
    expect(text).toContain("'Kaupunkimarkkinointi, hankinnat'!C131 [");
    expect(text).toContain("seurausta: 'Kaupunkimarkkinointi, hankinnat'!C133 ");
  });

  it("HTML: a causes section before the sheets, in English too", () => {
    const html = renderHtml("t.xlsx", result(), "en", makeTranslator("en", cliMessages), { checkedAt: new Date(0) });
    expect(html).toContain("Consequences apart: 2 errors and 1 consequent finding that goes away when their cause is fixed");
    expect(html.indexOf(`<section id="causes">`)).toBeLessThan(html.indexOf(`<section id="`, html.indexOf(`<section id="causes">`) + 1));
    expect(html).toContain("Asuminen!C133");
  });

  it("JSON: cause and consequenceOf on the findings, causes and consequences in the summary", () => {
    const json = JSON.parse(renderJson("t.xlsx", result()));
    expect(json.findings[0].cause).toEqual(CAUSE);
    expect(json.findings[1].consequenceOf).toBe("Asuminen!C115");
    expect(json.findings[2].cause).toBeUndefined();
    expect(json.summary).toEqual({ error: 3, warning: 0, info: 0, causes: 1, consequences: 1 });
  });
});
