import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxReadError } from "../../../src/hosts/xlsx";
import { readGridsFromFile, readWorkbookFile } from "../../../src/hosts/xlsx/node";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "bt-xlsx-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function reasonOf(file: string): Promise<string> {
  try {
    await readWorkbookFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as Error).message).not.toContain("\n");
    return (error as XlsxReadError).reason;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe("xlsx host: files", () => {
  it("reads a workbook file", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Asuminen").getCell("A1").value = "ASUMINEN JA YMPÄRISTÖ VASTUUALUE";
    const file = path.join(dir, "ok.xlsx");
    await wb.xlsx.writeFile(file);
    const grids = await readGridsFromFile(file);
    expect(grids[0].values[0][0]).toBe("ASUMINEN JA YMPÄRISTÖ VASTUUALUE");
  });

  it("tells a missing file, a directory, a text file, a damaged zip and an old .xls apart", async () => {
    expect(await reasonOf(path.join(dir, "nope.xlsx"))).toBe("missing");
    expect(await reasonOf(dir)).toBe("not-a-file");

    const text = path.join(dir, "text.xlsx");
    await fs.writeFile(text, "Tämä ei ole työkirja\n");
    expect(await reasonOf(text)).toBe("not-xlsx");

    const good = new ExcelJS.Workbook();
    good.addWorksheet("A").getCell("A1").value = 1;
    const bytes = Buffer.from(await good.xlsx.writeBuffer());
    const cut = path.join(dir, "cut.xlsx");
    await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await reasonOf(cut)).toBe("corrupt");

    const xls = path.join(dir, "old.xls");
    await fs.writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await reasonOf(xls)).toBe("legacy-or-encrypted");

    const empty = path.join(dir, "empty.xlsx");
    await fs.writeFile(empty, "");
    expect(await reasonOf(empty)).toBe("not-xlsx");
  });
});
