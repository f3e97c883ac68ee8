import { WordedResult } from "../../src/i18n/render";
import { WordedFinding, countBySeverity } from "../../src/core/findings";
import { makeTranslator } from "../../src/i18n/translate";
import { cliMessages } from "../../src/cli/messages";
import { renderHtml, escapeHtml } from "../../src/cli/report/html";
import { renderText } from "../../src/cli/report/text";

const EVIL = `<script>alert("x")</script>`;

function finding(over: Partial<WordedFinding>): WordedFinding {
  return {
    rule: "sum", severity: "error", sheet: "Asuminen", cell: "B30", related: ["B25:B29"], area: "Asuminen",
    table: "kayttotalous", row: "TOIMINTATUOTOT", column: "TP 2022", actual: "1076109", expected: "1076108",
    difference: "1", message: "Summa ei täsmää", ...over,
  };
}

/** A result as the engine shapes it, with findings written by hand so the writers are tested alone. */
function result(findings: WordedFinding[], sheets = ["Asuminen", "Muu"]): WordedResult {
  return {
    model: { sheets: sheets.map((sheet) => ({ sheet, area: sheet, tables: [], observations: [] })) },
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

  it("puts errors first within a table and sums its notes up in one line unless --notes", () => {
    // Engine order is by cell: the note (B26) and the warning (B28) come before the error (B30).
    const r = result([
      finding({ severity: "info", cell: "B26", row: "Myyntituotot", expected: "100", actual: "100.4", difference: "0.4", message: "Pyöristysero" }),
      finding({ rule: "sign", severity: "warning", cell: "B28", row: "Tuet ja avustukset", expected: undefined, difference: undefined, actual: "-5", message: "Etumerkki?" }),
      finding({ cell: "B30" }),
      finding({ rule: "change-base-missing", severity: "info", cell: "F30", column: "TA 2023", actual: undefined, expected: undefined, difference: undefined, related: ["F25:F29"], message: "Jäi tarkistamatta" }),
    ]);
    const folded = renderText("kirja.xlsx", r, "fi", fi).split("\n");
    const at = (lines: string[], s: string) => lines.findIndex((l) => l.includes(s));
    expect(at(folded, "B30")).toBeLessThan(at(folded, "B28"));
    expect(folded).toContain("    2 huomiota (Summa 1, Vertailupohja puuttuu 1); näytä jokainen valinnalla --notes");
    expect(at(folded, "B26")).toBe(-1);
    expect(folded).toContain("Virheet välilehdittäin: Asuminen (1)");

    const all = renderText("kirja.xlsx", r, "fi", fi, { notes: true }).split("\n");
    expect(at(all, "B30")).toBeLessThan(at(all, "B28"));
    expect(at(all, "B28")).toBeLessThan(at(all, "B26"));
    expect(at(all, "B26")).toBeLessThan(at(all, "F30"));
    expect(all[at(all, "B30")]).toMatch(/^ {4}VIRHE\s+B30\s+TOIMINTATUOTOT · TP 2022 \[Summa\]$/);
    expect(all[at(all, "F30")]).toMatch(/^ {4}HUOMIO\s+F30\s+TOIMINTATUOTOT · TA 2023 \[Vertailupohja puuttuu\]$/);
    expect(all.join("\n")).not.toContain("huomiota (");
  });

  it("names the sheets with errors at the top, apart even when a name holds a comma", () => {
    const r = result([finding({ cell: "B30" }), finding({ sheet: "Kaupunkimarkkinointi, hankinnat", cell: "C9" }), finding({ sheet: "Kaupunkimarkkinointi, hankinnat", cell: "C10" })], ["Asuminen", "Kaupunkimarkkinointi, hankinnat"]);
    const lines = renderText("kirja.xlsx", r, "fi", fi).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Budjettitarkistimen raportti: kirja.xlsx",
      "Tunnistetut taulukot: 2",
      "Yhteensä: 3 virhettä, 0 varoitusta, 0 huomiota",
      "Virheet välilehdittäin: Asuminen (1); Kaupunkimarkkinointi, hankinnat (2)",
    ]);
  });

  it("says 'computed from' only where an expected value was computed", () => {
    const r = result([
      finding({ cell: "B30" }),
      finding({ rule: "change-base-missing", severity: "info", cell: "F30", actual: undefined, expected: undefined, difference: undefined, related: ["F25:F29"], message: "Jäi tarkistamatta" }),
    ]);
    const lines = renderText("kirja.xlsx", r, "fi", fi, { notes: true }).split("\n").map((l) => l.trim());
    expect(lines).toContain("laskettu soluista B25:B29");
    expect(lines).toContain("liittyvät solut F25:F29");
    expect(lines).not.toContain("laskettu soluista F25:F29");
    const english = renderText("kirja.xlsx", r, "en", en, { notes: true });
    expect(english).toContain("related cells F25:F29");
  });

  it("the HTML report carries the file, the time of the check and an overview of sheets × tables", () => {
    const r = result(
      [
        finding({ cell: "B30" }),
        finding({ severity: "info", cell: "B26", expected: "100", actual: "100.4", difference: "0.4", message: "Pyöristysero" }),
        finding({ rule: "structure", severity: "warning", sheet: "Muu", cell: "A1", table: undefined, row: undefined, column: undefined, actual: undefined, expected: undefined, difference: undefined, related: [], message: "Ei taulukoita" }),
      ],
      ["Asuminen", "Muu"],
    );
    const html = renderHtml("kirja.xlsx", r, "fi", fi, { checkedAt: new Date(2024, 2, 12, 14, 5) });
    expect(html).toContain("<p class=\"meta\">Tiedosto: <strong>kirja.xlsx</strong></p>");
    expect(html).toMatch(/<p class="meta">Tarkistettu: <time datetime="2024-03-1\dT\d\d:\d\d:00.000Z">12.3.2024 14.05<\/time><\/p>/);
    const overview = html.slice(html.indexOf("<nav"), html.indexOf("</nav>"));
    expect(overview).toContain("<h2 id=\"overview\">Yleiskuva</h2>");
    // The käyttötalous has an error and a note: red, both counted, linked to its section.
    expect(overview).toContain('<a class="tile error" href="#s1-t2"><span class="tile-name">Käyttötalous A25:F43</span><span class="tile-counts">1 virhe, 1 huomio</span></a>');
    // The tunnusluvut has none: shown clean, not linked.
    expect(overview).toContain('<span class="tile clean"><span class="tile-name">Tunnusluvut A5:G11</span><span class="tile-counts">ei havaintoja</span></span>');
    expect(overview).toContain('<a class="tile warning" href="#s2-other"><span class="tile-name">Muut havainnot</span><span class="tile-counts">1 varoitus</span></a>');
    expect(overview).toContain('<th scope="row"><a href="#s1">Asuminen</a></th>');
    // Every link leads somewhere.
    for (const [, id] of overview.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
    // The note is folded under its table with a count, the error listed with its rule's name.
    expect(html).toContain("<summary>1 huomio: Summa 1</summary>");
    expect(html).toContain('<td title="Käyttötalouden rivit täsmäävät TOIMINTATUOTTOIHIN ja TOIMINTAKULUIHIN.">Summa</td>');
    expect(html.indexOf("Virheet välilehdittäin: Asuminen (1)")).toBeLessThan(html.indexOf("<nav"));
  });

  it("the HTML overview in English names a sheet without tables", () => {
    const r = result([], ["Asuminen", "Kansi"]);
    const html = renderHtml("k.xlsx", r, "en", en, { checkedAt: new Date(2024, 2, 12, 14, 5) });
    expect(html).toContain("<p class=\"meta\">Checked: <time");
    expect(html).toContain(">2024-03-12 14:05</time>");
    expect(html).toContain('<th scope="row"><a href="#s2">Kansi</a></th><td><span class="none">no tables</span></td>');
    expect(html).toContain('<span class="badge info">0 notes</span>');
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
