import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { StatementTable } from "../../../src/core/model";
import { Finding } from "../../../src/core/findings";
import { sheetGrid as grid } from "./builder";

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const HEAD: CellValue[] = ["1 000 euroa", "Talousarvio", "TA-muutokset", "Yhteensä", "Toteutunut", "Poikkeama"];

/** A chapter's realisation as Helsinki prints it: no year in the headers, costs negative. */
function realisation(title: string, menotTotal = -81054): CellValue[][] {
  return [
    [title],
    HEAD,
    ["Tulot", 5000, 0, 5000, 2396, -2604],
    ["Menot", -95624, 14570, menotTotal, -105750, -24696],
    ["Netto", -90624, 14570, -76054, -103354, -27300],
  ];
}

describe("headers without a year: budget, amendments, their total, outcome, deviation", () => {
  it("reads the year from the title and says so once", () => {
    const r = checkWorkbook([grid("Investoinnit", realisation("8 01 Kiinteä omaisuus 2019"))]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    expect(table.columns.map((c) => c.label)).toEqual(["TA 2019", "TA+MUUTOS 2019", "TP 2019"]);
    const notes = r.findings.filter((f) => f.rule === "structure" && f.severity === "info");
    expect(notes).toHaveLength(1);
    expect(notes[0].cell).toBe("B2");
    expect(errors(r.findings)).toEqual([]);
  });

  it("names the columns by kind alone when no year is printed over the table", () => {
    const r = checkWorkbook([grid("Investoinnit", realisation("8 01 Kiinteä omaisuus"))]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    expect(table.columns.map((c) => c.label)).toEqual(["TA", "TA+MUUTOS", "TP"]);
    expect(table.columns.every((c) => c.yearUnknown)).toBe(true);
    expect(errors(r.findings)).toEqual([]);
  });

  it("checks Yhteensä = Talousarvio + TA-muutokset in every row, netto in every column, and poikkeama = toteutunut − yhteensä", () => {
    const r = checkWorkbook([grid("Investoinnit", realisation("8 01 Kiinteä omaisuus"))]);
    const targets = (rule: string) => r.equations.filter((e) => e.rule === rule).map((e) => e.target.cell);
    expect(targets("column-sum")).toEqual(["D3", "D4", "D5"]);
    const sum = r.equations.find((e) => e.rule === "column-sum" && e.target.cell === "D4")!;
    expect(sum.cells.map((c) => c.cell).sort()).toEqual(["B4", "C4", "D4"]);
    // Netto = tulot + menot in the amendments column too, where a cut in costs is positive.
    expect(targets("relation")).toEqual(expect.arrayContaining(["B5", "C5", "D5", "E5", "F5"]));
    expect(targets("relation-change")).toEqual(expect.arrayContaining(["F3", "F4", "F5"]));
  });

  it("reports a total that is not budget + amendments at its cell", () => {
    const rows = realisation("8 01 Kiinteä omaisuus", -81000);
    const r = checkWorkbook([grid("Investoinnit", rows)]);
    const found = r.findings.filter((f) => f.rule === "column-sum");
    expect(found.map((f) => `${f.severity}@${f.cell}`)).toEqual(["error@D4"]);
  });

  it("reports a wrong total once, at the total, not again as the amendments' change", () => {
    // Helsinki's 8 01 50 block (revenue only), its total 100 off and the deviation worked from it:
    // one wrong figure, and nothing else to tell the total from the amendments by.
    const r = checkWorkbook([grid("Investoinnit", [["8 01 50 Kiinteän omaisuuden myynti"], HEAD, ["Tulot", 5000, 0, 5100, 2396, -2704]])]);
    expect(errors(r.findings)).toEqual(["column-sum@D3"]);
    expect(r.equations.filter((e) => e.cells.some((c) => c.cell === "C3")).map((e) => e.rule)).toEqual(["column-sum"]);
  });

  it("names a wrong amendment as the cause of the total it does not give and of the amendments' netto", () => {
    const rows = realisation("8 01 Kiinteä omaisuus");
    rows[3][2] = 14670;
    const r = checkWorkbook([grid("Investoinnit", rows)]);
    expect(errors(r.findings)).toEqual(["column-sum@D4", "relation@C5"]);
    // One wrong figure: the amendment is named as the cause, the netto folded under it.
    const [total, netto] = r.findings.filter((f) => f.severity === "error");
    expect(total.cause).toMatchObject({ cell: "C4", actual: "14670", suggested: "14570" });
    expect(netto.consequenceOf).toBe("Investoinnit!C4");
  });

  it("does not read Yhteensä as a column after anything but a budget and its amendments", () => {
    const r = checkWorkbook([
      grid("S", [
        [null, "TP 2023", "TA 2024", "Yhteensä"],
        ["Toimintatuotot", 100, 110, 210],
        ["Toimintakulut", -300, -310, -610],
        ["Toimintakate", -200, -200, -400],
      ]),
    ]);
    const table = r.model.sheets[0].tables[0];
    expect(table.columns.map((c) => c.label)).toEqual(["TP 2023", "TA 2024"]);
    expect(r.equations.filter((e) => e.rule === "column-sum")).toEqual([]);
  });
});

describe("Yhteensä between two tables side by side", () => {
  it("still parts them, as text between year columns does", () => {
    const r = checkWorkbook([
      grid("S", [
        [null, "TP 2023", "TA 2024", "Yhteensä", "TP 2022", "TA 2023"],
        ["Toimintatuotot", 100, 110, null, 90, 95],
        ["Toimintakulut", -300, -310, null, -280, -290],
        ["Toimintakate", -200, -200, null, -190, -195],
      ]),
    ]);
    expect(r.model.sheets[0].tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ["TP 2023", "TA 2024"],
      ["TP 2022", "TA 2023"],
    ]);
  });
});

describe("a statement split by entity instead of years", () => {
  const rows = (total: number): CellValue[][] => [
    ["Resultaträkning 2022 specifierad"],
    [],
    ["1 000 €", "Staden exkl. affärsverk och fonder", "Affärsverk och fonder", "Sammanlagt, inkl. interna poster", "Sammanlagt, exkl. interna poster"],
    ["Verksamhetsintäkter", 1430, 523, 1953, 1112],
    ["Verksamhetskostnader", -5347, -576, total, -5081],
    ["Verksamhetsbidrag", -3917, -53, -3970, -3969],
    ["Skatteintäkter", 3770, null, 3770, 3770],
    ["Statsandelar", 366, null, 366, 366],
    ["Årsbidrag", 219, -53, 166, 167],
  ];

  it("reads each entity as a column of its own, labelled by its header, the year from the title", () => {
    const r = checkWorkbook([grid("RR", rows(-5923))]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    expect(table.columns.map((c) => [c.kind, c.year, c.label])).toEqual([
      ["OSA", 2022, "Staden exkl. affärsverk och fonder"],
      ["OSA", 2022, "Affärsverk och fonder"],
      ["OSA", 2022, "Sammanlagt, inkl. interna poster"],
      ["OSA", 2022, "Sammanlagt, exkl. interna poster"],
    ]);
    expect(errors(r.findings)).toEqual([]);
  });

  it("checks the total with internal items as the parts' sum, and the rows down every column", () => {
    const r = checkWorkbook([grid("RR", rows(-5923))]);
    const sums = r.equations.filter((e) => e.rule === "column-sum").map((e) => e.target.cell);
    expect(sums).toEqual(["D4", "D5", "D6", "D7", "D8", "D9"]);
    const relations = r.equations.filter((e) => e.rule === "relation").map((e) => e.target.cell);
    expect(relations).toEqual(expect.arrayContaining(["B6", "C6", "D6", "E6"]));
  });

  it("reports a total that is not the parts' sum", () => {
    const r = checkWorkbook([grid("RR", rows(-5900))]);
    expect(r.findings.filter((f) => f.rule === "column-sum").map((f) => `${f.severity}@${f.cell}`)).toEqual(["error@D5"]);
  });
});

describe("a part's figure that looks like a year", () => {
  it("stays a figure under an entity header", () => {
    const r = checkWorkbook([
      grid("RR", [
        ["Resultaträkning 2022"],
        ["1 000 €", "Staden exkl. affärsverk och fonder", "Affärsverk och fonder", "Sammanlagt, inkl. interna poster"],
        ["Verksamhetsintäkter", 1430, 2020, 3450],
        ["Verksamhetskostnader", -5347, -576, -5923],
        ["Verksamhetsbidrag", -3917, 1444, -2473],
      ]),
    ]);
    const table = r.model.sheets[0].tables[0];
    expect(table.columns.map((c) => `${c.label} ${c.year}`)).toEqual([
      "Staden exkl. affärsverk och fonder 2022",
      "Affärsverk och fonder 2022",
      "Sammanlagt, inkl. interna poster 2022",
    ]);
    // The header is one line: the first figures are the table's, not a line of years.
    expect(table.range).toBe("A2:D5");
  });
});

describe("chapters printed one under another, each under the same yearless header", () => {
  it("say once per sheet that the headers carry no year", () => {
    const r = checkWorkbook([grid("Investoinnit", [...realisation("8 Investointiosa"), [], ...realisation("8 01 Kiinteä omaisuus")])]);
    expect(r.model.sheets[0].tables).toHaveLength(2);
    const notes = r.findings.filter((f) => f.rule === "structure" && JSON.stringify(f).includes("Talousarvio"));
    expect(notes.map((f) => f.cell)).toEqual(["B2"]);
  });
});

describe("a yearless Yhteensä beside a dated budget", () => {
  it("takes the budget's year", () => {
    const r = checkWorkbook([
      grid("S", [
        ["Investoinnit", "TA 2024", "TA-muutokset", "Yhteensä", "TP 2024"],
        ["Tulot", 100, 10, 110, 105],
        ["Menot", -500, -20, -520, -515],
        ["Netto", -400, -10, -410, -410],
      ]),
    ]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    expect(table.columns.map((c) => c.label)).toEqual(["TA 2024", "TA+MUUTOS 2024", "TP 2024"]);
    expect(r.equations.filter((e) => e.rule === "column-sum").map((e) => e.target.cell)).toEqual(["D2", "D3", "D4"]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
