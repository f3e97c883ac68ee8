import { CheckResult } from "../../src/core/check";
import { MessagePart, part } from "../../src/core/message";
import { wordResult } from "../../src/i18n/render";
import { Finding, countBySeverity } from "../../src/core/findings";
import { makeTranslator } from "../../src/i18n/translate";
import { cliMessages } from "../../src/cli/messages";
import { renderText } from "../../src/cli/report/text";
import { inertLine } from "../../src/cli/outputText";
import { renderTsv } from "../../src/taskpane/export";

/** A message whose words start with text from the workbook (`{row}: …`), as a sheet's label would. */
function said(text: string): MessagePart {
  return part("change.zero-to-zero", { row: text, actual: "1" });
}

const RETITLE = "\u001b]0;hacked\u0007";
const CLEAR = "\u001b[2J\u001b[H";

function finding(over: Partial<Finding>): Finding {
  return {
    rule: "sum", severity: "error", sheet: "Asuminen", cell: "B30", related: ["B25:B29"], area: "Asuminen",
    table: "kayttotalous", row: "TOIMINTATUOTOT", column: "TP 2022", actual: "1076109", expected: "1076108",
    difference: "1", parts: [said("Summa ei täsmää")], ...over,
  };
}

function result(findings: Finding[]): CheckResult {
  return {
    model: { sheets: [{ sheet: findings[0].sheet, area: "Asuminen", tables: [], observations: [] }] },
    equations: [],
    tables: [{ sheet: findings[0].sheet, area: "Asuminen", kind: "kayttotalous", range: "A25:F43" }],
    findings,
    summary: countBySeverity(findings),
  } as CheckResult;
}

/** Issue 10 item 7: text from a workbook cannot drive the terminal or run as a formula. */
describe("text is inert", () => {
  it("strips escape sequences and other control characters from a line, keeping the words", () => {
    expect(inertLine(`${RETITLE}Myyntituotot${CLEAR}`)).toBe("Myyntituotot");
    expect(inertLine("Kulut\u001b[31m punaisella\u001b[0m")).toBe("Kulut punaisella");
    expect(inertLine("a\u009b31mb\u202ec")).toBe("abc");
    expect(inertLine("Pyöristysero 1 € · TA 2024")).toBe("Pyöristysero 1 € · TA 2024");
  });

  it("prints no control character from a sheet name, row label or message in the text report", () => {
    const evil = finding({ sheet: `Asuminen${CLEAR}`, row: `TOIMINTATUOTOT${RETITLE}`, parts: [said(`Summa${RETITLE} ei täsmää`)] });
    const text = renderText("kirja.xlsx", wordResult(result([evil]), "fi"), "fi", makeTranslator("fi", cliMessages));
    expect(text).toContain("TOIMINTATUOTOT");
    expect(text).toContain("Summa");
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(text.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it("guards the clipboard (TSV) export against formula injection like the CSV export", () => {
    const evil = finding({ sheet: '=HYPERLINK("http://x","klikkaa")', row: "+1+1", area: "@SUM(A1)", parts: [said("-2+3")] });
    const tsv = renderTsv({ lang: "fi", generatedAt: new Date(2024, 0, 1), findings: [evil], explanations: {} });
    const fields = tsv.split("\r\n")[1].split("\t");
    expect(fields).toContain("'=HYPERLINK(\"http://x\",\"klikkaa\")");
    expect(fields).toContain("'+1+1");
    expect(fields).toContain("'@SUM(A1)");
    expect(fields.filter((f) => f.startsWith("'-2+3"))).toHaveLength(1);
    // Figures stay figures: a negative amount is not text.
    const negative = renderTsv({ lang: "en", generatedAt: new Date(2024, 0, 1), findings: [finding({ actual: "-5", expected: "-3", difference: "-2" })], explanations: {} });
    expect(negative.split("\r\n")[1].split("\t").filter((f) => f.startsWith("'"))).toEqual([]);
  });
});
