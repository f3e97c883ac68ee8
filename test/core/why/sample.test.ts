import path from "path";
import { readFileSync } from "fs";
import { checkWorkbook, CheckResult } from "../../../src/core/check";
import { Finding } from "../../../src/core/findings";
import { Grid } from "../../../src/core/grid";
import { readGridsFromFile } from "../../../src/hosts/xlsx/node";
import { gridsFromText } from "../../../src/hosts/text";
import { countCauses } from "../../../src/core/why";
import { locate, PlaceQuery } from "../../acceptance/locate";
import { Message } from "../../../src/core/message";
import { renderMessage } from "../../../src/i18n/render";

/** A cause's or pattern's message in Finnish, as the pane shows it. */
function said(x: { parts: Message } | undefined): string | undefined {
  return x ? renderMessage(x.parts, "fi") : undefined;
}

/**
 * The founding document's doubts, explained: what the hand audit worked out by eye ("probably
 * Kelkkareitit −30 010", "−359 806 should probably be −359 816", Kaupunkimarkkinointi's 2023
 * management cost out of line), the engine now says itself, from the sample workbook and from
 * the document's text alike.
 */
const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");
const ASUMINEN = "Asuminen ja ympäristö";
const MARKKINOINTI = "Kaupunkimarkkinointi, hankinnat";
const TYOLLISYYS = "Työllisyyspalvelut";

const SOURCES: [string, () => Promise<Grid[]>][] = [
  ["sample workbook", () => readGridsFromFile(path.join(SEEDS, "kemijarvi-elinvoima-2024.xlsx"))],
  ["founding document", async () => gridsFromText(readFileSync(path.join(SEEDS, "kemijarvi-elinvoima-2024.txt"), "utf8"))],
];

describe.each(SOURCES)("%s", (_name, load) => {
  let grids: Grid[];
  let result: CheckResult;
  const at = (q: PlaceQuery) => {
    const p = locate(grids, q);
    return { sheet: p.sheet, cell: p.cell, key: `${p.sheet}!${p.cell}`, findings: result.findings.filter((f) => f.sheet === p.sheet && f.cell === p.cell) };
  };
  const lead = (list: Finding[]) => list.find((f) => f.cause);

  beforeAll(async () => {
    grids = await load();
    result = checkWorkbook(grids, { population: { 2024: 7008 } });
  });

  test("2023 management costs: Kaupunkimarkkinointi C48 is the cause; Asuminen and Työllisyyspalvelut are no longer errors", () => {
    const km = at({ area: MARKKINOINTI, table: "yksikot", unit: "Elinvoiman johtamisen kust.", row: "MENOT", column: "TA+MUUTOS 2023" });
    const as = at({ area: ASUMINEN, table: "yksikot", unit: "Johtaminen", row: "MENOT", column: "TA+MUUTOS 2023" });
    const ty = at({ area: TYOLLISYYS, table: "yksikot", unit: "Johtamisen kust.", row: "MENOT", column: "TA+MUUTOS 2023" });
    if (_name === "sample workbook") expect([km.cell, as.cell, ty.cell]).toEqual(["C48", "C54", "C48"]);
    const kmError = km.findings.find((f) => f.rule === "allocation-expected");
    expect(kmError?.severity).toBe("error");
    expect(kmError?.cause).toMatchObject({ sheet: km.sheet, cell: km.cell, actual: "-11090", suggested: "-9022" });
    for (const other of [as, ty]) {
      expect(other.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(other.findings.filter((f) => f.rule === "allocation-expected").map((f) => f.consequenceOf)).toEqual([km.key]);
    }
  });

  test("the Asuminen 10 € unit-total differences name Kelkkareitit −30 010 as the probable cause", () => {
    const menot = at({ area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "MENOT", column: "TA+MUUTOS 2023" });
    const netto = at({ area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "NETTOMENO", column: "TA+MUUTOS 2023" });
    const kelkka = at({ area: ASUMINEN, table: "yksikot", unit: "Kelkkareitit", row: "MENOT", column: "TA+MUUTOS 2023" });
    const f = lead(menot.findings);
    expect(f?.cause).toMatchObject({ sheet: kelkka.sheet, cell: kelkka.cell, actual: "-30010", suggested: "-30000", resolves: 2 });
    expect(f?.cause?.row).toContain("Kelkkareitit");
    expect(said(f?.cause)).toContain("Kelkkareitit");
    expect(netto.findings.find((x) => x.rule === "unit-total")?.consequenceOf).toBe(kelkka.key);
  });

  test("Työllisyyspalvelut TP 2022 Henkilöstömenot: one wrong digit in käyttötalous Henkilöstökulut (−359 806 for −359 816)", () => {
    const tunnus = at({ area: TYOLLISYYS, table: "tunnusluvut", row: "Henkilöstömenot €", column: "TP 2022" });
    const line = at({ area: TYOLLISYYS, table: "kayttotalous", row: "Henkilöstökulut", column: "TP 2022" });
    const total = at({ area: TYOLLISYYS, table: "kayttotalous", row: "TOIMINTAKULUT", column: "TP 2022" });
    const f = tunnus.findings.find((x) => x.rule === "tunnusluku-kayttotalous");
    expect(f?.cause).toMatchObject({ sheet: line.sheet, cell: line.cell, actual: "-359806", suggested: "-359816", pattern: "one-digit", resolves: 2 });
    expect(total.findings.find((x) => x.rule === "sum")?.consequenceOf).toBe(line.key);
  });

  test("Kaupunkimarkkinointi Palvelujen ostot TA 2024: the suggestion is the käyttötalous figure −79 860 exactly, not a value merely within a euro of it", () => {
    const tunnus = at({ area: MARKKINOINTI, table: "tunnusluvut", row: "Palvelujen ostot €", column: "TA 2024" });
    const f = tunnus.findings.find((x) => x.rule === "tunnusluku-kayttotalous");
    expect(f?.cause).toMatchObject({ actual: "-79850", suggested: "-79860" });
  });

  test("575,1 in Työllisyyspalvelut Palvelujen ostot TA 2023 is explained as an index: 110 600 / 19 229 × 100", () => {
    const pct = at({ area: TYOLLISYYS, table: "tunnusluvut", row: "Muutos %", after: "Palvelujen ostot €", column: "TA 2023" });
    const f = pct.findings.find((x) => x.pattern);
    expect(f?.pattern?.id).toBe("percent-index");
    expect(said(f?.pattern)).toMatch(/110\s600 \/ -?19\s229 × 100 = 575,17/);
  });

  test("Työllisyyspalvelut's −15,4 (TA 2023, no base in the table) is the change against TP 2022, and says so", () => {
    const pct = at({ area: TYOLLISYYS, table: "tunnusluvut", row: "Muutos %", after: "Henkilöstömenot €", column: "TA 2023" });
    const f = pct.findings.find((x) => x.rule === "change-base-missing");
    expect(f?.pattern?.id).toBe("percent-other-column");
    expect(said(f?.pattern)).toContain("TP 2022");
  });

  test("a year copied into the wrong column: Myyntituotot TA 2024 holding TPE 2023's 522 000 is named, as a copy", () => {
    const cell = at({ area: ASUMINEN, table: "kayttotalous", row: "Myyntituotot", column: "TA 2024" });
    const copied = grids.map((g) => {
      if (g.sheet !== cell.sheet) return g;
      const values = g.values.map((r) => [...r]);
      const row = Number(/\d+/.exec(cell.cell)?.[0]) - 1 - g.originRow;
      const col = cell.cell.charCodeAt(0) - 65 - g.originCol;
      values[row][col] = 522000;
      return { ...g, values };
    });
    const r = checkWorkbook(copied, { population: { 2024: 7008 } });
    const lead = r.findings.find((f) => f.cause?.cell === cell.cell && f.cause.sheet === cell.sheet);
    expect(lead?.cause).toMatchObject({ actual: "522000", suggested: "615100", pattern: "copied-column" });
    expect(said(lead?.cause)).toContain("TPE 2023");
  });

  test("Kaupunkimarkkinointi's 10,6 is the exact 10,698 cut off, not rounded", () => {
    const pct = at({ area: MARKKINOINTI, table: "tunnusluvut", row: "Muutos %", after: "Henkilöstömenot €", column: "TA 2024" });
    expect(pct.findings.find((x) => x.rule === "change-percent")?.pattern?.id).toBe("percent-truncated");
  });

  test("causes and consequences are counted apart, and every consequence points at a cause that is named", () => {
    const counts = countCauses(result.findings);
    expect(counts.consequences).toBeGreaterThanOrEqual(4);
    const causeCells = new Set(result.findings.flatMap((f) => (f.cause ? [`${f.cause.sheet}!${f.cause.cell}`] : [])));
    for (const f of result.findings) if (f.consequenceOf) expect(causeCells.has(f.consequenceOf)).toBe(true);
  });

  test("where no single cell stands out (Asuminen TOIMINTAKULUT TPE 2023, 8 850 €) the candidates are named and none is chosen", () => {
    const total = at({ area: ASUMINEN, table: "kayttotalous", row: "TOIMINTAKULUT", column: "TPE 2023" });
    const f = total.findings.find((x) => x.rule === "sum");
    expect(f?.cause).toBeUndefined();
    expect((f?.possibleCauses ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
