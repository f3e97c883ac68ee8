import { checkWorkbook } from "../../../src/core/check";
import { recognizeSheet } from "../../../src/core/recognize";
import { StatementTable } from "../../../src/core/model";
import { worded, sheetGrid as grid } from "../rules/builder";

/** Blocks of a municipality's key-figures page (Leppävirta), each under its own year row. */
describe("a key-figures page of stacked blocks", () => {
  it("does not take the last row of the block above (Investointien tulorahoitus %) for the title of a balance sheet", () => {
    const sheet = recognizeSheet(
      grid("Talous", [
        ["Tunnusluvut", "2016", "2017"],
        ["Vuosikate euroa /asukas", 448, 491],
        ["Investointien tulorahoitus %", 152, 55],
        [],
        ["TASE milj.euroa", "2016", "2017"],
        ["Pysyvät vastaavat", 56.1, 59.9],
        ["Vaihtuvat vastaavat", 9.6, 7.7],
        ["Yhteensä", 65.6, 67.6],
      ]),
    );
    const balance = sheet.tables.find((t) => t.range.startsWith("A5")) as StatementTable | undefined;
    expect(balance?.kind).toBe("erittely");
    expect(balance?.title ?? "").not.toContain("Investointien tulorahoitus");
  });

  it("says a block of tax rates under a year row is not a budget table, once, as info", () => {
    const r = checkWorkbook([
      grid("Talous", [
        ["Verotus", "2016", "2017"],
        ["Vero %", 20.0, 20.0],
        ["Kiinteistövero %", null, null],
        ["- yleinen", 1.0, 1.0],
        ["- vakituinen asunto", 0.45, 0.45],
        [],
        ["Tuloslaskelma", "2016", "2017"],
        ["Toimintatuotot", 9.9, 9.7],
        ["Toimintakulut", -65.0, -64.4],
        ["Toimintakate", -55.1, -54.7],
      ]),
    ]);
    expect(r.findings.filter((f) => f.severity === "warning")).toEqual([]);
    const onRates = worded(r.findings, "en").filter((f) => f.rule === "structure" && ["A1", "B1"].includes(f.cell));
    expect(onRates.map((f) => f.message)).toEqual(["Only rates under a year row in A1:C5 (Vero %, Kiinteistövero %), not a budget table: nothing to check."]);
    expect(worded(r.findings).some((f) => f.message.includes("vain prosentteja (Vero %, Kiinteistövero %)"))).toBe(true);
  });

  it("takes more rates under the same year row after a blank line into the one note (Närpes)", () => {
    const r = checkWorkbook([
      grid("Ekonomi", [
        ["År", "2016", "2017"],
        ["Stadens inkomstskatteprocent", 21.0, 21.0],
        [],
        ["Fastighetsskatteprocent"],
        ["Allmän fastighetsskatt", 0.8, 0.93],
        ["Stadigvarande bostad", 0.5, 0.5],
        [],
        ["Anmärkning"],
      ]),
    ]);
    const notes = worded(r.findings, "en").filter((f) => f.rule === "structure");
    expect(notes.map((f) => f.message)).toContain(
      "Only rates under a year row in A1:C6 (Stadens inkomstskatteprocent, Fastighetsskatteprocent), not a budget table: nothing to check.",
    );
  });

  it("still tells rows it cannot read that are not rates as a table read in part", () => {
    const r = checkWorkbook([
      grid("Talous", [
        ["Muuta", "2016", "2017"],
        ["Henkilöstö", 120, 118],
        ["Vero %", 20.0, 20.0],
      ]),
    ]);
    const notes = worded(r.findings, "en").filter((f) => f.rule === "structure" && f.cell === "A1");
    expect(notes.map((f) => f.message)).toContainEqual(expect.stringContaining("read only in part, so these were not checked: Henkilöstö (A2); Vero % (A3)"));
    expect(notes.some((f) => f.message.includes("Only rates"))).toBe(false);
  });
});
