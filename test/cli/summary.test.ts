import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_TXT, SAMPLE_XLSX, run, digest, useTempDir } from "./helpers";

const scratch = useTempDir();


describe("cli: summary", () => {
  it("writes a copy with the määrärahat summary sheet of live formulas, leaving IN untouched", async () => {
    const input = scratch.file("in.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    const before = await digest(input);
    const out = scratch.file("out.xlsx");
    const r = await run("summary", input, out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Määrärahat yhteenveto");
    expect(await digest(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Asuminen ja ympäristö", "Kaupunkimarkkinointi, hankinnat", "Työllisyyspalvelut", "Määrärahat yhteenveto",
    ]);
    const summary = wb.getWorksheet("Määrärahat yhteenveto")!;
    const formulas: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.formula);
    }));
    // Each area's NETTOMENO TA 2024 points at its toimintakate cell on its own sheet.
    expect(formulas).toContain("'Asuminen ja ympäristö'!E43");
    // The cached result is the engine's figure, so a reader that does not recalculate sees it.
    let nettomeno: ExcelJS.CellValue = null;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "Asuminen ja ympäristö") nettomeno = summary.getRow(row.number + 2).getCell(4).value;
    });
    expect(nettomeno).toEqual({ formula: "'Asuminen ja ympäristö'!E43", result: -1871150 });
  });

  it("picks a free name when the workbook already has a sheet of that name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    wb.addWorksheet("Määrärahat yhteenveto").getCell("A1").value = "oma";
    const input = scratch.file("taken.xlsx");
    await wb.xlsx.writeFile(input);
    const out = scratch.file("taken-out.xlsx");
    expect((await run("summary", input, out)).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet("Määrärahat yhteenveto")!.getCell("A1").value).toBe("oma");
    expect(back.getWorksheet("Määrärahat yhteenveto (2)")).toBeDefined();
  });

  it("refuses OUT = IN, also spelled differently", async () => {
    const input = scratch.file("same.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    const before = await digest(input);
    // Not path.join: that would normalise the spelling away before the CLI sees it.
    const r = await run("summary", input, [scratch.dir, ".", "..", path.basename(scratch.dir), "same.xlsx"].join(path.sep));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lähtötiedostoa ei muuteta");
    expect(await digest(input)).toBe(before);
  });

  it("refuses a text document, a non-.xlsx output name and a missing input", async () => {
    expect((await run("summary", SAMPLE_TXT, scratch.file("t.xlsx"))).stderr).toContain("summary tarvitsee .xlsx-työkirjan");
    expect((await run("summary", SAMPLE_XLSX, scratch.file("t.csv"))).code).toBe(2);
    const missing = await run("summary", scratch.file("none.xlsx"), scratch.file("t.xlsx"), "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("file not found");
    await expect(fs.stat(scratch.file("t.xlsx"))).rejects.toThrow();
  });

  it("refuses a workbook with no käyttötalous table instead of writing an empty summary", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Muistio").getCell("A1").value = "Ei lukuja";
    const input = scratch.file("empty.xlsx");
    await wb.xlsx.writeFile(input);
    const r = await run("summary", input, scratch.file("empty-out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("käyttötaloustaulukoita");
  });
});
