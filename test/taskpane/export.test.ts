import { renderCsv, renderHtml, renderTsv, csvField, reportFileName } from "../../src/taskpane/export";
import { formatDateTime, reportTranslator } from "../../src/taskpane/export/report";
import { findingKey } from "../../src/core/findings";
import { makeFinding, said } from "./fixtures";

const generatedAt = new Date(2024, 2, 12, 14, 5);
const open = makeFinding();
const explained = makeFinding({
  rule: "change-percent",
  severity: "info",
  cell: "F20",
  row: "MENOT",
  column: "TA 2024",
  actual: "8.1",
  expected: "8.0571",
  difference: "0.0429",
  parts: said("Muutos % pyöristyy eri tavalla."),
});
const explanations = { [findingKey(explained)]: { comment: "pyöristysero; hyväksytty", at: new Date(2024, 2, 11, 9, 30).toISOString() } };

describe("CSV", () => {
  const fi = renderCsv({ lang: "fi", generatedAt, findings: [explained, open], explanations });
  const lines = fi.replace(/^\ufeff/, "").trimEnd().split("\r\n");

  test("starts with a UTF-8 byte-order mark and uses CRLF", () => {
    expect(fi.charCodeAt(0)).toBe(0xfeff);
    expect(fi.endsWith("\r\n")).toBe(true);
  });

  test("Finnish: semicolons, decimal comma, figures without grouping, open before explained", () => {
    expect(lines[0].split(";")).toEqual([
      "Tila", "Vakavuus", "Välilehti", "Solu", "Vastuualue", "Taulukko", "Rivi", "Sarake",
      "Arvo", "Odotettu", "Ero", "Sääntö", "Kuvaus", "Selitys", "Selitetty",
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      "avoin;Virhe;Asuminen ja ympäristö;C14;Asuminen ja ympäristö;Käyttötalous;TOIMINTATUOTOT;TP 2022;1076109;1076108;1;Summa;TOIMINTATUOTOT (TP 2022) on 1\u00a0076\u00a0109, mutta toimintatuottojen rivien C9:C13 summa on 1\u00a0076\u00a0108. Ero on +1 €.;;",
    );
    expect(lines[2]).toBe(
      'selitetty;Huomio;Asuminen ja ympäristö;F20;Asuminen ja ympäristö;Käyttötalous;MENOT;TA 2024;8,1;8,0571;0,0429;Muutos %;Muutos % pyöristyy eri tavalla.: sekä vertailuarvo että uusi arvo ovat 0, joten muutos on 0 %, mutta solussa on 1.;"pyöristysero; hyväksytty";11.3.2024 09.30',
    );
  });

  test("English: commas and decimal points", () => {
    const en = renderCsv({ lang: "en", generatedAt, findings: [explained], explanations });
    expect(en).toContain(",8.1,8.0571,0.0429,Change %,");
    expect(en).toContain(",pyöristysero; hyväksytty,");
  });

  test("fields with quotes or line breaks are quoted; formula-like text is defused", () => {
    expect(csvField('sanoi "ei"', ";")).toBe('"sanoi ""ei"""');
    expect(csvField("rivi 1\nrivi 2", ";")).toBe('"rivi 1\nrivi 2"');
    expect(csvField("=HYPERLINK(\"x\")", ";")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@SUM(A1)", ";")).toBe("'@SUM(A1)");
    expect(csvField("tavallinen", ";")).toBe("tavallinen");
  });

  test("negative figures stay numbers, a formula-like message does not", () => {
    const csv = renderCsv({
      lang: "fi",
      generatedAt,
      findings: [makeFinding({ actual: "-1871150.5", expected: "-1871150", difference: "-0.5", parts: said("=1+1") })],
      explanations: {},
    });
    expect(csv).toContain(";-1871150,5;-1871150;-0,5;Summa;'=1+1: sekä vertailuarvo että uusi arvo ovat 0, joten muutos on 0 %, mutta solussa on 1.;;");
  });
});

describe("HTML", () => {
  test("escapes everything taken from the workbook", () => {
    const evil = makeFinding({ sheet: "<script>alert(1)</script>", row: 'A & "B"', parts: said("<img src=x onerror=alert(1)>") });
    const html = renderHtml({ lang: "fi", workbook: "talousarvio <2024>.xlsx", generatedAt, findings: [evil], explanations: {} });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("A &amp; &quot;B&quot;");
    expect(html).toContain("talousarvio &lt;2024&gt;.xlsx");
  });

  test("lists open and explained findings apart, figures in Finnish format", () => {
    const html = renderHtml({ lang: "fi", generatedAt, findings: [open, explained], explanations });
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain("<h2>Avoimet havainnot (1)</h2>");
    expect(html).toContain("<h2>Selitetyt havainnot (1)</h2>");
    expect(html).toContain("1 virhe, 0 varoitusta, 0 huomiota; 1 selitetty.");
    expect(html).toContain('<td class="num">1\u00a0076\u00a0109</td>');
    expect(html).toContain('<td class="num">8,06</td>');
    const explainedPart = html.slice(html.indexOf("Selitetyt havainnot (1)"));
    expect(explainedPart).toContain("pyöristysero; hyväksytty");
    expect(explainedPart).not.toContain("TOIMINTATUOTOT");
  });

  test("opens with an overview of sheets × tables and lists each sheet's errors first", () => {
    const note = makeFinding({ severity: "info", cell: "C10", parts: said("Pyöristysero.") });
    const warning = makeFinding({ rule: "sign", severity: "warning", cell: "C12", parts: said("Etumerkki?") });
    const other = makeFinding({ rule: "structure", severity: "info", sheet: "Kansi", cell: "A1", table: undefined, area: "Kansi", parts: said("Ei taulukoita.") });
    const html = renderHtml({ lang: "fi", generatedAt, findings: [note, warning, open, other], explanations: {} });
    expect(html).toContain("<h2>Yleiskuva</h2>");
    expect(html).toContain(
      '<tr><th scope="row"><a href="#sheet-1">Asuminen ja ympäristö</a></th><td><ul class="tiles"><li><a class="tile error" href="#sheet-1"><b>Käyttötalous</b>1 virhe, 1 varoitus, 1 huomio</a></li></ul></td></tr>',
    );
    expect(html).toContain('<li><a class="tile info" href="#sheet-2"><b>Muut havainnot</b>1 huomio</a></li>');
    expect(html).toContain('<h3 id="sheet-1">Asuminen ja ympäristö</h3>');
    const list = html.slice(html.indexOf('<h3 id="sheet-1">'));
    expect(list.indexOf("<td>C14</td>")).toBeLessThan(list.indexOf("<td>C12</td>"));
    expect(list.indexOf("<td>C12</td>")).toBeLessThan(list.indexOf("<td>C10</td>"));
  });

  test("an empty report says so in English", () => {
    const html = renderHtml({ lang: "en", generatedAt, findings: [], explanations: {} });
    expect(html).toContain("<h1>Budget check report</h1>");
    expect(html.match(/<p>No findings.<\/p>/g)).toHaveLength(2);
  });
});

describe("clipboard text", () => {
  test("tab-separated with formatted figures and no stray tabs or line breaks in texts", () => {
    const tsv = renderTsv({ lang: "en", generatedAt, findings: [makeFinding({ parts: said("two\tparts\nand lines") })], explanations: {} });
    const lines = tsv.replace(/\r\n$/, "").split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1].split("\t")).toHaveLength(lines[0].split("\t").length);
    expect(lines[1]).toContain("\t1,076,109\t1,076,108\t1\t");
    expect(lines[1]).toContain("two parts and lines");
  });
});

test("dates and file names", () => {
  expect(formatDateTime(generatedAt, "fi")).toBe("12.3.2024 14.05");
  expect(formatDateTime(generatedAt, "en")).toBe("2024-03-12 14:05");
  expect(formatDateTime("not a date", "en")).toBe("not a date");
  expect(reportFileName(reportTranslator("fi"), generatedAt, "csv")).toBe("budjettitarkistus-2024-03-12.csv");
  expect(reportFileName(reportTranslator("en"), generatedAt, "html")).toBe("budget-check-2024-03-12.html");
});
