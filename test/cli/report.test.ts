import { CheckResult } from "../../src/core/check";
import { Finding, countBySeverity } from "../../src/core/findings";
import { makeTranslator } from "../../src/i18n/translate";
import { cliMessages } from "../../src/cli/messages";
import { renderHtml, escapeHtml } from "../../src/cli/report/html";
import { renderText } from "../../src/cli/report/text";

const EVIL = `<script>alert("x")</script>`;

function finding(over: Partial<Finding>): Finding {
  return {
    rule: "sum", severity: "error", sheet: "Asuminen", cell: "B30", related: ["B25:B29"], area: "Asuminen",
    table: "kayttotalous", row: "TOIMINTATUOTOT", column: "TP 2022", actual: "1076109", expected: "1076108",
    difference: "1", message: "Summa ei täsmää", ...over,
  };
}

/** A result as the engine shapes it, with findings written by hand so the writers are tested alone. */
function result(findings: Finding[], sheets = ["Asuminen", "Muu"]): CheckResult {
  return {
    model: { sheets: sheets.map((sheet) => ({ sheet, area: sheet, tables: [], observations: [] })) },
    equations: [],
    tables: [
      { sheet: "Asuminen", area: "Asuminen", kind: "tunnusluvut", range: "A5:G11" },
      { sheet: "Asuminen", area: "Asuminen", kind: "kayttotalous", range: "A25:F43" },
    ],
    findings,
    summary: countBySeverity(findings),
  };
}

const fi = makeTranslator("fi", cliMessages);
const en = makeTranslator("en", cliMessages);

describe("report writers", () => {
  it("the text report groups by sheet then table, with cell, row, column and figures", () => {
    const r = result([
      finding({}),
      finding({ rule: "change-percent", severity: "warning", cell: "E8", table: "tunnusluvut", row: "Muutos %", column: "TA 2024", actual: "4.8", expected: "4.79", difference: "0.01" }),
      finding({ rule: "no-tables", severity: "info", sheet: "Muu", cell: "A1", table: undefined, row: undefined, column: undefined, actual: undefined, expected: undefined, difference: undefined, related: [], message: "Ei taulukoita" }),
    ]);
    const text = renderText("kirja.xlsx", r, "fi", fi).replace(/\u00a0/g, " ");
    const lines = text.split("\n");
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at("Asuminen (2 taulukkoa)")).toBeLessThan(at("Tunnusluvut A5:G11"));
    expect(at("Tunnusluvut A5:G11")).toBeLessThan(at("E8"));
    expect(at("E8")).toBeLessThan(at("Käyttötalous A25:F43"));
    expect(at("Käyttötalous A25:F43")).toBeLessThan(at("B30"));
    expect(lines[at("B30")]).toMatch(/VIRHE\s+B30\s+TOIMINTATUOTOT · TP 2022/);
    expect(text).toContain("on 1 076 109, odotettu 1 076 108, ero 1");
    expect(text).toContain("on 4,8, odotettu 4,79, ero 0,01");
    expect(lines.indexOf("Muu")).toBeGreaterThan(at("B30"));
    expect(text).toContain("Muut havainnot");
    expect(text).toContain("Yhteensä: 1 virhe, 1 varoitus, 1 huomio");
    expect(renderText("k.xlsx", r, "en", en)).toContain("Total: 1 error, 1 warning, 1 note");
  });

  it("a sheet without findings says so", () => {
    expect(renderText("k.xlsx", result([]), "fi", fi)).toContain("Asuminen (2 taulukkoa): ei havaintoja");
  });

  it("the HTML report escapes every text taken from the workbook", () => {
    const r = result([finding({ sheet: EVIL, area: EVIL, row: EVIL, column: EVIL, message: EVIL, related: [`'${EVIL}'!A1`] })], [EVIL]);
    r.tables = [{ sheet: EVIL, area: EVIL, kind: "kayttotalous", range: "A1:B2" }];
    const html = renderHtml(`${EVIL}.xlsx`, r, "fi", fi);
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('<span class="badge error">virhe</span>');
    // Self-contained: no external stylesheet, script or image.
    expect(html).not.toMatch(/<link|<script|src=/i);
  });

  it("escapeHtml covers the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
