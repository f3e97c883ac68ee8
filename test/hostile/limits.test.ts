import { promises as fs } from "fs";
// Loaded with the file, not inside a test: ExcelJS's load alone took most of a busy machine's 5 s.
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { run, useTempDir } from "../cli/helpers";
import { loadXlsxBuffer, XlsxReadError } from "../../src/hosts/xlsx";
import { XLSX_LIMITS, inspectXlsx } from "../../src/hosts/xlsx/inspect";
import { builtCli } from "../support/builtCli";
import { columnBeyondExcel, fullWidthRows, rowBeyondExcel, whitespaceBomb } from "./hostileFiles";

const scratch = useTempDir();

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const file = scratch.file(name);
  await fs.writeFile(file, bytes);
  return file;
}

/** Issue 10 item 1: limits before parsing, one line in the user's language, exit 2. */
describe("limits before parsing", () => {
  it("refuses a 1.6 KB sheet whose only row is numbered 1 000 000 000", async () => {
    const bytes = await rowBeyondExcel();
    expect(bytes.length).toBeLessThan(4000);
    const file = await save("rivi-miljardi.xlsx", bytes);
    const fi = await run("check", file);
    expect(fi).toMatchObject({ code: 2, stdout: "" });
    expect(fi.stderr).toBe(`budjettitarkistin: ${file}: välilehdellä Data on solu A1000000000 Excelin taulukon ulkopuolella (enintään 1 048 576 riviä ja sarake XFD)\n`);
    const en = await run("check", file, "--lang", "en");
    expect(en.stderr).toBe(`budjettitarkistin: ${file}: sheet Data has a cell A1000000000 outside Excel's sheet (at most 1,048,576 rows and column XFD)\n`);
  });

  it("refuses a column beyond XFD", async () => {
    const r = await run("check", await save("sarake-xfe.xlsx", await columnBeyondExcel()), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has a cell XFE1 outside Excel's sheet");
  });

  it("refuses a sheet that inflates to gigabytes of whitespace from its declared size, without inflating it", async () => {
    const bytes = await whitespaceBomb(3 * 1024); // 3 GiB of spaces in about 3 MB
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    const r = await run("check", await save("pommi.xlsx", bytes), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: too large: part xl\/worksheets\/sheet1\.xml unpacks to more than 128 MiB \(this checker's limit; budget workbooks stay far below it\)\n$/);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line
  });

  it("stops inflating a part whose directory entry lies about its size", async () => {
    // The part limit made 8 MiB, so the lie is caught after 8 MiB inflated and scanned instead of
    // 128: the same path, and a sixteenth of the work (at 128 MiB it outlasted jest's 5 s on a busy machine).
    const limits = { ...XLSX_LIMITS, maxPartBytes: 8 * 1024 * 1024 };
    await expect(inspectXlsx(await whitespaceBomb(16, true), "valehtelija.xlsx", limits)).rejects.toMatchObject({
      reason: "too-large",
      params: { part: "xl/worksheets/sheet1.xml", limit: "8 MiB" },
    });
  });

  it("gives a sheet XML over 512 MB the limit message, not 'damaged'", async () => {
    const r = await run("check", await save("iso.xlsx", await whitespaceBomb(600)), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("too large: part xl/worksheets/sheet1.xml unpacks to more than 128 MiB");
    expect(r.stderr).not.toMatch(/damaged/);
  });

  it("refuses more cells than the limit: 100 × 16 384 numbers", async () => {
    const error = await loadXlsxBuffer(await fullWidthRows(100), "leveä.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ reason: "too-many-cells", params: { limit: "500000" } });
  });

  describe("peak memory under 1 GB (the built CLI with a 1 GB heap)", () => {
    let bin: string;
    beforeAll(async () => {
      ({ bin } = await builtCli());
    }, 120_000);

    it.each([
      ["1 000 × 16 384 numbers", () => fullWidthRows(1000), /too large|more than 500,000 cells/],
      ["3 GiB of whitespace", () => whitespaceBomb(3 * 1024), /too large/],
      ["a row numbered 1 000 000 000", () => rowBeyondExcel(), /outside Excel's sheet/],
    ])("%s: exit 2 and one line, no out-of-memory crash", async (_name, make, message) => {
      const bytes = await make();
      expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
      const file = await save(`muisti-${bytes.length}.xlsx`, bytes);
      const r = spawnSync(process.execPath, ["--max-old-space-size=1024", bin, "check", file, "--lang", "en"], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }, 60_000);
  });
});

describe("ordinary files never meet the limits", () => {
  it("passes the sample workbook to ExcelJS byte for byte", async () => {
    const { SAMPLE_XLSX } = await import("../cli/helpers");
    const { inspectXlsx } = await import("../../src/hosts/xlsx/inspect");
    const bytes = new Uint8Array(await fs.readFile(SAMPLE_XLSX));
    expect(await inspectXlsx(bytes, "sample.xlsx")).toBe(bytes);
  });

  it("passes a workbook ExcelJS writes, with a few thousand cells over many sheets", async () => {
    const wb = new ExcelJS.Workbook();
    for (let s = 0; s < 20; s++) {
      const ws = wb.addWorksheet(`Vastuualue ${s + 1}`);
      for (let r = 1; r <= 60; r++) ws.addRow([`Rivi ${r}`, r * 1000, -r * 2000, { formula: `B${r}+C${r}`, result: -r * 1000 }]);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const grids = await loadXlsxBuffer(bytes, "tavallinen.xlsx");
    expect(grids).toHaveLength(20);
  });
});
