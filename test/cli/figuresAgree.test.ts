import { part, signedFigure } from "../../src/core/message";
import { wordResult } from "../../src/i18n/render";
import Decimal from "decimal.js";
import { Finding } from "../../src/core/findings";
import { Lang } from "../../src/core/options";
import { makeTranslator } from "../../src/i18n/translate";
import { cliMessages } from "../../src/cli/messages";
import { renderText } from "../../src/cli/report/text";
import { renderHtml as renderCliHtml } from "../../src/cli/report/html";
import { renderTsv } from "../../src/taskpane/export/plainText";
import { renderHtml as renderPaneHtml } from "../../src/taskpane/export/html";
import { oneFindingResult } from "../support/oneFindingResult";

/**
 * The CLI and the task pane print a finding's figures the same way. Before one formatter they did
 * not: the CLI wrote every decimal the engine gave (`8,0571`), the pane at most two (`8,06`), and
 * the CLI grouped Finnish thousands with a plain space, the pane with a no-break space.
 */
const finding: Finding = {
  rule: "per-resident", severity: "error", sheet: "Asuminen", cell: "F12", related: ["F30"], area: "Asuminen",
  table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TA 2024",
  actual: "-1871150", expected: "8.0571", difference: "-0.004", parts: [part("verdict.euro-wrong", { difference: signedFigure(new Decimal("-0.004"), 3) })],
};

const result = oneFindingResult(finding);

const expectedFigures: Record<Lang, string[]> = {
  fi: ["-1\u00a0871\u00a0150", "8,06", "-0,004"],
  en: ["-1,871,150", "8.06", "-0.004"],
};

describe.each(["fi", "en"] as const)("figures of one finding in %s", (lang) => {
  const cliText = renderText("kirja.xlsx", wordResult(result, lang), lang, makeTranslator(lang, cliMessages));
  const cliHtml = renderCliHtml("kirja.xlsx", wordResult(result, lang), lang, makeTranslator(lang, cliMessages));
  const input = { lang, generatedAt: new Date(2026, 0, 1), findings: [finding], explanations: {} };
  const paneTsv = renderTsv(input);
  const paneHtml = renderPaneHtml(input);

  it.each(expectedFigures[lang])("%s is written alike by the CLI text and HTML reports and the pane's exports", (figure) => {
    expect(cliText).toContain(figure);
    expect(cliHtml).toContain(`>${figure}<`);
    expect(paneTsv.split(/[\t\n]/)).toContain(figure);
    expect(paneHtml).toContain(`>${figure}<`);
  });
});
