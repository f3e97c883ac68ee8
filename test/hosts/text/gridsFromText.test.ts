import * as fs from "fs";
import * as path from "path";
import { excelSheetName, gridsFromText, sectionTitle } from "../../../src/hosts/text";

const seed = fs.readFileSync(path.join(__dirname, "../../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");

describe("text host", () => {
  it("makes one sheet per vastuualue of the founding document, named readably", () => {
    const grids = gridsFromText(seed);
    expect(grids.map((g) => g.sheet)).toEqual(["Asuminen ja ympäristö", "Kaupunkimarkkinointi, hankinnat", "Työllisyyspalvelut"]);
    for (const g of grids) expect(String(g.values[0][0])).toMatch(/VASTUUALUE$/);
  });

  it("drops the document heading before the first vastuualue", () => {
    const flat = gridsFromText(seed).flatMap((g) => g.values.flat());
    expect(flat).not.toContain("KEMIJÄRVEN KAUPUNKI");
    expect(flat).not.toContain("KÄYTTÖSUUNNITELMA 2024");
  });

  it("keeps lines as rows (empty lines too) and tab-separated raw strings as cells", () => {
    const text = "OSA VASTUUALUE\n\n\tTP\tTA\nMENOT\t-1 234\tsis. joht.\n\nTULOT\t\t5,5\n";
    const [grid] = gridsFromText(text);
    expect(grid.values).toEqual([
      ["OSA VASTUUALUE"],
      [],
      [null, "TP", "TA"],
      ["MENOT", "-1 234", "sis. joht."],
      [],
      ["TULOT", null, "5,5"],
    ]);
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
  });

  it("the row number of a line on its sheet is its offset from the section title", () => {
    const lines = seed.split(/\r?\n/);
    const start = lines.indexOf("TYÖLLISYYSPALVELUT VASTUUALUE");
    const grid = gridsFromText(seed)[2];
    const target = lines.findIndex((l, i) => i > start && l.startsWith("TOIMINTAKATE/JÄÄMÄ"));
    expect(grid.values[target - start][0]).toBe("TOIMINTAKATE/JÄÄMÄ");
    expect(grid.values[target - start][1]).toBe("-889 234");
  });

  it("does not start a section at running text that mentions a vastuualue", () => {
    expect(sectionTitle("Elinvoimapalvelut / Asuminen ja ympäristö vastuualue")).toBeNull();
    expect(sectionTitle("Asuminen ja ympäristö vastuualue")).toBeNull();
    expect(sectionTitle("TYÖLLISYYSPALVELUT VASTUUALUE")).toBe("Työllisyyspalvelut");
  });

  it("makes names Excel accepts and keeps two equal titles apart", () => {
    expect(excelSheetName("Tilat: kiinteistöt/[vuokrat]*?")).toBe("Tilat kiinteistöt vuokrat");
    expect(excelSheetName("Hyvin pitkä vastuualueen nimi joka ei mahdu välilehteen").length).toBeLessThanOrEqual(31);
    const grids = gridsFromText("TILAT/KIINTEISTÖT VASTUUALUE\nx\nTILAT/KIINTEISTÖT VASTUUALUE\ny\n");
    expect(grids.map((g) => g.sheet)).toEqual(["Tilat kiinteistöt", "Tilat kiinteistöt (2)"]);
  });

  it("puts text without any vastuualue title on one sheet, keeping every line", () => {
    const grids = gridsFromText("MENOT\t-10\r\nTULOT\t5\r\n", { fallbackSheetName: "talous" });
    expect(grids).toHaveLength(1);
    expect(grids[0].sheet).toBe("talous");
    expect(grids[0].values).toEqual([["MENOT", "-10"], ["TULOT", "5"]]);
  });
});
