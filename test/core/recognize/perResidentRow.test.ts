import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { recognizeSheet } from "../../../src/core/recognize";
import { TunnusluvutTable } from "../../../src/core/model";
import { sheetGrid as grid } from "../rules/builder";

describe("which €/asukas row of a key-figures table is the toimintakate's", () => {
  it("takes Toimintakate €/asukas as the figure to check against the käyttötalous", () => {
    const sheet = recognizeSheet(grid("Talous", [["Tunnusluvut", "TA 2023", "TA 2024"], ["Toimintakate €/asukas", -250, -267]]));
    expect((sheet.tables[0] as TunnusluvutTable).perResident?.label).toBe("Toimintakate €/asukas");
  });

  it("leaves loans per resident as a row of their own, with no note about a missing toimintakate", () => {
    const values: CellValue[][] = [["Tunnusluvut", "2016", "2017"], ["Omavaraisuus-%", 79.8, 77.6], ["Lainat euroa/asukas", 676, 821]];
    const table = recognizeSheet(grid("Talous", values)).tables[0] as TunnusluvutTable;
    expect(table.kind).toBe("tunnusluvut");
    expect(table.perResident).toBeUndefined();
    const r = checkWorkbook([grid("Talous", values)]);
    expect(r.findings.filter((f) => f.rule === "per-resident-not-checked")).toEqual([]);
  });
});
