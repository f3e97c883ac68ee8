import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_TXT, SAMPLE_XLSX, run, tempDir } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const digest = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

describe("cli: summary", () => {
  it("writes a copy with the määrärahat summary sheet of live formulas, leaving IN untouched", async () => {
    const input = path.join(dir, "in.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    const before = await digest(input);
    const out = path.join(dir, "out.xlsx");
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
    const input = path.join(dir, "taken.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "taken-out.xlsx");
    expect((await run("summary", input, out)).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet("Määrärahat yhteenveto")!.getCell("A1").value).toBe("oma");
    expect(back.getWorksheet("Määrärahat yhteenveto (2)")).toBeDefined();
  });

  it("refuses OUT = IN, also spelled differently", async () => {
    const input = path.join(dir, "same.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    const before = await digest(input);
    const r = await run("summary", input, path.join(dir, ".", "..", path.basename(dir), "same.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lähtötiedostoa ei muuteta");
    expect(await digest(input)).toBe(before);
  });

  it("refuses a text document, a non-.xlsx output name and a missing input", async () => {
    expect((await run("summary", SAMPLE_TXT, path.join(dir, "t.xlsx"))).stderr).toContain("summary tarvitsee .xlsx-työkirjan");
    expect((await run("summary", SAMPLE_XLSX, path.join(dir, "t.csv"))).code).toBe(2);
    const missing = await run("summary", path.join(dir, "none.xlsx"), path.join(dir, "t.xlsx"), "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("file not found");
    await expect(fs.stat(path.join(dir, "t.xlsx"))).rejects.toThrow();
  });

  it("refuses a workbook with no käyttötalous table instead of writing an empty summary", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Muistio").getCell("A1").value = "Ei lukuja";
    const input = path.join(dir, "empty.xlsx");
    await wb.xlsx.writeFile(input);
    const r = await run("summary", input, path.join(dir, "empty-out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("käyttötaloustaulukoita");
  });
});
