import { fillTemplate, makeTranslator } from "../../src/i18n/translate";
import { pluralCategory } from "../../src/i18n/plural";
import { uiMessages } from "../../src/i18n/ui";
import { cliMessages } from "../../src/cli/messages";

describe("plurals", () => {
  it("follow each language's rules: one for 1, other for 0 and 2", () => {
    expect(pluralCategory("fi", 1)).toBe("one");
    expect(pluralCategory("fi", 0)).toBe("other");
    expect(pluralCategory("fi", 2)).toBe("other");
    expect(pluralCategory("en", 1)).toBe("one");
    expect(pluralCategory("en", 21)).toBe("other");
  });

  it("a template picks its branch by the number, exact =n first", () => {
    const tpl = "{n, plural, =0 {ei virheitä} one {# virhe} other {# virhettä}}";
    expect(fillTemplate(tpl, { n: 0 }, "fi")).toBe("ei virheitä");
    expect(fillTemplate(tpl, { n: 1 }, "fi")).toBe("1 virhe");
    expect(fillTemplate(tpl, { n: 3 }, "fi")).toBe("3 virhettä");
    expect(fillTemplate(tpl, { n: "1" }, "fi")).toBe("1 virhe");
  });

  it("placeholders inside a branch are filled; unknown ones stay as written", () => {
    expect(fillTemplate("{n, plural, one {# rivi välilehdellä {sheet}} other {# riviä}} {x}", { n: 1, sheet: "A" }, "fi")).toBe("1 rivi välilehdellä A {x}");
  });

  it("# is the count wherever it stands in a branch, a placeholder's name included, and each fill has its own", () => {
    const tpl = "{n, plural, one {{x#} ja # {kpl} kohta} other {# kohtaa {sheet}}}";
    expect(fillTemplate(tpl, { n: 1, x1: "A", kpl: "yksi" }, "fi")).toBe("A ja 1 yksi kohta");
    expect(fillTemplate(tpl, { n: 4, sheet: "B" }, "fi")).toBe("4 kohtaa B");
    expect(fillTemplate(tpl, { n: 2, sheet: "C" }, "fi")).toBe("2 kohtaa C");
  });

  it("a {@key} inserts another message of the same translator, the first catalog winning", () => {
    const first = { fi: { "hint.x": "valinnalla --x" }, en: { "hint.x": "with --x" } };
    const second = { fi: { msg: "Anna arvo {@hint.x}.", "hint.x": "asetuksissa" }, en: { msg: "Give it {@hint.x}.", "hint.x": "in the settings" } };
    expect(makeTranslator("fi", second)("msg")).toBe("Anna arvo asetuksissa.");
    expect(makeTranslator("fi", first, second)("msg")).toBe("Anna arvo valinnalla --x.");
    expect(makeTranslator("en", first, second)("msg")).toBe("Give it with --x.");
  });
});

describe("counts read right in both languages", () => {
  const ui = { fi: makeTranslator("fi", uiMessages), en: makeTranslator("en", uiMessages) };

  it("the pane's summary line: 1 varoitus, 1 huomio, 1 warning", () => {
    const one = { tables: 1, sheets: 1, error: 1, warning: 1, info: 1, explained: 1 };
    expect(ui.fi("check.done", one)).toBe("Tarkistettu 1 taulukko 1 välilehdeltä: 1 virhe, 1 varoitus, 1 huomio; 1 selitetty.");
    expect(ui.en("check.done", one)).toBe("Checked 1 table on 1 sheet: 1 error, 1 warning, 1 note; 1 explained.");
    const many = { tables: 12, sheets: 3, error: 0, warning: 2, info: 5, explained: 2 };
    expect(ui.fi("check.done", many)).toBe("Tarkistettu 12 taulukkoa 3 välilehdeltä: 0 virhettä, 2 varoitusta, 5 huomiota; 2 selitettyä.");
    expect(ui.en("check.done", many)).toBe("Checked 12 tables on 3 sheets: 0 errors, 2 warnings, 5 notes; 2 explained.");
  });

  it("the export's summary and the stale-explanation note", () => {
    expect(ui.fi("report.summary", { error: 1, warning: 0, info: 1, explained: 0 })).toBe("1 virhe, 0 varoitusta, 1 huomio; 0 selitettyä.");
    expect(ui.fi("findings.unmatched", { count: 1 })).toBe("1 tallennettu selitys koskee havaintoa, jota tämä tarkistus ei enää löytänyt.");
    expect(ui.en("findings.unmatched", { count: 1 })).toBe("1 stored explanation concerns a finding this check no longer reported.");
  });

  it("the CLI's counts", () => {
    const fi = makeTranslator("fi", cliMessages);
    const en = makeTranslator("en", cliMessages);
    expect(fi("count.warning", { n: 1 })).toBe("1 varoitus");
    expect(fi("count.info", { n: 1 })).toBe("1 huomio");
    expect(fi("count.info", { n: 4 })).toBe("4 huomiota");
    expect(en("count.warning", { n: 1 })).toBe("1 warning");
    expect(en("count.warning", { n: 2 })).toBe("2 warnings");
    expect(fi("report.sheetTables", { count: 1 })).toBe("1 taulukko");
  });
});

describe("whole numbers in messages", () => {
  it("are grouped as each language groups them", () => {
    expect(fillTemplate("yli {limit, number} solua", { limit: "500000" }, "fi")).toBe("yli 500\u00a0000 solua");
    expect(fillTemplate("more than {limit, number} cells", { limit: 500000 }, "en")).toBe("more than 500,000 cells");
    expect(fillTemplate("{n, number}", { n: "123456789012345678901234567890" }, "en")).toBe("123,456,789,012,345,678,901,234,567,890");
  });

  it("leave a parameter that is not a whole number as written", () => {
    expect(fillTemplate("{limit, number}", { limit: "128 MiB" }, "en")).toBe("{limit, number}");
  });
});
