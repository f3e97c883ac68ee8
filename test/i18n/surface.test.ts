import { readFileSync } from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/core/check";
import { gridsFromText } from "../../src/hosts/text";
import { Finding } from "../../src/core/findings";
import { Lang } from "../../src/core/options";
import { wordFindings } from "../../src/i18n/render";

const grids = gridsFromText(readFileSync(path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8"));

function messages(rule: string, lang: Lang, surface?: "pane" | "cli"): string[] {
  const findings = checkWorkbook(grids).findings.filter((f: Finding) => f.rule === rule);
  return wordFindings(findings, lang, surface).map((f) => f.message);
}

describe("advice names what the reader can change where they read it", () => {
  it("the CLI points at --base, the pane at the settings", () => {
    const cli = messages("change-base-missing", "fi", "cli");
    const pane = messages("change-base-missing", "fi");
    expect(cli.length).toBeGreaterThan(0);
    expect(cli[0]).toMatch(/Vertailupohjan voi antaa valinnalla --base "(TP|TA) \d{4}=SARAKE"\.$/);
    expect(cli.join(" ")).not.toContain("asetuksissa");
    expect(pane[0]).toMatch(/Vertailupohjan voi asettaa asetuksissa \(Muutos %:n vertailupohjat\)\.$/);
    expect(messages("change-base-missing", "en", "cli")[0]).toMatch(/The base can be given with --base "(TP|TA) \d{4}=COLUMN"\.$/);
  });

  it("the comparison base reads with one colon, not 'vertailupohja: oletus: …'", () => {
    const all = [...messages("change-base-missing", "fi"), ...messages("change-percent", "fi")];
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(m).not.toMatch(/\(vertailupohja[^()]*: [^()]*: /);
    expect(all).toContainEqual(expect.stringContaining("(vertailupohja: oletus, jonka mukaan TP:tä verrataan edellisen vuoden TP:hen)"));
  });
});
